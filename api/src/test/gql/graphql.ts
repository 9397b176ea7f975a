/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which way the balance runs, whatever the presentation setting: the holder owes (debit balance), is in credit, or is settled. */
export type AccountDirection =
  /** Credit exceeds debit: "Votre compte est créditeur de …". */
  | 'IN_CREDIT'
  /** Debit exceeds credit: "Vous devez …". */
  | 'OWING'
  /** Debit equals credit. */
  | 'SETTLED';

/** An account of the back-office, identified by entity code and number. */
export type AccountInput = {
  /** G001, S001… */
  entityCode: string;
  /** Publish to the client; unchanged when omitted (new accounts: published). */
  isPublished?: boolean | null | undefined;
  kind: AccountKind;
  label: string;
  number: string;
  /** The holder (Person id). */
  personId?: string | number | null | undefined;
};

/** Copropriétaire (450…), propriétaire (411…), locataire, other. */
export type AccountKind =
  | 'COOWNER'
  | 'OTHER'
  | 'OWNER'
  | 'TENANT';

/** A new manager of the caller's agency; they sign in with a first password valid once, as a client does. */
export type AddCollaboratorInput = {
  /** Madame, Monsieur… (printed on the letter). */
  civility?: string | null | undefined;
  delivery?: TemporaryPasswordDelivery | null | undefined;
  /** As on the portfolio ("DUPONT Claire"); the sign-in identifier is made from it. */
  displayName: string;
  /** Their work address; the first password is e-mailed there when asked. */
  email: string;
};

/** A resolution of the agenda; "5.1" makes a sub-resolution of "5". */
export type AddResolutionInput = {
  allocationKeyId: string | number;
  assemblyId: string | number;
  majority: Majority;
  number: string;
  text?: string | null | undefined;
  title: string;
};

/** A quote or an invoice (a PDF staged with POST /requests/uploads). */
export type AddTicketDocumentInput = {
  /** Amount including tax, 2 decimals at most. */
  amount?: string | null | undefined;
  kind: TicketDocumentKind;
  ticketId: string | number;
  uploadId: string | number;
};

/** An office's details; on a change, they replace the office's (a field left out or empty is cleared). */
export type AgencyOfficeInput = {
  address?: string | null | undefined;
  /** 4 digits and a letter ("6832A" or "68.32A"), stored as "68.32A". */
  apeCode?: string | null | undefined;
  email?: string | null | undefined;
  legalForm?: string | null | undefined;
  /** Up to 200 characters. */
  name: string;
  openingHours?: string | null | undefined;
  /** Kept as given; must contain digits. */
  phone?: string | null | undefined;
  /** 14 digits; spaces are ignored. */
  siret?: string | null | undefined;
};

/** A change of the agency's profile: a field left out is unchanged, an empty text clears it (the name excepted). */
export type AgencyProfileInput = {
  address?: string | null | undefined;
  /** 4 digits and a letter ("6832A" or "68.32A"), stored as "68.32A". */
  apeCode?: string | null | undefined;
  email?: string | null | undefined;
  financialGuarantee?: string | null | undefined;
  legalForm?: string | null | undefined;
  legalName?: string | null | undefined;
  name?: string | null | undefined;
  /** Kept as given; must contain digits. */
  phone?: string | null | undefined;
  professionalCardIssuer?: string | null | undefined;
  professionalCardNumber?: string | null | undefined;
  representativeName?: string | null | undefined;
  /** 14 digits; spaces are ignored. */
  siret?: string | null | undefined;
};

/** The section of the manual's settings page ("Paramètres") a setting belongs to, in the page's order. */
export type AgencySettingSection =
  | 'ACCESS_AUTOMATION'
  | 'ACCOUNT'
  | 'AGENCY_CONTACT'
  | 'DOCUMENTS'
  | 'EXPENSE_LIST'
  | 'INFORMATIONS'
  | 'NEWS_FEED'
  | 'PROPERTIES'
  | 'PUBLICATION'
  | 'REQUESTS'
  | 'WORKS_FUNDS';

/** A change of some settings; every field is optional and a field left out is unchanged. */
export type AgencySettingsInput = {
  /** "Activation du module" of "Mon compte": the account pages for clients. Left out: unchanged. */
  accountModuleEnabled?: boolean | null | undefined;
  /** "Activation du module" of "Contact agence": the contact cards (managers in charge, the agency) on clients' homes. Left out: unchanged. */
  agencyContactEnabled?: boolean | null | undefined;
  /** "Mes informations": clients see the announcements managers publish for them. Left out: unchanged. */
  announcementsEnabled?: boolean | null | undefined;
  /** How balances are signed for clients ("Sens de présentation des soldes"). Left out: unchanged. */
  balancePresentation?: BalancePresentation | null | undefined;
  /** Switch a tenant's extranet access off at their departure. Left out: unchanged. */
  disableAccessOnDeparture?: boolean | null | undefined;
  /** Switch a tenant's extranet access off at their notice (préavis). Left out: unchanged. */
  disableAccessOnNotice?: boolean | null | undefined;
  /** Switch the seller's extranet access off at a sale ("Inactiver le vendeur"). Left out: unchanged. */
  disableAccessOnSale?: boolean | null | undefined;
  /** "Activer les notifications": new documents published with a notification are e-mailed to the people who can see them. Left out: unchanged. */
  documentNotificationsEnabled?: boolean | null | undefined;
  /** "Activation du module" of "Mes documents": the binders and documents for clients. Left out: unchanged. */
  documentsEnabled?: boolean | null | undefined;
  /** "Exclure les analytiques non reversés aux propriétaires". Left out: unchanged. */
  excludeAnalyticsNotPaidBack?: boolean | null | undefined;
  /** "Envoyer la liste des dépenses": the expense list module. Left out: unchanged. */
  expenseListEnabled?: boolean | null | undefined;
  /** "Regrouper les écritures de trésorerie" in co-owners' views. Left out: unchanged. */
  groupTreasuryForCoOwners?: boolean | null | undefined;
  /** "Regrouper les écritures de trésorerie" in owners' views. Left out: unchanged. */
  groupTreasuryForOwners?: boolean | null | undefined;
  /** "Regrouper les écritures de trésorerie" in tenants' views. Left out: unchanged. */
  groupTreasuryForTenants?: boolean | null | undefined;
  /** Hide the syndicate's IBAN/BIC from clients ("Ne pas envoyer les coordonnées bancaires des copropriétés"). Left out: unchanged. */
  hideSyndicateBankDetails?: boolean | null | undefined;
  /** "Activation du module" of "Flux RSS": the latest items of the agency's news feed on clients' home pages. Left out: unchanged. */
  newsFeedEnabled?: boolean | null | undefined;
  /** Owners see the published accounts of the current tenants of their lots. Left out: unchanged. */
  ownerSeesTenantAccounts?: boolean | null | undefined;
  /** Owners see the documents addressed to their lots' tenants' leases (a tenant's charge statement) in the gérance binders open to owners. Left out: unchanged. */
  ownerSeesTenantDocuments?: boolean | null | undefined;
  /** "Nos partenaires": clients see the suppliers marked as partners. Left out: unchanged. */
  partnersEnabled?: boolean | null | undefined;
  /** "Activation du module" of "Mes photos": clients see the photos of their buildings. Left out: unchanged. */
  photosEnabled?: boolean | null | undefined;
  /** "Photos métier gestion": owners and tenants see the photos of the buildings of their lots. Left out: unchanged. */
  photosForGerance?: boolean | null | undefined;
  /** "Photos métier syndic": co-owners and council members see the photos of their buildings. Left out: unchanged. */
  photosForSyndic?: boolean | null | undefined;
  /** "Activation du module" of "Mes biens": the lots of owners and co-owners with their tantièmes. Left out: unchanged. */
  propertiesEnabled?: boolean | null | undefined;
  /** E-mail the other side on each new message or status change of a request (each person may opt out). Left out: unchanged. */
  requestNotificationsEnabled?: boolean | null | undefined;
  /** "Mes demandes": clients open requests and follow their thread with the managers. Left out: unchanged. */
  requestsEnabled?: boolean | null | undefined;
  /** "Afficher les classeurs vides": clients also see the binders that hold no document for them. Left out: unchanged. */
  showEmptyBinders?: boolean | null | undefined;
  /** "Tickets": managers turn requests into work orders to suppliers, and clients follow their progress. Left out: unchanged. */
  ticketsEnabled?: boolean | null | undefined;
  /** "Utiliser le nom des pièces jointes des événements pour le titre des documents sur l'extranet": the file name is the title. Left out: unchanged. */
  useAttachmentNameAsTitle?: boolean | null | undefined;
  /** "Envoyer les comptes 102xxx dans les fonds travaux". Left out: unchanged. */
  worksFundIncludes102?: boolean | null | undefined;
  /** "Activation du module" of "Fonds de travaux": the works funds page for clients. Left out: unchanged. */
  worksFundsEnabled?: boolean | null | undefined;
};

/** Who an agency-wide document of "Documents du syndic" reaches (loi ÉLAN): every council member of every building, or every co-owner. */
export type AgencyWideAudience =
  | 'ALL_COOWNERS'
  | 'COUNCILS';

/** A building's allocation key (clé de répartition), by (buildingCode, code). */
export type AllocationKeyInput = {
  buildingCode: string;
  /** 010, 020… */
  code: string;
  /** CHARGES COMMUNES GENERALES… */
  label: string;
};

/** Who an announcement is for: every client, co-owners (council members included), owners under mandate, or tenants; of one building when it names one. */
export type AnnouncementAudience =
  /** Every client: co-owners, council members, owners and tenants. */
  | 'ALL_CLIENTS'
  /** Co-owners, council members included. */
  | 'COOWNERS'
  /** Owners whose lots the agency manages (mandat de gestion). */
  | 'OWNERS'
  /** Tenants with a current lease. */
  | 'TENANTS';

/** Assemblée générale ordinaire or extraordinaire. */
export type AssemblyKind =
  | 'EXTRAORDINARY'
  | 'ORDINARY';

export type AssignRequestInput = {
  /** A manager of the agency (a Person id). */
  assigneeId: string | number;
  requestId: string | number;
};

/** One participant's attendance code, with the proxy holder for REPRESENTED. */
export type AttendanceEntryInput = {
  participantId: string | number;
  /** A named third party (never the syndic or its staff). */
  proxyHolderName?: string | null | undefined;
  /** Another participant, present or remote. */
  proxyHolderParticipantId?: string | number | null | undefined;
  status: AttendanceStatus;
};

/** The manual's codes ("Saisie des présences"): N absent, O present, R represented, D remote, C postal vote. */
export type AttendanceStatus =
  | 'ABSENT'
  | 'POSTAL'
  | 'PRESENT'
  | 'REMOTE'
  | 'REPRESENTED';

/** How balances are signed for clients ("Sens de présentation des soldes"). */
export type BalancePresentation =
  | 'CREDIT_MINUS_DEBIT'
  | 'DEBIT_MINUS_CREDIT';

/** The first vote, or the immediate second vote of a passerelle (art. 25-1, 26-1). */
export type Ballot =
  | 'FIRST'
  | 'SECOND';

/** The module a binder belongs to (manual: "Classeurs Gérance", "Classeurs Syndic"). */
export type BinderModule =
  | 'GERANCE'
  | 'SYNDIC';

/** A building of the back-office, by code (GILBERT). Its manager in charge is kept. */
export type BuildingInput = {
  code: string;
  name: string;
  postalAddress: PostalAddressInput;
  /** The syndicate entity (S001); none when omitted. */
  syndicateEntityCode?: string | null | undefined;
};

/** The signed-in co-owner's own postal vote, online, until the deadline. */
export type CastPostalVoteInput = {
  assemblyId: string | number;
  choices: Array<PostalChoiceInput>;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** A charge line: a label and the whole amount for the period. */
export type ChargeLineInput = {
  amount: string;
  label: string;
};

/** The manager in charge of a building, or the agency when none is. */
export type ContactKind =
  | 'AGENCY'
  | 'MANAGER';

/** A seat on a building's council, by (buildingCode, personExternalId, startDate). */
export type CouncilMembershipInput = {
  buildingCode: string;
  endDate?: string | null | undefined;
  personExternalId: string;
  role: CouncilRole;
  startDate: string;
};

/** Membre or président of the conseil syndical. */
export type CouncilRole =
  | 'MEMBER'
  | 'PRESIDENT';

/** A new binder with its rights. */
export type CreateBinderInput = {
  module: BinderModule;
  /** " / " makes sub-folders ("Courriers / Locataires"). */
  name: string;
  /** Notify on the documents published in it without a word on `notify` (default false). */
  notifyByDefault?: boolean | null | undefined;
  owner?: boolean | null | undefined;
  syndicLevel?: SyndicLevel | null | undefined;
  tenant?: boolean | null | undefined;
};

/** A new regularisation ("ajouter"): the lot, the period, the real charges; the tenants concerned follow from their leases. */
export type CreateChargeRegularisationInput = {
  /** "Montant des charges réelles sur la période" and other lines (up to 20). */
  charges: Array<ChargeLineInput>;
  /** Default 10.00. */
  departedThreshold?: string | null | undefined;
  /** Default "30". */
  fiscalCode?: string | null | undefined;
  lotId: string | number;
  periodEnd: string;
  periodStart: string;
  /** Default 100 (new provisions = total / 12). */
  provisionRatePercent?: string | null | undefined;
};

/** A new AG; its participants are the building's co-owners on its date. */
export type CreateGeneralAssemblyInput = {
  /** The key of the attendance sheet; the building's general key (010) by default. */
  attendanceKeyId?: string | number | null | undefined;
  buildingId: string | number;
  kind: AssemblyKind;
  place?: string | null | undefined;
  reference?: string | null | undefined;
  startsAt: string;
  title: string;
};

/** Turns a request into a ticket to a supplier. */
export type CreateTicketInput = {
  /** What the supplier is asked to do (managers only). */
  description: string;
  requestId: string | number;
  supplierId: string | number;
};

/** Exactly one: a person, an account, a lease, a lot (personal), a building (generic), or the whole agency (only in "Documents du syndic"). */
export type DocumentTargetInput = {
  accountId?: string | number | null | undefined;
  agencyWide?: AgencyWideAudience | null | undefined;
  buildingId?: string | number | null | undefined;
  leaseId?: string | number | null | undefined;
  lotId?: string | number | null | undefined;
  personId?: string | number | null | undefined;
};

/** An accounting entity of the back-office, by code (G001, S001). Omitted bank details are cleared. */
export type EntityInput = {
  /** BIC/SWIFT, 8 or 11 characters. */
  bic?: string | null | undefined;
  code: string;
  /** Checked (country format and checksum); stored grouped by four ("FR76 3000 …"). */
  iban?: string | null | undefined;
  /** Required for a new entity; an existing one keeps its kind when omitted. */
  kind?: EntityKind | null | undefined;
  name: string;
};

/** Gérance (G001: owners and tenants) or syndic (S001: a syndicate of co-owners). */
export type EntityKind =
  | 'GERANCE'
  | 'SYNDIC';

export type ExpenseInput = {
  accountLabel: string;
  accountNumber: string;
  allocationKeyCode: string;
  amount: string;
  buildingCode: string;
  date: string;
  deductible?: string | null | undefined;
  externalId: string;
  fiscalYearCode: string;
  /** The invoice as a base64 PDF. */
  invoicePdfBase64?: string | null | undefined;
  label: string;
  recoverable?: string | null | undefined;
  vat?: string | null | undefined;
};

export type FiscalYearInput = {
  code: string;
  endDate: string;
  entityCode: string;
  isOpen: boolean;
  startDate: string;
};

/** The AG and the integrator token of the remote-voting provider (AG Connect). */
export type HandAssemblyToProviderInput = {
  /** An API token of the agency holding assemblies:write. */
  apiTokenId: string | number;
  assemblyId: string | number;
};

/** How a cell is read: DECIMAL "1 000,91516" or "66.0142"; DATE jj/mm/aaaa or YYYY-MM-DD; LIST values separated by "|" or ",". */
export type ImportColumnFormat =
  | 'DATE'
  | 'DECIMAL'
  | 'INTEGER'
  | 'LIST'
  | 'TEXT';

/** What a CSV import loads (the console's "Import CSV"). */
export type ImportKind =
  | 'LEASES'
  | 'LOTS'
  | 'OWNERSHIPS'
  | 'PERSONS'
  | 'WORKS_FUND_LINES';

/** Read/write areas an API token may hold. */
export type IntegratorScope =
  | 'ASSEMBLIES_READ'
  | 'ASSEMBLIES_WRITE'
  | 'DOCUMENTS_READ'
  | 'DOCUMENTS_WRITE'
  | 'LEDGER_READ'
  | 'LEDGER_WRITE'
  | 'PEOPLE_READ'
  | 'PEOPLE_WRITE'
  | 'PORTFOLIO_READ'
  | 'PORTFOLIO_WRITE'
  | 'REGULARISATION_WRITE'
  | 'REQUESTS_READ'
  | 'REQUESTS_WRITE';

/** A lease (bail), by externalId; a notice or departure newly set runs the same access automation as recordLeaseNotice / recordLeaseDeparture. The row is the relation's state, but an omitted accountNumber keeps the linked account. */
export type LeaseInput = {
  /** The tenant account (81…) on the agency's gérance entity; omitted: the account already linked is kept. */
  accountNumber?: string | null | undefined;
  departureDate?: string | null | undefined;
  /** The back-office's lease code. */
  externalId: string;
  lotCode: string;
  /** The notice (préavis) date. */
  noticeDate?: string | null | undefined;
  startDate: string;
  /** The tenant's externalId. */
  tenantExternalId: string;
};

/** A ledger entry; `externalId` makes loading idempotent. */
export type LedgerEntryInput = {
  accountNumber: string;
  credit?: string | null | undefined;
  date: string;
  debit?: string | null | undefined;
  entityCode: string;
  externalId: string;
  /** "Code fiscalité" of a rent-call line (`30`: provisions on charges, which the charge regularisation sums). */
  fiscalCode?: string | null | undefined;
  /** On an analytic account not paid back to owners. */
  isAnalyticNotPaidBack?: boolean | null | undefined;
  /** A treasury movement (règlement). */
  isTreasury?: boolean | null | undefined;
  label: string;
};

/** A tenant's share of one line, by its label. */
export type LineShareInput = {
  label: string;
  share: string;
};

/** A lot by code, unique in the agency (GILBERT/069). Omitted floor, surface and rooms are cleared. */
export type LotInput = {
  /** A lot stays in its building: an existing lot under another building code is refused. */
  buildingCode: string;
  code: string;
  floor?: string | null | undefined;
  rooms?: number | null | undefined;
  /** Replace the lot's shares under the keys given; keys not mentioned keep theirs. */
  shares?: Array<LotShareInput> | null | undefined;
  /** m², at most 2 decimals. */
  surface?: string | null | undefined;
  /** Appartement, Cave, Parking… */
  type: string;
};

/** A lot's tantièmes under one of its building's keys. */
export type LotShareInput = {
  allocationKeyCode: string;
  /** Above zero, at most 5 decimals ("66.01420"). */
  shares: string;
};

/** The majority a resolution is put to (law of 10 July 1965); the 25-1 and 26-1 passerelles apply automatically. */
export type Majority =
  | 'ARTICLE_24'
  | 'ARTICLE_25'
  | 'ARTICLE_26'
  | 'UNANIMITY';

/** The article that decided: ARTICLE_25_1 and ARTICLE_26_1 name the second vote of a passerelle. */
export type MajorityArticle =
  | 'ARTICLE_24'
  | 'ARTICLE_25'
  | 'ARTICLE_25_1'
  | 'ARTICLE_26'
  | 'ARTICLE_26_1'
  | 'UNANIMITY';

/** A management mandate (mandat de gestion), by code: the owner entrusts lots to the agency. The row is the relation's state, but an omitted accountNumber keeps the linked account. */
export type ManagementMandateInput = {
  /** The owner account (411…) on the agency's gérance entity; omitted: the account already linked is kept. */
  accountNumber?: string | null | undefined;
  /** The back-office's mandate code, unique in the agency. */
  code: string;
  endDate?: string | null | undefined;
  /** Codes of the lots under the mandate: they replace the mandate's lots. */
  lotCodes: Array<string>;
  /** The owner's externalId. */
  ownerExternalId: string;
  startDate: string;
};

/** A new request by a client, about one of their lots or buildings (or neither). */
export type OpenRequestInput = {
  buildingId?: string | number | null | undefined;
  category: RequestCategory;
  lotId?: string | number | null | undefined;
  /** The first message of the thread. */
  text: string;
  title: string;
  /** Staged uploads of the caller (POST /requests/uploads), attached to the first message. */
  uploadIds?: Array<string | number> | null | undefined;
};

/** A co-owner holding a lot, by (lotCode, personExternalId, startDate); an endDate is a sale. The row is the relation's state, but an omitted accountNumber keeps the linked account. */
export type OwnershipInput = {
  /** The co-owner account (450…) on the syndicate entity of the lot's building; omitted: the account already linked is kept. */
  accountNumber?: string | null | undefined;
  /** The sale date: the access automation of recordSale runs from it. */
  endDate?: string | null | undefined;
  /** GILBERT/069 */
  lotCode: string;
  /** The co-owner's externalId. */
  personExternalId: string;
  startDate: string;
};

/** Whether a reset link can still be used (checked when its page opens). */
export type PasswordResetLinkStatus =
  | 'EXPIRED'
  | 'UNKNOWN'
  | 'USED'
  | 'VALID';

/** A person by the back-office's own code (externalId, "code tiers"). Omitted civility, e-mails, phones or address are cleared; the notification preference is kept. */
export type PersonInput = {
  /** Madame, Monsieur, Madame et Monsieur… */
  civility?: string | null | undefined;
  displayName: string;
  /** Checked addresses; the first receives the extranet mail. */
  emails?: Array<string> | null | undefined;
  /** YALOXECORTONDENISE… */
  externalId: string;
  /** Kept as written; each must contain digits. */
  phones?: Array<string> | null | undefined;
  postalAddress?: PostalAddressInput | null | undefined;
};

/** A role that a current relation gives the person. */
export type PersonRole =
  | 'COOWNER'
  | 'COUNCIL_MEMBER'
  | 'COUNCIL_PRESIDENT'
  | 'MANAGER'
  | 'OWNER'
  | 'TENANT';

export type PostRequestMessageInput = {
  /** An internal note (managers only): the client never sees it. */
  isInternal?: boolean | null | undefined;
  requestId: string | number;
  text: string;
  /** Staged uploads of the caller (POST /requests/uploads). */
  uploadIds?: Array<string | number> | null | undefined;
};

/** A postal address as printed on letters (mirrors PostalAddress). */
export type PostalAddressInput = {
  city: string;
  line1: string;
  line2?: string | null | undefined;
  postalCode: string;
};

/** The official postal form's boxes: pour, contre, abstention (a question left blank is "not voting"). */
export type PostalChoice =
  | 'ABSTAIN'
  | 'NO'
  | 'YES';

/** One answer of a postal form. */
export type PostalChoiceInput = {
  choice: PostalChoice;
  resolutionId: string | number;
};

/** In the room (O) or remotely (D). */
export type PresenceMode =
  | 'PRESENT'
  | 'REMOTE';

/** An announcement: for its audience of the whole agency, or of one building. */
export type PublishAnnouncementInput = {
  audience: AnnouncementAudience;
  /** Plain text, up to 10 000 characters. */
  body: string;
  /** Only this building's people of the audience. */
  buildingId?: string | number | null | undefined;
  /** The first day clients see it; today when left out. */
  publishOn?: string | null | undefined;
  /** Up to 300 characters. */
  title: string;
};

/** A document to publish; the file inline (base64, up to 10 MB) or as a staged upload (POST /uploads). */
export type PublishDocumentInput = {
  binderId: string | number;
  /** The file, base64, up to 10 MB decoded. */
  contentBase64?: string | null | undefined;
  /** application/pdf, image/jpeg or image/png; the bytes must match. */
  contentType: string;
  /** "Regrouper par type de dossier": the sub-folder it is filed in. */
  dossier?: string | null | undefined;
  /** "Préfixer les documents (ref. dossier)": put before the title as "<ref> – ". */
  dossierReference?: string | null | undefined;
  /** Months of publication ("Durée de publication en mois"); none: forever. */
  durationMonths?: number | null | undefined;
  fileName: string;
  /** "Activer les notifications": e-mail the people who can see it (one message per person and batch, after commit; on its first day when dated ahead). Omitted: as its binder's model says (notifyByDefault). */
  notify?: boolean | null | undefined;
  /** First day of publication; today when omitted. */
  publishOn?: string | null | undefined;
  target: DocumentTargetInput;
  /** The title clients see (the file name when `useFileNameAsTitle` or the agency says so). */
  title: string;
  /** A staged upload of the caller (POST /uploads), used once. */
  uploadId?: string | number | null | undefined;
  /** Use the file name as the title (overrides the agency setting for this call). */
  useFileNameAsTitle?: boolean | null | undefined;
};

/** A photo of a building; the file inline (base64, up to 10 MB) or as a staged upload (POST /uploads). */
export type PublishPhotoInput = {
  buildingId: string | number;
  /** What it shows (the alternative text of the gallery). */
  caption: string;
  /** The image, base64, up to 10 MB decoded. */
  contentBase64?: string | null | undefined;
  fileName: string;
  takenOn?: string | null | undefined;
  /** A staged upload of the caller (POST /uploads), used once. */
  uploadId?: string | number | null | undefined;
};

/** A paper postal form entered by a manager; a resolution left out is "not voting". */
export type RecordPostalVoteInput = {
  choices: Array<PostalChoiceInput>;
  participantId: string | number;
  receivedOn: string;
};

/** The unanimity buttons: one choice for everyone voting in the room or remotely; postal choices untouched. */
export type RecordUnanimousVoteInput = {
  ballot: Ballot;
  choice: VoteChoice;
  resolutionId: string | number;
};

/** Votes of the room (or of a remote-voting provider) on one ballot; send only what changes. */
export type RecordVotesInput = {
  ballot: Ballot;
  resolutionId: string | number;
  votes: Array<VoteInput>;
};

/** Pending ("en attente"), validated ("Validé"), billed ("Quittancer": on the account, never changed again). */
export type RegularisationStatus =
  | 'BILLED'
  | 'PENDING'
  | 'VALIDATED';

/** Manual "Mes demandes": a "Demande d'intervention" (something to repair) or an "Autre demande". */
export type RequestCategory =
  | 'INTERVENTION'
  | 'OTHER';

/** A request's status: open, in progress, waiting for the client's answer, closed. */
export type RequestStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'WAITING_FOR_CLIENT';

export type ResetPasswordInput = {
  newPassword: string;
  /** The token from the e-mailed link. */
  token: string;
};

/** ACCEPTÉE or REJETÉE. */
export type ResolutionOutcome =
  | 'ADOPTED'
  | 'REJECTED';

/** The buyer of a sale recorded from the console: their ownership of the lot starts on the sale date. */
export type SaleBuyerInput = {
  /** The buyer's co-owner account (450…) on the syndicate entity of the lot's building. */
  accountNumber?: string | null | undefined;
  /** An existing person of the agency. */
  personId: string | number;
};

/** Attendance codes for some participants, checked together (art. 22 proxy limit) and written in one transaction. */
export type SetAttendanceInput = {
  assemblyId: string | number;
  entries: Array<AttendanceEntryInput>;
};

/** A binder's new rights; the level for a syndic binder (null: nobody), owner and tenant for a gérance one. */
export type SetBinderRightsInput = {
  binderId: string | number;
  /** Notify on the documents published in it without a word on `notify`; unchanged when omitted. */
  notifyByDefault?: boolean | null | undefined;
  owner?: boolean | null | undefined;
  syndicLevel?: SyndicLevel | null | undefined;
  tenant?: boolean | null | undefined;
};

export type SetRequestStatusInput = {
  requestId: string | number;
  status: RequestStatus;
};

export type SetTicketStatusInput = {
  status: TicketStatus;
  ticketId: string | number;
};

/** The spaces of "choix de l'espace": syndic, gérance, agency console. */
export type Space =
  | 'GERANCE'
  | 'MANAGEMENT'
  | 'SYNDIC';

/** A supplier's details; on update, the fields given replace the stored ones. */
export type SupplierInput = {
  addressLine?: string | null | undefined;
  email?: string | null | undefined;
  isPartner?: boolean | null | undefined;
  name: string;
  phone?: string | null | undefined;
  trade?: string | null | undefined;
  website?: string | null | undefined;
};

/** Who a syndic binder opens to, one ordered level: the council president, every council member (president included), every co-owner (council included). */
export type SyndicLevel =
  | 'ALL_COOWNERS'
  | 'COUNCIL'
  | 'PRESIDENT';

/** How a new temporary password reaches the client, besides being shown once. */
export type TemporaryPasswordDelivery = {
  /** Also e-mail it to the client's first address (skipped when they have none). */
  sendByEmail?: boolean;
};

/** A supplier's quote (devis) or invoice (facture). */
export type TicketDocumentKind =
  | 'INVOICE'
  | 'QUOTE';

/** A ticket's progress (manual "Tickets"): quote requested, quote received, work ordered, work done, invoiced. */
export type TicketStatus =
  | 'DONE'
  | 'INVOICED'
  | 'ORDERED'
  | 'QUOTED'
  | 'REQUESTED';

/** A regularisation's new period, charge lines or settings; a field left out keeps its value. Days are recomputed, figures the manager entered are kept. */
export type UpdateChargeRegularisationInput = {
  /** The charge lines (a list given replaces the previous one). */
  charges?: Array<ChargeLineInput> | null | undefined;
  departedThreshold?: string | null | undefined;
  /** Another fiscal code: the prefilled provisions follow it, typed ones stay. */
  fiscalCode?: string | null | undefined;
  id: string | number;
  /** Removes the records of tenants no longer concerned even when they hold figures the manager entered (otherwise CONFLICT REGULARISATION_ENTERED_FIGURES). */
  isRemovalConfirmed?: boolean | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  provisionRatePercent?: string | null | undefined;
};

/** A tenant's figures; a field left out keeps its value, a list given replaces the previous one. */
export type UpdateTenantRegularisationInput = {
  /** "Provisions actuelles". */
  currentMonthlyProvision?: string | null | undefined;
  /** Lines for this tenant only (e.g. "Ordures ménagères"). */
  extraCharges?: Array<ChargeLineInput> | null | undefined;
  /** "Quittancée en N fois" (1 to 12; always 1 for a departed or creditor tenant). */
  instalments?: number | null | undefined;
  /** Shares of single lines, by label. */
  lineShares?: Array<LineShareInput> | null | undefined;
  /** "Nouvelles provisions" typed by the manager, kept over the computed ones. */
  newMonthlyProvision?: string | null | undefined;
  /** "Provisions sur charges" called on the period. */
  provisions?: string | null | undefined;
  recordId: string | number;
  /** "Réintroduction retenue avant décompte". */
  retained?: string | null | undefined;
  /** The share of every line (default 1.00). */
  share?: string | null | undefined;
  water?: Array<WaterLineInput> | null | undefined;
};

/** Pour, contre, abstention, non votant. */
export type VoteChoice =
  | 'ABSTAIN'
  | 'NO'
  | 'NOT_VOTING'
  | 'YES';

/** One participant's vote. */
export type VoteInput = {
  choice: VoteChoice;
  participantId: string | number;
};

/** A water line: indexes and the unit price. */
export type WaterLineInput = {
  indexEnd: string;
  indexStart: string;
  label: string;
  unitPrice: string;
};

export type WorksFundLineInput = {
  /** 105999, 102001… */
  accountNumber: string;
  amount: string;
  label: string;
  /** GILBERT/069 */
  lotCode: string;
};

export type AccountPositionOwnQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPositionOwnQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', number: string, balance: string, position: { __typename: 'AccountPosition', amount: string, direction: AccountDirection }, lastPayment: { __typename: 'AccountMovement', date: string, amount: string } | null, nextCall: { __typename: 'AccountMovement', date: string, amount: string } | null }> } } } | null };

export type AccountPositionTotalsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type AccountPositionTotalsQuery = { node:
    | { __typename: 'Account', statement: { __typename: 'AccountStatement', openingBalance: string, closingBalance: string, totalDebit: string, totalCredit: string } }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type AccountPositionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountPositionNodeQuery = { node:
    | { __typename: 'Account', position: { __typename: 'AccountPosition', amount: string }, lastPayment: { __typename: 'AccountMovement', amount: string } | null }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type AccountPositionFundsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPositionFundsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', worksFunds: Array<{ __typename: 'BuildingWorksFund', total: string, asOf: string | null, lots: Array<{ __typename: 'LotWorksFund', lines: Array<{ __typename: 'WorksFundLine', accountNumber: string, updatedAt: string }> }> }> | null } } | null };

export type AccountPositionUpsertFundsMutationVariables = Exact<{
  l: Array<WorksFundLineInput> | WorksFundLineInput;
}>;


export type AccountPositionUpsertFundsMutation = { upsertWorksFundLines: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type RenderingImportMutationVariables = Exact<{
  e: Array<LedgerEntryInput> | LedgerEntryInput;
}>;


export type RenderingImportMutation = { importLedgerEntries: { __typename: 'ImportResult', created: number } };

export type AccountBatchesAccountsMutationVariables = Exact<{
  rows: Array<AccountInput> | AccountInput;
}>;


export type AccountBatchesAccountsMutation = { upsertAccounts: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type AccountBatchesYearsMutationVariables = Exact<{
  rows: Array<FiscalYearInput> | FiscalYearInput;
}>;


export type AccountBatchesYearsMutation = { upsertFiscalYears: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type AccountBatchesFundsMutationVariables = Exact<{
  rows: Array<WorksFundLineInput> | WorksFundLineInput;
}>;


export type AccountBatchesFundsMutation = { upsertWorksFundLines: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type AccountBatchesExpensesMutationVariables = Exact<{
  rows: Array<ExpenseInput> | ExpenseInput;
}>;


export type AccountBatchesExpensesMutation = { upsertExpenses: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type AccountBatchesEntriesMutationVariables = Exact<{
  rows: Array<LedgerEntryInput> | LedgerEntryInput;
}>;


export type AccountBatchesEntriesMutation = { importLedgerEntries: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type InvoiceFilesUpsertMutationVariables = Exact<{
  e: Array<ExpenseInput> | ExpenseInput;
}>;


export type InvoiceFilesUpsertMutation = { upsertExpenses: { __typename: 'ImportResult', created: number, unchanged: number } };

export type InvoiceFilesAccountsMutationVariables = Exact<{
  a: Array<AccountInput> | AccountInput;
}>;


export type InvoiceFilesAccountsMutation = { upsertAccounts: { __typename: 'ImportResult', created: number } };

export type LedgerImportMutationVariables = Exact<{
  e: Array<LedgerEntryInput> | LedgerEntryInput;
}>;


export type LedgerImportMutation = { importLedgerEntries: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type LedgerCreateTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type LedgerCreateTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type LedgerForbiddenAccountsMutationVariables = Exact<{
  v: Array<AccountInput> | AccountInput;
}>;


export type LedgerForbiddenAccountsMutation = { upsertAccounts: { __typename: 'ImportResult', created: number } };

export type LedgerForbiddenYearsMutationVariables = Exact<{
  v: Array<FiscalYearInput> | FiscalYearInput;
}>;


export type LedgerForbiddenYearsMutation = { upsertFiscalYears: { __typename: 'ImportResult', created: number } };

export type LedgerForbiddenExpensesMutationVariables = Exact<{
  v: Array<ExpenseInput> | ExpenseInput;
}>;


export type LedgerForbiddenExpensesMutation = { upsertExpenses: { __typename: 'ImportResult', created: number } };

export type LedgerForbiddenFundsMutationVariables = Exact<{
  v: Array<WorksFundLineInput> | WorksFundLineInput;
}>;


export type LedgerForbiddenFundsMutation = { upsertWorksFundLines: { __typename: 'ImportResult', created: number } };

export type LedgerOwnAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerOwnAccountsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', id: string }> } } } | null };

export type LedgerPublishMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type LedgerPublishMutation = { setAccountsPublished: Array<{ __typename: 'Account', isPublished: boolean }> };

export type LedgerPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string }> } };

export type LedgerUpsertAccountsMutationVariables = Exact<{
  a: Array<AccountInput> | AccountInput;
}>;


export type LedgerUpsertAccountsMutation = { upsertAccounts: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type LedgerUpsertYearsMutationVariables = Exact<{
  y: Array<FiscalYearInput> | FiscalYearInput;
}>;


export type LedgerUpsertYearsMutation = { upsertFiscalYears: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type LedgerUpsertFundsMutationVariables = Exact<{
  l: Array<WorksFundLineInput> | WorksFundLineInput;
}>;


export type LedgerUpsertFundsMutation = { upsertWorksFundLines: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type LedgerUpsertExpensesMutationVariables = Exact<{
  e: Array<ExpenseInput> | ExpenseInput;
}>;


export type LedgerUpsertExpensesMutation = { upsertExpenses: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type ReportsWorksFundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsWorksFundsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', worksFunds: Array<{ __typename: 'BuildingWorksFund', total: string, building: { __typename: 'Building', code: string } | null, lots: Array<{ __typename: 'LotWorksFund', total: string, lot: { __typename: 'Lot', code: string } | null, lines: Array<{ __typename: 'WorksFundLine', accountNumber: string, label: string, amount: string }> }> }> | null } } | null };

export type ReportsPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string }> } };

export type ReportsPersonFundsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportsPersonFundsQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person', worksFunds: Array<{ __typename: 'BuildingWorksFund', total: string }> | null }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type ReportsCouncilFundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsCouncilFundsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', councilMemberships: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', building: { __typename: 'Building', council: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', person: { __typename: 'Person', displayName: string, worksFunds: Array<{ __typename: 'BuildingWorksFund', total: string }> | null } | null }> } } | null }> } } } | null };

export type ReportsExpenseListQueryVariables = Exact<{
  fy?: string | number | null | undefined;
}>;


export type ReportsExpenseListQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', councilMemberships: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', building: { __typename: 'Building', code: string, canReadExpenseList: boolean, expenseList: { __typename: 'ExpenseList', total: string, fiscalYears: Array<{ __typename: 'FiscalYear', id: string, code: string }>, fiscalYear: { __typename: 'FiscalYear', code: string } | null, groups: Array<{ __typename: 'ExpenseGroup', accountNumber: string, accountLabel: string, count: number, amount: string, vat: string, recoverable: string, allocationKey: { __typename: 'AllocationKey', code: string } | null }>, expenses: { __typename: 'ExpenseConnection', nodes: Array<{ __typename: 'Expense', id: string, date: string, label: string, amount: string, invoiceUrl: string | null }> } } } | null }> } } } | null };

export type ReportsCoOwnerListQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsCoOwnerListQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', building: { __typename: 'Building', canReadExpenseList: boolean, expenseList: { __typename: 'ExpenseList', total: string } } | null } | null }> } } } | null };

export type ReportsCoOwnerCanReadQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsCoOwnerCanReadQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', building: { __typename: 'Building', canReadExpenseList: boolean } | null } | null }> } } } | null };

export type ReportsUpsertExpenseMutationVariables = Exact<{
  e: Array<ExpenseInput> | ExpenseInput;
}>;


export type ReportsUpsertExpenseMutation = { upsertExpenses: { __typename: 'ImportResult', created: number } };

export type ReportsExportUrlsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsExportUrlsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', account: { __typename: 'Account', id: string, statementCsvUrl: string, statementPdfUrl: string } | null }> } } } | null };

export type StatementOwnerAccountQueryVariables = Exact<{
  from: string;
  to: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatementOwnerAccountQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', account: { __typename: 'Account', number: string, balance: string, statement: { __typename: 'AccountStatement', openingBalance: string, closingBalance: string, presentation: BalancePresentation, entries: { __typename: 'StatementLineConnection', nodes: Array<{ __typename: 'StatementLine', date: string, label: string, debit: string, credit: string, balance: string, entryCount: number }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } } | null }> } } } | null };

export type StatementBalanceHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementBalanceHistoryQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', account: { __typename: 'Account', balanceHistory: Array<{ __typename: 'BalancePoint', date: string, balance: string }> } | null }> } } } | null };

export type StatementImportMutationVariables = Exact<{
  e: Array<LedgerEntryInput> | LedgerEntryInput;
}>;


export type StatementImportMutation = { importLedgerEntries: { __typename: 'ImportResult', created: number } };

export type StatementTenantQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type StatementTenantQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', statement: { __typename: 'AccountStatement', entries: { __typename: 'StatementLineConnection', nodes: Array<{ __typename: 'StatementLine', label: string, entryCount: number }> } } }> } } } | null };

export type StatementPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type StatementPageQuery = { node:
    | { __typename: 'Account', statement: { __typename: 'AccountStatement', openingBalance: string, closingBalance: string, entries: { __typename: 'StatementLineConnection', nodes: Array<{ __typename: 'StatementLine', balance: string }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null } } } }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type StatementClientAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementClientAccountsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', id: string, number: string }> }, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', account: { __typename: 'Account', number: string } | null }> } } } | null };

export type StatementPublishMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  isPublished: boolean;
}>;


export type StatementPublishMutation = { setAccountsPublished: Array<{ __typename: 'Account', isPublished: boolean }> };

export type StatementNodeIdQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementNodeIdQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type StatementAccountNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementAccountNodeQuery = { node:
    | { __typename: 'Account', number: string, balance: string }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type AnnouncementPublishMutationVariables = Exact<{
  input: PublishAnnouncementInput;
}>;


export type AnnouncementPublishMutation = { publishAnnouncement: { __typename: 'Announcement', id: string, title: string, audience: AnnouncementAudience, publishOn: string, building: { __typename: 'Building', code: string } | null } };

export type AnnouncementViewerListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnnouncementViewerListQuery = { viewer: { __typename: 'Viewer', can: { __typename: 'ViewerCan', readAnnouncements: boolean, manageAnnouncements: boolean }, announcements: { __typename: 'AnnouncementConnection', totalCount: number | null, nodes: Array<{ __typename: 'Announcement', id: string, title: string, body: string, building: { __typename: 'Building', code: string } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type AnnouncementRootListQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementRootListQuery = { announcements: { __typename: 'AnnouncementConnection', nodes: Array<{ __typename: 'Announcement', title: string }> } };

export type AnnouncementNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AnnouncementNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', title: string, id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type AnnouncementDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AnnouncementDeleteMutation = { deleteAnnouncement: boolean };

export type NewsFeedItemsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NewsFeedItemsQuery = { viewer: { __typename: 'Viewer', can: { __typename: 'ViewerCan', readNewsFeed: boolean }, newsItems: Array<{ __typename: 'NewsItem', title: string, url: string | null, summary: string | null, publishedAt: string | null, categories: Array<string> }> } | null };

export type NewsFeedSetUrlMutationVariables = Exact<{
  url?: string | null | undefined;
}>;


export type NewsFeedSetUrlMutation = { setNewsFeedUrl: { __typename: 'NewsFeedSettings', url: string | null } };

export type NewsFeedReadUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsFeedReadUrlQuery = { newsFeed: { __typename: 'NewsFeedSettings', url: string | null } };

export type OfficeCreateMutationVariables = Exact<{
  input: AgencyOfficeInput;
}>;


export type OfficeCreateMutation = { createAgencyOffice: { __typename: 'AgencyOffice', id: string, name: string, address: string | null, phone: string | null, email: string | null, openingHours: string | null, legalForm: string | null, siret: string | null, apeCode: string | null } };

export type OfficeUpdateMutationVariables = Exact<{
  id: string | number;
  input: AgencyOfficeInput;
}>;


export type OfficeUpdateMutation = { updateAgencyOffice: { __typename: 'AgencyOffice', name: string, phone: string | null, siret: string | null } };

export type OfficeDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type OfficeDeleteMutation = { deleteAgencyOffice: boolean };

export type OfficeListQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeListQuery = { agencyOffices: { __typename: 'AgencyOfficeConnection', nodes: Array<{ __typename: 'AgencyOffice', id: string, name: string, phone: string | null, siret: string | null }> } };

export type OfficeNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', name: string, id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type OfficeProfileUpdateMutationVariables = Exact<{
  input: AgencyProfileInput;
}>;


export type OfficeProfileUpdateMutation = { updateAgencyProfile: { __typename: 'AgencyProfile', apeCode: string | null, representativeName: string | null } };

export type AssemblyReadQueryVariables = Exact<{
  id: string | number;
}>;


export type AssemblyReadQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly', title: string, attendance: { __typename: 'AttendanceSummary', total: { __typename: 'Headcount', count: number } } | null, participants: { __typename: 'AssemblyParticipantConnection', nodes: Array<{ __typename: 'AssemblyParticipant', displayName: string, status: AttendanceStatus }> }, resolutions: Array<{ __typename: 'Resolution', number: string, result: { __typename: 'ResolutionResult', outcome: ResolutionOutcome } | null }>, viewerParticipant: { __typename: 'AssemblyParticipant', displayName: string } | null }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type AssemblyCastMutationVariables = Exact<{
  input: CastPostalVoteInput;
}>;


export type AssemblyCastMutation = { castPostalVote: { __typename: 'PostalVoteReceipt', receivedOn: string, castAt: string | null, choices: Array<{ __typename: 'PostalVoteEntry', choice: PostalChoice, resolution: { __typename: 'Resolution', number: string } }>, participant: { __typename: 'AssemblyParticipant', status: AttendanceStatus, postalFormValid: boolean | null } } };

export type AssemblyPublishConvocationsMutationVariables = Exact<{
  id: string | number;
}>;


export type AssemblyPublishConvocationsMutation = { publishConvocations: { __typename: 'GeneralAssembly', id: string, convocationsPublishedAt: string | null } };

export type AssemblyConvocationDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type AssemblyConvocationDocumentQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document', title: string }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type DemoAssembliesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoAssembliesQuery = { generalAssemblies: { __typename: 'GeneralAssemblyConnection', nodes: Array<{ __typename: 'GeneralAssembly', id: string, title: string, postalVoteDeadline: string, isPostalVoteOpen: boolean, reportPublishedAt: string | null, minutesDocument: { __typename: 'Document', title: string, fileName: string, contentType: string, downloadUrl: string, publishedOn: string, binder: { __typename: 'Binder', name: string } } | null, attendanceSheetDocument: { __typename: 'Document', title: string, contentType: string, publishedOn: string } | null, attendance: { __typename: 'AttendanceSummary', absent: { __typename: 'Headcount', count: number, shares: string }, present: { __typename: 'Headcount', count: number, shares: string }, remote: { __typename: 'Headcount', count: number, shares: string }, represented: { __typename: 'Headcount', count: number, shares: string }, postal: { __typename: 'Headcount', count: number, shares: string }, total: { __typename: 'Headcount', count: number, shares: string } } | null, resolutions: Array<{ __typename: 'Resolution', number: string, amended: boolean, result: { __typename: 'ResolutionResult', outcome: ResolutionOutcome, decidingArticle: MajorityArticle, defaillants: Array<string>, absentees: Array<string>, yes: { __typename: 'Headcount', count: number, shares: string }, secondVote: { __typename: 'VoteTally', article: MajorityArticle, adopted: boolean } | null } | null }> }> } };

export type RemoteProviderTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type RemoteProviderTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string, apiToken: { __typename: 'ApiToken', id: string } } };

export type RemoteHandMutationVariables = Exact<{
  input: HandAssemblyToProviderInput;
}>;


export type RemoteHandMutation = { handAssemblyToProvider: { __typename: 'GeneralAssembly', handedToProviderAt: string | null } };

export type RemoteCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type RemoteCodesQuery = { generalAssemblies: { __typename: 'GeneralAssemblyConnection', nodes: Array<{ __typename: 'GeneralAssembly', id: string, participants: { __typename: 'AssemblyParticipantConnection', nodes: Array<{ __typename: 'AssemblyParticipant', id: string, displayName: string, remoteAccessCode: string | null }> } }> } };

export type RemoteMarkAllMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoteMarkAllMutation = { markAllPresent: { __typename: 'GeneralAssembly', id: string } };

export type RemoteImportVotesMutationVariables = Exact<{
  input: RecordVotesInput;
}>;


export type RemoteImportVotesMutation = { recordVotes: { __typename: 'Resolution', result: { __typename: 'ResolutionResult', yes: { __typename: 'Headcount', count: number, shares: string }, no: { __typename: 'Headcount', count: number, shares: string } } | null } };

export type AssemblyReportListQueryVariables = Exact<{ [key: string]: never; }>;


export type AssemblyReportListQuery = { generalAssemblies: { __typename: 'GeneralAssemblyConnection', nodes: Array<{ __typename: 'GeneralAssembly', id: string, title: string }> } };

export type StatementsAllPresentMutationVariables = Exact<{
  id: string | number;
}>;


export type StatementsAllPresentMutation = { markAllPresent: { __typename: 'GeneralAssembly', id: string } };

export type StatementsBallotMutationVariables = Exact<{
  input: RecordVotesInput;
}>;


export type StatementsBallotMutation = { recordVotes: { __typename: 'Resolution', result: { __typename: 'ResolutionResult', outcome: ResolutionOutcome } | null } };

export type StatementsResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementsResultsQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly', resolutions: Array<{ __typename: 'Resolution', result: { __typename: 'ResolutionResult', outcome: ResolutionOutcome, opponents: Array<string>, yes: { __typename: 'Headcount', count: number, shares: string }, secondVote: { __typename: 'VoteTally', adopted: boolean } | null } | null }> }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type StatementsReportQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementsReportQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly', report: { __typename: 'AssemblyReport', attendees: Array<{ __typename: 'ReportAttendee', displayName: string, attendanceText: string }>, resolutions: Array<{ __typename: 'ReportResolution', verdict: string, resolution: { __typename: 'Resolution', number: string }, result: { __typename: 'ResolutionResult', opponents: Array<string>, yes: { __typename: 'Headcount', count: number } } }> } | null }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type ForbiddenCoOwnerNestedQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenCoOwnerNestedQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', building: { __typename: 'Building', code: string, lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', code: string, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', person: { __typename: 'Person', displayName: string, emails: Array<string> | null } | null, account: { __typename: 'Account', number: string } | null }> } }> } } | null } | null }> } } } | null };

export type ForbiddenCoOwnerKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenCoOwnerKeyQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', shares: Array<{ __typename: 'LotShare', allocationKey: { __typename: 'AllocationKey', totalShares: string, building: { __typename: 'Building', lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', code: string }> }, council: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', person: { __typename: 'Person', displayName: string } | null }> } } | null } | null }> } | null }> } } } | null };

export type ForbiddenCoOwnerPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenCoOwnerPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', displayName: string }> } };

export type ForbiddenCoOwnerBuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenCoOwnerBuildingsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string }> } };

export type ForbiddenCoOwnerTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenCoOwnerTokensQuery = { apiTokens: { __typename: 'ApiTokenConnection', nodes: Array<{ __typename: 'ApiToken', name: string }> } };

export type ForbiddenCoOwnerDisableMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ForbiddenCoOwnerDisableMutation = { disableExtranetAccess: Array<{ __typename: 'Person', id: string }> };

export type ForbiddenCoOwnerOwnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenCoOwnerOwnershipsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string }> } } } | null };

export type ForbiddenCouncilQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenCouncilQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', councilMemberships: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', role: CouncilRole, building: { __typename: 'Building', council: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', role: CouncilRole, person: { __typename: 'Person', displayName: string, emails: Array<string> | null, phones: Array<string> | null } | null }> }, lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', code: string }> } } | null }> } } } | null };

export type ForbiddenContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type ForbiddenContactsQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person', emails: Array<string> | null, phones: Array<string> | null, roles: Array<PersonRole> | null, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean } | null }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type ForbiddenBankQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenBankQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', building: { __typename: 'Building', id: string, syndicate: { __typename: 'Syndicate', name: string, iban: string | null, bic: string | null } | null } | null } | null }> } } } | null };

export type ForbiddenManagerBankQueryVariables = Exact<{
  id: string | number;
}>;


export type ForbiddenManagerBankQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building', syndicate: { __typename: 'Syndicate', iban: string | null } | null }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type ForbiddenWrongTypeMutationVariables = Exact<{
  id: string | number;
}>;


export type ForbiddenWrongTypeMutation = { issueTemporaryPassword: { __typename: 'AccessGrant', identifier: string } };

export type ForbiddenAnonymousPreferencesMutationVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenAnonymousPreferencesMutation = { updateMyPreferences: { __typename: 'Person', id: string } };

export type ForbiddenOtherSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenOtherSearchQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', displayName: string }> }, buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string }> } };

export type ForbiddenOtherEnableMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ForbiddenOtherEnableMutation = { enableExtranetAccess: Array<{ __typename: 'AccessGrant', temporaryPassword: string }> };

export type ForbiddenOwnerTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenOwnerTenantsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', lots: Array<{ __typename: 'Lot', code: string, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', tenant: { __typename: 'Person', displayName: string, emails: Array<string> | null, phones: Array<string> | null } | null, account: { __typename: 'Account', number: string } | null }> } }> }> } } } | null };

export type ForbiddenTenantOwnQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenTenantOwnQuery = { viewer: { __typename: 'Viewer', spaces: Array<Space>, person: { __typename: 'Person', accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', number: string, balance: string }> }, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', lot: { __typename: 'Lot', code: string } | null }> } } } | null };

export type BinderRenameMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type BinderRenameMutation = { renameBinder: { __typename: 'Binder', name: string, folders: Array<string> } };

export type BinderDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type BinderDeleteMutation = { deleteBinder: boolean };

export type BinderDeleteDocumentsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BinderDeleteDocumentsMutation = { deleteDocuments: number };

export type BinderSetRightsMutationVariables = Exact<{
  input: SetBinderRightsInput;
}>;


export type BinderSetRightsMutation = { setBinderRights: { __typename: 'Binder', rights: { __typename: 'BinderRights', syndicLevel: SyndicLevel | null, owner: boolean, tenant: boolean } | null } };

export type BinderClientDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type BinderClientDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string }> } } | null };

export type BinderExpenseListQueryVariables = Exact<{
  id: string | number;
}>;


export type BinderExpenseListQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building', canReadExpenseList: boolean }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type BinderIntegratorListQueryVariables = Exact<{
  space: Space;
}>;


export type BinderIntegratorListQuery = { binders: Array<{ __typename: 'Binder', name: string, documentCount: number }>, documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string }> } };

export type BinderCreateAsMutationVariables = Exact<{
  input: CreateBinderInput;
}>;


export type BinderCreateAsMutation = { createBinder: { __typename: 'Binder', name: string } };

export type BinderEmptyOnesQueryVariables = Exact<{ [key: string]: never; }>;


export type BinderEmptyOnesQuery = { viewer: { __typename: 'Viewer', binders: Array<{ __typename: 'Binder', name: string, documentCount: number }> } | null };

export type ListRegenerateMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ListRegenerateMutation = { regenerateCoOwnerLists: Array<{ __typename: 'Document', id: string, title: string, downloadUrl: string, binder: { __typename: 'Binder', name: string } }> };

export type ListMyDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListMyDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', id: string, title: string, downloadUrl: string }> } } | null };

export type ListUpsertPersonsMutationVariables = Exact<{
  persons: Array<PersonInput> | PersonInput;
}>;


export type ListUpsertPersonsMutation = { upsertPersons: { __typename: 'ImportResult', updated: number } };

export type ListSeatMutationVariables = Exact<{
  memberships: Array<CouncilMembershipInput> | CouncilMembershipInput;
}>;


export type ListSeatMutation = { upsertCouncilMemberships: { __typename: 'ImportResult', created: number } };

export type ListSaleMutationVariables = Exact<{
  id: string | number;
  date: string;
  buyer?: SaleBuyerInput | null | undefined;
}>;


export type ListSaleMutation = { recordSale: { __typename: 'Ownership', endDate: string | null } };

export type ListWorksFundMutationVariables = Exact<{
  lines: Array<WorksFundLineInput> | WorksFundLineInput;
}>;


export type ListWorksFundMutation = { upsertWorksFundLines: { __typename: 'ImportResult', updated: number } };

export type DemoMyDocumentsQueryVariables = Exact<{
  space?: Space | null | undefined;
}>;


export type DemoMyDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', id: string, title: string, binder: { __typename: 'Binder', name: string } }> } } | null };

export type DemoMyBindersQueryVariables = Exact<{
  space: Space;
}>;


export type DemoMyBindersQuery = { viewer: { __typename: 'Viewer', binders: Array<{ __typename: 'Binder', name: string, documentCount: number, rights: { __typename: 'BinderRights', syndicLevel: SyndicLevel | null } | null }> } | null };

export type DemoManagerDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoManagerDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string, isPublished: boolean, expiresOn: string | null, concerns: string | null }> } } | null };

export type DemoPhotosQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoPhotosQuery = { viewer: { __typename: 'Viewer', photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', caption: string, width: number, height: number, thumbnailWidth: number, thumbnailHeight: number, building: { __typename: 'Building', code: string } | null }> } } | null };

export type BatchPublishMutationVariables = Exact<{
  inputs: Array<PublishDocumentInput> | PublishDocumentInput;
}>;


export type BatchPublishMutation = { publishDocuments: Array<{ __typename: 'Document', id: string, title: string, isPublished: boolean }> };

export type BatchMineQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchMineQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string }> } } | null };

export type NotifyPreferencesMutationVariables = Exact<{
  on: boolean;
}>;


export type NotifyPreferencesMutation = { updateMyPreferences: { __typename: 'Person', displayName: string } };

export type NotifyBinderDefaultMutationVariables = Exact<{
  input: SetBinderRightsInput;
}>;


export type NotifyBinderDefaultMutation = { setBinderRights: { __typename: 'Binder', rights: { __typename: 'BinderRights', syndicLevel: SyndicLevel | null, notifyByDefault: boolean } | null } };

export type NotifyCreateBinderMutationVariables = Exact<{
  input: CreateBinderInput;
}>;


export type NotifyCreateBinderMutation = { createBinder: { __typename: 'Binder', id: string, rights: { __typename: 'BinderRights', notifyByDefault: boolean } | null } };

export type NotifyDocumentChoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type NotifyDocumentChoiceQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document', notify: boolean | null }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type PublishTestCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishTestCountQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string }> } } | null };

export type RightsListQueryVariables = Exact<{ [key: string]: never; }>;


export type RightsListQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', id: string, title: string }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } } | null };

export type RightsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RightsNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', title: string, id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type RightsBindersQueryVariables = Exact<{
  space: Space;
}>;


export type RightsBindersQuery = { viewer: { __typename: 'Viewer', binders: Array<{ __typename: 'Binder', id: string, name: string, documentCount: number, documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string, binder: { __typename: 'Binder', name: string } }> } }> } | null };

export type RightsNestedQueryVariables = Exact<{
  id: string | number;
}>;


export type RightsNestedQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document', binder: { __typename: 'Binder', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string }> } } }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type DocumentSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DocumentSearchQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string }> } } | null };

export type DocumentSearchMyPersonQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentSearchMyPersonQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', id: string } } | null };

export type PersonDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonDocumentsQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person', displayName: string, documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string, concerns: string | null }> } | null }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type AgencyWideBindersQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyWideBindersQuery = { viewer: { __typename: 'Viewer', binders: Array<{ __typename: 'Binder', name: string, isAgencyWide: boolean }> } | null };

export type StatementsDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', id: string, title: string, fileName: string, byteSize: number, publishedOn: string, expiresOn: string | null, downloadUrl: string, path: Array<string>, binder: { __typename: 'Binder', id: string, name: string } }> } } | null };

export type StatementsBindersQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsBindersQuery = { viewer: { __typename: 'Viewer', binders: Array<{ __typename: 'Binder', id: string, name: string, folders: Array<string>, documentCount: number }> } | null };

export type StatementsBinderPagesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type StatementsBinderPagesQuery = { viewer: { __typename: 'Viewer', binders: Array<{ __typename: 'Binder', id: string, documentCount: number, documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', id: string, title: string, binder: { __typename: 'Binder', id: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }> } | null };

export type StatementsBinderFilteredQueryVariables = Exact<{
  binderId: string | number;
}>;


export type StatementsBinderFilteredQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', id: string }> } } | null };

export type StatementsManagerDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsManagerDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string, concerns: string | null, binder: { __typename: 'Binder', name: string, rights: { __typename: 'BinderRights', syndicLevel: SyndicLevel | null } | null } }> } } | null };

export type PhotoPublishCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PhotoPublishCountQuery = { viewer: { __typename: 'Viewer', photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', caption: string }> } } | null };

export type PhotoRightsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PhotoRightsViewerQuery = { viewer: { __typename: 'Viewer', photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', id: string, caption: string }> } } | null };

export type PhotoRightsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PhotoRightsNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', caption: string, id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type PhotoRightsThroughLotsQueryVariables = Exact<{ [key: string]: never; }>;


export type PhotoRightsThroughLotsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', building: { __typename: 'Building', code: string, photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', caption: string }> } } | null } | null }> }, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', lot: { __typename: 'Lot', building: { __typename: 'Building', code: string, photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', caption: string }> } } | null } | null }> } } } | null };

export type PhotoRightsNestedQueryVariables = Exact<{
  id: string | number;
}>;


export type PhotoRightsNestedQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo', building: { __typename: 'Building', photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', caption: string }> } } | null }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type PhotoRightsRootQueryVariables = Exact<{ [key: string]: never; }>;


export type PhotoRightsRootQuery = { photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', caption: string }> } };

export type StatementsPhotosQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsPhotosQuery = { viewer: { __typename: 'Viewer', photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', id: string, caption: string, takenOn: string | null, width: number, height: number, url: string, thumbnailUrl: string, building: { __typename: 'Building', id: string, name: string } | null }> } } | null };

export type StatementsBuildingPhotosQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsBuildingPhotosQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', building: { __typename: 'Building', photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', caption: string }> } } | null } | null }> } } } | null };

export type PagedPhotosQueryVariables = Exact<{
  buildingId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type PagedPhotosQuery = { viewer: { __typename: 'Viewer', photos: { __typename: 'PhotoConnection', totalCount: number | null, edges: Array<{ __typename: 'PhotoEdge', node: { __typename: 'Photo', id: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type ForgedLoginMutationVariables = Exact<{
  i: string;
  p: string;
}>;


export type ForgedLoginMutation = { login: { __typename: 'LoginPayload', viewer: { __typename: 'Viewer', identifier: string } } };

export type ForgedBuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForgedBuildingsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', id: string, code: string }> } };

export type ForgedNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ForgedNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type ForgedStatementQueryVariables = Exact<{
  from: string;
  to: string;
  after?: string | null | undefined;
}>;


export type ForgedStatementQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', account: { __typename: 'Account', statement: { __typename: 'AccountStatement', entries: { __typename: 'StatementLineConnection', nodes: Array<{ __typename: 'StatementLine', balance: string }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null } } } } | null }> } } } | null };

export type LimitsPageSizeQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsPageSizeQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string }> } };

export type LimitsForgedCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsForgedCursorQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string }> } };

export type LimitsMalformedUuidQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsMalformedUuidQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type LimitsPeoplePageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type LimitsPeoplePageQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', displayName: string }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type LimitsPeopleByRoleQueryVariables = Exact<{
  role?: PersonRole | null | undefined;
  search?: string | null | undefined;
}>;


export type LimitsPeopleByRoleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', displayName: string }> } };

export type HttpSecurityLoginMutationVariables = Exact<{
  i: string;
  p: string;
}>;


export type HttpSecurityLoginMutation = { login: { __typename: 'LoginPayload', viewer: { __typename: 'Viewer', identifier: string } } };

export type HttpSecurityCreateTokenMutationVariables = Exact<{
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type HttpSecurityCreateTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type AccessViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerQuery = { viewer: { __typename: 'Viewer', identifier: string } | null };

export type AccessPeopleQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type AccessPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string }> } };

export type AccessEnableMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AccessEnableMutation = { enableExtranetAccess: Array<{ __typename: 'AccessGrant', identifier: string, temporaryPassword: string, person: { __typename: 'Person', displayName: string, extranetAccess: { __typename: 'ExtranetAccess', isEnabled: boolean, mustChangePassword: boolean } | null } }> };

export type AccessOwnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessOwnershipsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string }> } } } | null };

export type AccessSaleMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessSaleMutation = { recordSale: { __typename: 'Ownership', endDate: string | null, isActive: boolean } };

export type AccessCreateTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type AccessCreateTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string, apiToken: { __typename: 'ApiToken', id: string, name: string, scopes: Array<IntegratorScope>, lastUsedAt: string | null } } };

export type AccessViewerPersonQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerPersonQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', displayName: string } } | null };

export type AccessDisableMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AccessDisableMutation = { disableExtranetAccess: Array<{ __typename: 'Person', displayName: string, extranetAccess: { __typename: 'ExtranetAccess', isEnabled: boolean } | null }> };

export type AccessEnableIdentifiersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AccessEnableIdentifiersMutation = { enableExtranetAccess: Array<{ __typename: 'AccessGrant', identifier: string }> };

export type AccessChangePasswordMutationVariables = Exact<{
  p: string;
}>;


export type AccessChangePasswordMutation = { changePassword: { __typename: 'Viewer', identifier: string } };

export type AccessLeasesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessLeasesQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string }> } } } | null };

export type AccessNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessNoticeMutation = { recordLeaseNotice: { __typename: 'Lease', noticeDate: string | null, account: { __typename: 'Account', isPublished: boolean } | null } };

export type AccessDepartureMutationVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type AccessDepartureMutation = { recordLeaseDeparture: { __typename: 'Lease', departureDate: string | null, account: { __typename: 'Account', isPublished: boolean } | null } };

export type AccessSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSpacesQuery = { viewer: { __typename: 'Viewer', spaces: Array<Space> } | null };

export type AccessTokenBuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTokenBuildingsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string, lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', code: string }> } }> } };

export type AccessTokenPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTokenPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', displayName: string }> } };

export type AccessTokenOwnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTokenOwnershipsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', account: { __typename: 'Account', number: string } | null, person: { __typename: 'Person', displayName: string } | null }> } }> } }> } };

export type AccessTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTokensQuery = { apiTokens: { __typename: 'ApiTokenConnection', nodes: Array<{ __typename: 'ApiToken', name: string, lastUsedAt: string | null }> } };

export type AccessRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRevokeMutation = { revokeApiToken: { __typename: 'ApiToken', revokedAt: string | null } };

export type AccessTokenCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTokenCodesQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string }> } };

export type AccessOtherAgencyQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessOtherAgencyQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string }> }, people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', displayName: string }> } };

export type ProfileReadQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type ProfileReadQuery = { agencyProfile: { __typename: 'AgencyProfile', name: string, legalName: string | null, legalForm: string | null, siret: string | null, professionalCardNumber: string | null, professionalCardIssuer: string | null, financialGuarantee: string | null, address: string | null, phone: string | null, email: string | null } | null };

export type ProfileUpdateMutationVariables = Exact<{
  input: AgencyProfileInput;
}>;


export type ProfileUpdateMutation = { updateAgencyProfile: { __typename: 'AgencyProfile', name: string, legalName: string | null, legalForm: string | null, siret: string | null, professionalCardNumber: string | null, professionalCardIssuer: string | null, financialGuarantee: string | null, address: string | null, phone: string | null, email: string | null } };

export type ProfileStatementUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileStatementUrlQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', statementPdfUrl: string }> } } } | null };

export type ProfileTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type ProfileTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type SettingsReadQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsReadQuery = { agencySettings: { __typename: 'AgencySettings', accountModuleEnabled: boolean, agencyContactEnabled: boolean, propertiesEnabled: boolean, expenseListEnabled: boolean, worksFundsEnabled: boolean, balancePresentation: BalancePresentation, disableAccessOnSale: boolean, entries: Array<{ __typename: 'AgencySettingEntry', key: string, section: AgencySettingSection, isEnabled: boolean | null, choice: string | null, choices: Array<string> }> } };

export type SettingsUpdateMutationVariables = Exact<{
  input: AgencySettingsInput;
}>;


export type SettingsUpdateMutation = { updateAgencySettings: { __typename: 'AgencySettings', accountModuleEnabled: boolean, agencyContactEnabled: boolean, propertiesEnabled: boolean, expenseListEnabled: boolean, worksFundsEnabled: boolean, balancePresentation: BalancePresentation, disableAccessOnSale: boolean } };

export type SettingsViewerCanQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsViewerCanQuery = { viewer: { __typename: 'Viewer', can: { __typename: 'ViewerCan', manageAgency: boolean, readAccounts: boolean, readAgencyContact: boolean, readProperties: boolean, readWorksFunds: boolean, readExpenseLists: boolean, readDocuments: boolean, readPhotos: boolean, openRequests: boolean, readPartners: boolean, readAnnouncements: boolean, readNewsFeed: boolean } } | null };

export type SettingsCreateTokenMutationVariables = Exact<{
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type SettingsCreateTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type SettingsModuleAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleAccountQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', statement: { __typename: 'AccountStatement', closingBalance: string } }> } } } | null };

export type SettingsModuleContactQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleContactQuery = { viewer: { __typename: 'Viewer', contacts: Array<{ __typename: 'ContactCard', name: string }> } | null };

export type SettingsModulePropertiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModulePropertiesQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', code: string, shares: Array<{ __typename: 'LotShare', shares: string }> } | null }> } } } | null };

export type SettingsModuleWorksFundsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleWorksFundsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', worksFunds: Array<{ __typename: 'BuildingWorksFund', total: string }> | null } } | null };

export type SettingsModuleExpensesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleExpensesQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', councilMemberships: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', building: { __typename: 'Building', expenseList: { __typename: 'ExpenseList', total: string } } | null }> } } } | null };

export type SettingsModuleDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string }> } } | null };

export type SettingsModulePhotosQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModulePhotosQuery = { viewer: { __typename: 'Viewer', photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', caption: string }> } } | null };

export type SettingsModuleNewsFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleNewsFeedQuery = { viewer: { __typename: 'Viewer', newsItems: Array<{ __typename: 'NewsItem', title: string }> } | null };

export type SettingsModuleAnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleAnnouncementsQuery = { viewer: { __typename: 'Viewer', announcements: { __typename: 'AnnouncementConnection', nodes: Array<{ __typename: 'Announcement', title: string }> } } | null };

export type SettingsModulePartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModulePartnersQuery = { partners: { __typename: 'SupplierConnection', nodes: Array<{ __typename: 'Supplier', name: string }> } };

export type SettingsModuleRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleRequestsQuery = { viewer: { __typename: 'Viewer', requests: { __typename: 'ClientRequestConnection', nodes: Array<{ __typename: 'ClientRequest', title: string }> } } | null };

export type SettingsModuleTicketsMutationVariables = Exact<{ [key: string]: never; }>;


export type SettingsModuleTicketsMutation = { setTicketStatus: { __typename: 'Ticket', status: TicketStatus } };

export type ApiTokenCreateMutationVariables = Exact<{
  name: string;
  expiresAt?: string | null | undefined;
}>;


export type ApiTokenCreateMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string, apiToken: { __typename: 'ApiToken', id: string, expiresAt: string | null } } };

export type ApiTokenListQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokenListQuery = { apiTokens: { __typename: 'ApiTokenConnection', nodes: Array<{ __typename: 'ApiToken', id: string, name: string, expiresAt: string | null, revokedAt: string | null }> } };

export type ApiTokenBuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokenBuildingsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string }> } };

export type BulkPeopleFilteredQueryVariables = Exact<{
  buildingId?: string | number | null | undefined;
  role?: PersonRole | null | undefined;
  hasAccess?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type BulkPeopleFilteredQuery = { people: { __typename: 'PersonConnection', totalCount: number | null, nodes: Array<{ __typename: 'Person', displayName: string, roles: Array<PersonRole> | null, extranetAccess: { __typename: 'ExtranetAccess', isEnabled: boolean } | null }> } };

export type BulkEnableMutationVariables = Exact<{
  personIds: Array<string | number> | string | number;
}>;


export type BulkEnableMutation = { enableExtranetAccessInBulk: { __typename: 'BulkAccessGrantPayload', lettersPdfBase64: string, grants: Array<{ __typename: 'AccessGrant', identifier: string, temporaryPassword: string, person: { __typename: 'Person', displayName: string, extranetAccess: { __typename: 'ExtranetAccess', isEnabled: boolean, mustChangePassword: boolean } | null } }> } };

export type BulkDisableMutationVariables = Exact<{
  personIds: Array<string | number> | string | number;
}>;


export type BulkDisableMutation = { disableExtranetAccess: Array<{ __typename: 'Person', displayName: string }> };

export type CollaboratorAddMutationVariables = Exact<{
  input: AddCollaboratorInput;
}>;


export type CollaboratorAddMutation = { addCollaborator: { __typename: 'AccessGrant', identifier: string, temporaryPassword: string, emailedTo: string | null, letterPdfBase64: string, person: { __typename: 'Person', id: string, displayName: string, civility: string, roles: Array<PersonRole> | null } } };

export type CollaboratorListQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaboratorListQuery = { collaborators: { __typename: 'PersonConnection', totalCount: number | null, nodes: Array<{ __typename: 'Person', id: string, displayName: string }> } };

export type CollaboratorRemoveMutationVariables = Exact<{
  personId: string | number;
}>;


export type CollaboratorRemoveMutation = { removeCollaborator: { __typename: 'Person', displayName: string, roles: Array<PersonRole> | null } };

export type CollaboratorViewerCanQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaboratorViewerCanQuery = { viewer: { __typename: 'Viewer', can: { __typename: 'ViewerCan', manageCollaborators: boolean, manageApiTokens: boolean } } | null };

export type CollaboratorTokenMutationVariables = Exact<{
  name: string;
}>;


export type CollaboratorTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type CollaboratorChangePasswordMutationVariables = Exact<{
  current: string;
}>;


export type CollaboratorChangePasswordMutation = { changePassword: { __typename: 'Viewer', mustChangePassword: boolean } };

export type CollaboratorRemoveChangeMutationVariables = Exact<{
  current: string;
}>;


export type CollaboratorRemoveChangeMutation = { changePassword: { __typename: 'Viewer', mustChangePassword: boolean } };

export type PersonByExternalIdLookupQueryVariables = Exact<{
  externalId: string;
}>;


export type PersonByExternalIdLookupQuery = { personByExternalId: { __typename: 'Person', id: string, displayName: string, externalId: string | null } | null };

export type PersonImportUpsertMutationVariables = Exact<{
  persons: Array<PersonInput> | PersonInput;
}>;


export type PersonImportUpsertMutation = { upsertPersons: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type PersonImportTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type PersonImportTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type PersonImportPeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PersonImportPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', externalId: string | null, civility: string, displayName: string, emails: Array<string> | null, phones: Array<string> | null, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string } }> } };

export type PersonImportOwnQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonImportOwnQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', displayName: string, externalId: string | null } } | null };

export type PasswordViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordViewerQuery = { viewer: { __typename: 'Viewer', identifier: string, mustChangePassword: boolean } | null };

export type PasswordChangeMutationVariables = Exact<{
  c: string;
  n: string;
}>;


export type PasswordChangeMutation = { changePassword: { __typename: 'Viewer', mustChangePassword: boolean } };

export type PasswordLoginMutationVariables = Exact<{
  i: string;
  p: string;
}>;


export type PasswordLoginMutation = { login: { __typename: 'LoginPayload', viewer: { __typename: 'Viewer', identifier: string } } };

export type PasswordRequestResetMutationVariables = Exact<{
  i: string;
}>;


export type PasswordRequestResetMutation = { requestPasswordReset: boolean };

export type PasswordResetMutationVariables = Exact<{
  t: string;
  p: string;
}>;


export type PasswordResetMutation = { resetPassword: boolean };

export type PasswordViewerPersonQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordViewerPersonQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', displayName: string } } | null };

export type PasswordViewerSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordViewerSpacesQuery = { viewer: { __typename: 'Viewer', spaces: Array<Space> } | null };

export type PasswordPreferencesMutationVariables = Exact<{ [key: string]: never; }>;


export type PasswordPreferencesMutation = { updateMyPreferences: { __typename: 'Person', displayName: string } };

export type PasswordSpaceQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordSpaceQuery = { viewer: { __typename: 'Viewer', spaces: Array<Space>, person: { __typename: 'Person', displayName: string } } | null };

export type PasswordIssueMutationVariables = Exact<{
  id: string | number;
}>;


export type PasswordIssueMutation = { issueTemporaryPassword: { __typename: 'AccessGrant', identifier: string, temporaryPassword: string, person: { __typename: 'Person', displayName: string } } };

export type PasswordPeopleQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type PasswordPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, displayName: string }> } };

export type PasswordBrouillyQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordBrouillyQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string }> } };

export type PasswordIssueRefusedMutationVariables = Exact<{
  id: string | number;
}>;


export type PasswordIssueRefusedMutation = { issueTemporaryPassword: { __typename: 'AccessGrant', temporaryPassword: string } };

export type PeopleSearchNamesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleSearchNamesQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', displayName: string }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PeopleSearchCountedQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  role?: PersonRole | null | undefined;
}>;


export type PeopleSearchCountedQuery = { people: { __typename: 'PersonConnection', totalCount: number | null, nodes: Array<{ __typename: 'Person', displayName: string }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null } } };

export type PeopleSearchBuildingsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PeopleSearchBuildingsQuery = { buildings: { __typename: 'BuildingConnection', totalCount: number | null, nodes: Array<{ __typename: 'Building', code: string }> } };

export type ResetAbuseRequestMutationVariables = Exact<{
  i: string;
}>;


export type ResetAbuseRequestMutation = { requestPasswordReset: boolean };

export type ResetAbuseResetMutationVariables = Exact<{
  t: string;
  p: string;
}>;


export type ResetAbuseResetMutation = { resetPassword: boolean };

export type ResetAbuseChangeMutationVariables = Exact<{
  c: string;
  n: string;
}>;


export type ResetAbuseChangeMutation = { changePassword: { __typename: 'Viewer', mustChangePassword: boolean } };

export type ResetAbuseDisableMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ResetAbuseDisableMutation = { disableExtranetAccess: Array<{ __typename: 'Person', id: string }> };

export type ResetLinkStatusQueryVariables = Exact<{
  token: string;
}>;


export type ResetLinkStatusQuery = { passwordResetLinkStatus: PasswordResetLinkStatus };

export type ResetLinkRequestMutationVariables = Exact<{
  identifier: string;
}>;


export type ResetLinkRequestMutation = { requestPasswordReset: boolean };

export type ResetLinkResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetLinkResetMutation = { resetPassword: boolean };

export type SignInLoginMutationVariables = Exact<{
  i: string;
  p: string;
}>;


export type SignInLoginMutation = { login: { __typename: 'LoginPayload', viewer: { __typename: 'Viewer', identifier: string, displayName: string, mustChangePassword: boolean, spaces: Array<Space> } } };

export type SignInViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInViewerQuery = { viewer: { __typename: 'Viewer', identifier: string, mustChangePassword: boolean, spaces: Array<Space>, person: { __typename: 'Person', displayName: string } } | null };

export type SignInBuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInBuildingsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string }> } };

export type SignInLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignInLogoutMutation = { logout: boolean };

export type TemporaryPasswordIssueMutationVariables = Exact<{
  id: string | number;
  delivery?: TemporaryPasswordDelivery | null | undefined;
}>;


export type TemporaryPasswordIssueMutation = { issueTemporaryPassword: { __typename: 'AccessGrant', identifier: string, temporaryPassword: string, emailedTo: string | null } };

export type TemporaryPasswordLetterMutationVariables = Exact<{
  id: string | number;
}>;


export type TemporaryPasswordLetterMutation = { issueTemporaryPassword: { __typename: 'AccessGrant', identifier: string, temporaryPassword: string, letterPdfBase64: string } };

export type TemporaryPasswordEnableMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  delivery?: TemporaryPasswordDelivery | null | undefined;
}>;


export type TemporaryPasswordEnableMutation = { enableExtranetAccess: Array<{ __typename: 'AccessGrant', identifier: string, temporaryPassword: string, emailedTo: string | null }> };

export type ThrottleLoginMutationVariables = Exact<{
  i: string;
  p: string;
}>;


export type ThrottleLoginMutation = { login: { __typename: 'LoginPayload', viewer: { __typename: 'Viewer', identifier: string } } };

export type ThrottleChangeMutationVariables = Exact<{
  c: string;
  n: string;
}>;


export type ThrottleChangeMutation = { changePassword: { __typename: 'Viewer', mustChangePassword: boolean } };

export type ThrottleRequestResetMutationVariables = Exact<{
  i: string;
}>;


export type ThrottleRequestResetMutation = { requestPasswordReset: boolean };

export type ThrottleResetMutationVariables = Exact<{
  t: string;
  p: string;
}>;


export type ThrottleResetMutation = { resetPassword: boolean };

export type ViewerCanAllQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCanAllQuery = { viewer: { __typename: 'Viewer', can: { __typename: 'ViewerCan', managePortfolio: boolean, readAccounts: boolean, readWorksFunds: boolean, readExpenseLists: boolean } } | null };

export type ViewerCanStatementQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCanStatementQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', statement: { __typename: 'AccountStatement', closingBalance: string } }> } } } | null };

export type UpsertLeasesBatchMutationVariables = Exact<{
  rows: Array<LeaseInput> | LeaseInput;
}>;


export type UpsertLeasesBatchMutation = { upsertLeases: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type UpsertLeasesMineQueryVariables = Exact<{ [key: string]: never; }>;


export type UpsertLeasesMineQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', isActive: boolean, lot: { __typename: 'Lot', code: string } | null }> } } } | null };

export type UpsertMandatesBatchMutationVariables = Exact<{
  rows: Array<ManagementMandateInput> | ManagementMandateInput;
}>;


export type UpsertMandatesBatchMutation = { upsertManagementMandates: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type UpsertMandatesMineQueryVariables = Exact<{ [key: string]: never; }>;


export type UpsertMandatesMineQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', lots: Array<{ __typename: 'Lot', code: string }> }> } } } | null };

export type ImportTestKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportTestKindsQuery = { importKinds: Array<{ __typename: 'ImportKindInfo', kind: ImportKind, template: string, columns: Array<{ __typename: 'ImportColumn', header: string, format: ImportColumnFormat, isRequired: boolean }> }> };

export type ImportTestPreviewQueryVariables = Exact<{
  kind: ImportKind;
  csv: string;
}>;


export type ImportTestPreviewQuery = { previewImport: { __typename: 'ImportPreview', lineCount: number, isCommittable: boolean, result: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } | null, errors: Array<{ __typename: 'ImportError', line: number | null, column: string | null, reason: string }> } };

export type ImportTestCommitMutationVariables = Exact<{
  kind: ImportKind;
  csv: string;
}>;


export type ImportTestCommitMutation = { commitImport: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type ImportTestTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type ImportTestTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type OnboardingStructureMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
  buildings: Array<BuildingInput> | BuildingInput;
  keys: Array<AllocationKeyInput> | AllocationKeyInput;
}>;


export type OnboardingStructureMutation = { upsertEntities: { __typename: 'ImportResult', created: number }, upsertBuildings: { __typename: 'ImportResult', created: number }, upsertAllocationKeys: { __typename: 'ImportResult', created: number } };

export type OnboardingPreviewQueryVariables = Exact<{
  kind: ImportKind;
  csv: string;
}>;


export type OnboardingPreviewQuery = { previewImport: { __typename: 'ImportPreview', isCommittable: boolean, errors: Array<{ __typename: 'ImportError', line: number | null, column: string | null, reason: string }> } };

export type OnboardingCommitMutationVariables = Exact<{
  kind: ImportKind;
  csv: string;
}>;


export type OnboardingCommitMutation = { commitImport: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type OnboardingPersonQueryVariables = Exact<{
  externalId: string;
}>;


export type OnboardingPersonQuery = { personByExternalId: { __typename: 'Person', id: string } | null };

export type OnboardingEnableMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type OnboardingEnableMutation = { enableExtranetAccess: Array<{ __typename: 'AccessGrant', identifier: string, temporaryPassword: string }> };

export type OnboardingChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type OnboardingChangePasswordMutation = { changePassword: { __typename: 'Viewer', person: { __typename: 'Person', id: string } } };

export type OnboardingMyLotsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingMyLotsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', edges: Array<{ __typename: 'OwnershipEdge', node: { __typename: 'Ownership', lot: { __typename: 'Lot', code: string, shares: Array<{ __typename: 'LotShare', shares: string }> } | null } }> } } } | null };

export type BuildingPageDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildingPageDetailQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building', code: string, allocationKeys: Array<{ __typename: 'AllocationKey', code: string, totalShares: string }>, lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', code: string, shares: Array<{ __typename: 'LotShare', shares: string, allocationKey: { __typename: 'AllocationKey', code: string, totalShares: string } | null }>, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', isActive: boolean, person: { __typename: 'Person', id: string, displayName: string } | null, account: { __typename: 'Account', number: string } | null }> }, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', isActive: boolean, tenant: { __typename: 'Person', id: string, displayName: string } | null }> } }> }, council: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', role: CouncilRole, isActive: boolean, person: { __typename: 'Person', id: string, displayName: string } | null }> }, worksFund: { __typename: 'BuildingWorksFund', total: string, lots: Array<{ __typename: 'LotWorksFund', total: string, lot: { __typename: 'Lot', code: string } | null }> } | null }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type BuildingSearchLiteralQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type BuildingSearchLiteralQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', name: string }> } };

export type ContactCardsQueryVariables = Exact<{
  space: Space;
}>;


export type ContactCardsQuery = { viewer: { __typename: 'Viewer', contacts: Array<{ __typename: 'ContactCard', kind: ContactKind, name: string, email: string | null, phone: string | null, agencyName: string, buildings: Array<{ __typename: 'Building', code: string }> }> } | null };

export type ContactPersonNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactPersonNodeQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person', displayName: string, emails: Array<string> | null, phones: Array<string> | null }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type HomeStatementsHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeStatementsHomeQuery = { viewer: { __typename: 'Viewer', spaces: Array<Space>, person: { __typename: 'Person', displayName: string, emails: Array<string> | null, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', code: string, type: string, building: { __typename: 'Building', code: string, name: string } | null, shares: Array<{ __typename: 'LotShare', shares: string, allocationKey: { __typename: 'AllocationKey', code: string, totalShares: string } | null }> } | null, account: { __typename: 'Account', number: string, balance: string, position: { __typename: 'AccountPosition', amount: string, direction: AccountDirection }, lastPayment: { __typename: 'AccountMovement', date: string, amount: string } | null, nextCall: { __typename: 'AccountMovement', date: string, amount: string } | null } | null }> }, accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', number: string, balance: string, position: { __typename: 'AccountPosition', amount: string, direction: AccountDirection }, lastPayment: { __typename: 'AccountMovement', date: string, amount: string } | null, nextCall: { __typename: 'AccountMovement', date: string, amount: string } | null }> } } } | null };

export type HomeStatementsPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeStatementsPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', displayName: string, roles: Array<PersonRole> | null, extranetAccess: { __typename: 'ExtranetAccess', identifier: string } | null }> } };

export type LotImportSetupMutationVariables = Exact<{
  buildings: Array<BuildingInput> | BuildingInput;
  keys: Array<AllocationKeyInput> | AllocationKeyInput;
}>;


export type LotImportSetupMutation = { upsertBuildings: { __typename: 'ImportResult', created: number }, upsertAllocationKeys: { __typename: 'ImportResult', created: number } };

export type LotImportLotsMutationVariables = Exact<{
  lots: Array<LotInput> | LotInput;
}>;


export type LotImportLotsMutation = { upsertLots: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type LotImportTotalsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type LotImportTotalsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string, allocationKeys: Array<{ __typename: 'AllocationKey', code: string, totalShares: string }>, lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', code: string, type: string, floor: string | null, surface: string | null, rooms: number | null, shares: Array<{ __typename: 'LotShare', shares: string, allocationKey: { __typename: 'AllocationKey', code: string } | null }> }> } }> } };

export type LotImportTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type LotImportTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type PortfolioImportEntitiesMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
}>;


export type PortfolioImportEntitiesMutation = { upsertEntities: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type PortfolioImportBuildingsMutationVariables = Exact<{
  buildings: Array<BuildingInput> | BuildingInput;
}>;


export type PortfolioImportBuildingsMutation = { upsertBuildings: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type PortfolioImportKeysMutationVariables = Exact<{
  keys: Array<AllocationKeyInput> | AllocationKeyInput;
}>;


export type PortfolioImportKeysMutation = { upsertAllocationKeys: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type PortfolioImportReadQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PortfolioImportReadQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', code: string, name: string, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string }, syndicate: { __typename: 'Syndicate', code: string, name: string, iban: string | null, bic: string | null } | null, allocationKeys: Array<{ __typename: 'AllocationKey', code: string, label: string }> }> } };

export type PortfolioImportTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type PortfolioImportTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type UpsertCouncilBatchMutationVariables = Exact<{
  rows: Array<CouncilMembershipInput> | CouncilMembershipInput;
}>;


export type UpsertCouncilBatchMutation = { upsertCouncilMemberships: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type UpsertCouncilMyBuildingQueryVariables = Exact<{ [key: string]: never; }>;


export type UpsertCouncilMyBuildingQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', councilMemberships: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', role: CouncilRole, isActive: boolean }> } } } | null };

export type UpsertOwnershipsBatchMutationVariables = Exact<{
  rows: Array<OwnershipInput> | OwnershipInput;
}>;


export type UpsertOwnershipsBatchMutation = { upsertOwnerships: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type UpsertOwnershipsMyLotsQueryVariables = Exact<{ [key: string]: never; }>;


export type UpsertOwnershipsMyLotsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string, isActive: boolean, lot: { __typename: 'Lot', code: string } | null }> }, accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', number: string }> } } } | null };

export type UpsertOwnershipsSaleMutationVariables = Exact<{
  id: string | number;
  date: string;
  buyer?: SaleBuyerInput | null | undefined;
}>;


export type UpsertOwnershipsSaleMutation = { recordSale: { __typename: 'Ownership', endDate: string | null, isActive: boolean } };

export type RegularisationTestDemoQueryVariables = Exact<{ [key: string]: never; }>;


export type RegularisationTestDemoQuery = { chargeRegularisations: { __typename: 'ChargeRegularisationConnection', nodes: Array<{ __typename: 'ChargeRegularisation', periodStart: string, periodEnd: string, periodDays: number, status: RegularisationStatus, lot: { __typename: 'Lot', code: string } | null, records: Array<{ __typename: 'TenantRegularisation', days: number, total: string, provisions: string, regularisation: string, instalments: number, currentMonthlyProvision: string, newMonthlyProvision: string | null, status: RegularisationStatus, tenant: { __typename: 'Person', displayName: string } | null }> }> } };

export type RegularisationTestImportEntriesMutationVariables = Exact<{
  entries: Array<LedgerEntryInput> | LedgerEntryInput;
}>;


export type RegularisationTestImportEntriesMutation = { importLedgerEntries: { __typename: 'ImportResult', created: number, unchanged: number } };

export type RegularisationTestOwnerBillMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RegularisationTestOwnerBillMutation = { billTenantRegularisations: Array<{ __typename: 'TenantRegularisation', id: string, statementPdfUrl: string | null, isStatementPublished: boolean }> };

export type RegularisationTestOwnerDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegularisationTestOwnerDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', id: string, title: string }> } } | null };

export type RegularisationTestOwnerNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RegularisationTestOwnerNodeQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document', title: string }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type RegularisationTestOwnerBinderRightsMutationVariables = Exact<{
  input: SetBinderRightsInput;
}>;


export type RegularisationTestOwnerBinderRightsMutation = { setBinderRights: { __typename: 'Binder', id: string } };

export type RegularisationTestBillStatementMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RegularisationTestBillStatementMutation = { billTenantRegularisations: Array<{ __typename: 'TenantRegularisation', id: string, status: RegularisationStatus, statementPdfUrl: string | null, isStatementPublished: boolean }> };

export type RegularisationTestPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type RegularisationTestPreviewQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation', statementPdfUrl: string | null, isStatementPublished: boolean }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type RegularisationTestMyDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegularisationTestMyDocumentsQuery = { viewer: { __typename: 'Viewer', documents: { __typename: 'DocumentConnection', nodes: Array<{ __typename: 'Document', title: string, downloadUrl: string }> } } | null };

export type RegularisationTestBinderRightsMutationVariables = Exact<{
  input: SetBinderRightsInput;
}>;


export type RegularisationTestBinderRightsMutation = { setBinderRights: { __typename: 'Binder', id: string } };

export type RequestRightsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestRightsNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', title: string, id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', fileName: string, id: string }
    | { __typename: 'RequestMessage', text: string, isInternal: boolean, id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type RequestRightsNestedQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestRightsNestedQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest', lot: { __typename: 'Lot', code: string, building: { __typename: 'Building', code: string } | null } | null, author: { __typename: 'RequestParticipant', displayName: string } | null, messages: { __typename: 'RequestMessageConnection', nodes: Array<{ __typename: 'RequestMessage', text: string, isInternal: boolean, attachments: Array<{ __typename: 'RequestAttachment', fileName: string }> }> } }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type RequestRightsSeenQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestRightsSeenQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest', status: RequestStatus, updatedAt: string }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type RequestRightsCanQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestRightsCanQuery = { viewer: { __typename: 'Viewer', can: { __typename: 'ViewerCan', openRequests: boolean, manageRequests: boolean } } | null };

export type TestSuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type TestSuppliersQuery = { suppliers: { __typename: 'SupplierConnection', nodes: Array<{ __typename: 'Supplier', name: string, isPartner: boolean }> } };

export type TestTicketSwitchNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type TestTicketSwitchNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type TestTicketsCanQueryVariables = Exact<{ [key: string]: never; }>;


export type TestTicketsCanQuery = { viewer: { __typename: 'Viewer', can: { __typename: 'ViewerCan', manageTickets: boolean } } | null };

export type TestTicketNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type TestTicketNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type AssemblyTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type AssemblyTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type AssemblyCreateMutationVariables = Exact<{
  input: CreateGeneralAssemblyInput;
}>;


export type AssemblyCreateMutation = { createGeneralAssembly: { __typename: 'GeneralAssembly', id: string, postalVoteDeadline: string, attendance: { __typename: 'AttendanceSummary', total: { __typename: 'Headcount', count: number, shares: string } } | null, participants: { __typename: 'AssemblyParticipantConnection', nodes: Array<{ __typename: 'AssemblyParticipant', id: string, displayName: string, shares: string, person: { __typename: 'Person', id: string } | null }> } } };

export type AssemblyAddResolutionMutationVariables = Exact<{
  input: AddResolutionInput;
}>;


export type AssemblyAddResolutionMutation = { addResolution: { __typename: 'Resolution', id: string, number: string } };

export type AssemblyReportQueryVariables = Exact<{
  id: string | number;
}>;


export type AssemblyReportQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly', title: string, reportPublishedAt: string | null, minutesDocument: { __typename: 'Document', id: string, title: string } | null, attendanceSheetDocument: { __typename: 'Document', id: string, title: string } | null, resolutions: Array<{ __typename: 'Resolution', number: string, result: { __typename: 'ResolutionResult', outcome: ResolutionOutcome } | null }>, report: { __typename: 'AssemblyReport', publishedAt: string | null, remoteVoters: Array<string>, absentees: Array<string>, attendance: { __typename: 'AttendanceSummary', absent: { __typename: 'Headcount', count: number, shares: string }, present: { __typename: 'Headcount', count: number, shares: string }, remote: { __typename: 'Headcount', count: number, shares: string }, represented: { __typename: 'Headcount', count: number, shares: string }, postal: { __typename: 'Headcount', count: number, shares: string }, total: { __typename: 'Headcount', count: number, shares: string } }, postalVoters: Array<{ __typename: 'ReportAttendee', displayName: string, postalFormReceivedOn: string | null, postalFormValid: boolean | null, attendanceText: string }>, represented: Array<{ __typename: 'ReportAttendee', displayName: string, proxyHolderName: string | null, attendanceText: string }>, arrivals: Array<{ __typename: 'ReportMovement', displayName: string, resolutionNumber: string, time: string, status: PresenceMode | null }>, departures: Array<{ __typename: 'ReportMovement', displayName: string, resolutionNumber: string, time: string }>, resolutions: Array<{ __typename: 'ReportResolution', verdict: string, articleLabel: string, hasSecondVote: boolean, resolution: { __typename: 'Resolution', number: string }, result: { __typename: 'ResolutionResult', decidingArticle: MajorityArticle, opponents: Array<string>, defaillants: Array<string>, yes: { __typename: 'Headcount', count: number, shares: string }, no: { __typename: 'Headcount', count: number, shares: string }, absent: { __typename: 'Headcount', count: number, shares: string }, secondVote: { __typename: 'VoteTally', article: MajorityArticle, adopted: boolean } | null } }> } | null }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type AssemblyPublishReportMutationVariables = Exact<{
  id: string | number;
}>;


export type AssemblyPublishReportMutation = { publishAssemblyReport: { __typename: 'GeneralAssembly', id: string, reportPublishedAt: string | null, minutesDocument: { __typename: 'Document', title: string } | null } };

export type AssemblyReportAttendanceMutationVariables = Exact<{
  input: SetAttendanceInput;
}>;


export type AssemblyReportAttendanceMutation = { setAttendance: { __typename: 'GeneralAssembly', id: string } };

export type AssemblyReportPostalMutationVariables = Exact<{
  input: RecordPostalVoteInput;
}>;


export type AssemblyReportPostalMutation = { recordPostalVote: { __typename: 'AssemblyParticipant', id: string } };

export type AssemblyReportVotesMutationVariables = Exact<{
  input: RecordVotesInput;
}>;


export type AssemblyReportVotesMutation = { recordVotes: { __typename: 'Resolution', id: string } };

export type AssemblySetAttendanceMutationVariables = Exact<{
  input: SetAttendanceInput;
}>;


export type AssemblySetAttendanceMutation = { setAttendance: { __typename: 'GeneralAssembly', attendance: { __typename: 'AttendanceSummary', absent: { __typename: 'Headcount', count: number, shares: string }, present: { __typename: 'Headcount', count: number, shares: string }, represented: { __typename: 'Headcount', count: number, shares: string }, remote: { __typename: 'Headcount', count: number, shares: string }, postal: { __typename: 'Headcount', count: number, shares: string }, total: { __typename: 'Headcount', count: number, shares: string } } | null } };

export type AssemblyRecordPostalMutationVariables = Exact<{
  input: RecordPostalVoteInput;
}>;


export type AssemblyRecordPostalMutation = { recordPostalVote: { __typename: 'AssemblyParticipant', status: AttendanceStatus, postalFormReceivedOn: string | null, postalFormValid: boolean | null } };

export type AssemblyRecordVotesMutationVariables = Exact<{
  input: RecordVotesInput;
}>;


export type AssemblyRecordVotesMutation = { recordVotes: { __typename: 'Resolution', number: string, result: { __typename: 'ResolutionResult', outcome: ResolutionOutcome, decidingArticle: MajorityArticle, opponents: Array<string>, members: { __typename: 'Headcount', count: number, shares: string }, yes: { __typename: 'Headcount', count: number, shares: string }, no: { __typename: 'Headcount', count: number, shares: string }, absent: { __typename: 'Headcount', count: number, shares: string }, firstVote: { __typename: 'VoteTally', article: MajorityArticle, adopted: boolean }, secondVote: { __typename: 'VoteTally', article: MajorityArticle, adopted: boolean } | null } | null } };

export type AssemblyUnanimousMutationVariables = Exact<{
  input: RecordUnanimousVoteInput;
}>;


export type AssemblyUnanimousMutation = { recordUnanimousVote: { __typename: 'Resolution', result: { __typename: 'ResolutionResult', outcome: ResolutionOutcome, decidingArticle: MajorityArticle, yes: { __typename: 'Headcount', count: number, shares: string }, no: { __typename: 'Headcount', count: number, shares: string }, secondVote: { __typename: 'VoteTally', article: MajorityArticle, adopted: boolean } | null } | null } };

export type BuildersViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BuildersViewerQuery = { viewer: { __typename: 'Viewer', identifier: string, spaces: Array<Space>, person: { __typename: 'Person', displayName: string, roles: Array<PersonRole> | null, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', lot: { __typename: 'Lot', code: string } | null, account: { __typename: 'Account', number: string, balance: string } | null }> } } } | null };

export type BuildersNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildersNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type BuildersPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type BuildersPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', roles: Array<PersonRole> | null }> } };

export type TestPublishDocumentMutationVariables = Exact<{
  input: PublishDocumentInput;
}>;


export type TestPublishDocumentMutation = { publishDocument: { __typename: 'Document', id: string, title: string, fileName: string, byteSize: number, publishedOn: string, expiresOn: string | null, isPublished: boolean, downloadUrl: string, sha256: string | null, path: Array<string> } };

export type TestBindersQueryVariables = Exact<{
  space: Space;
}>;


export type TestBindersQuery = { viewer: { __typename: 'Viewer', binders: Array<{ __typename: 'Binder', id: string, name: string, module: BinderModule }> } | null };

export type TestCreateBinderMutationVariables = Exact<{
  input: CreateBinderInput;
}>;


export type TestCreateBinderMutation = { createBinder: { __typename: 'Binder', id: string } };

export type TestSetDocumentsPublishedMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  isPublished: boolean;
}>;


export type TestSetDocumentsPublishedMutation = { setDocumentsPublished: Array<{ __typename: 'Document', id: string, isPublished: boolean }> };

export type ForbiddenPeopleQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type ForbiddenPeopleQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string }> } };

export type ForbiddenPersonOwnershipsQueryVariables = Exact<{
  id: string | number;
}>;


export type ForbiddenPersonOwnershipsQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person', ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string, lot: { __typename: 'Lot', id: string, building: { __typename: 'Building', id: string } | null } | null, account: { __typename: 'Account', id: string } | null }> } }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type ForbiddenPersonLeasesQueryVariables = Exact<{
  id: string | number;
}>;


export type ForbiddenPersonLeasesQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person', leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string, account: { __typename: 'Account', id: string } | null }> } }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type ForbiddenPersonMandatesQueryVariables = Exact<{
  id: string | number;
}>;


export type ForbiddenPersonMandatesQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest' }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person', mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', account: { __typename: 'Account', id: string } | null }> } }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type ForbiddenBuildingIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForbiddenBuildingIdsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', id: string }> } };

export type ForbiddenNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ForbiddenNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type ForbiddenSaleMutationVariables = Exact<{
  id: string | number;
}>;


export type ForbiddenSaleMutation = { recordSale: { __typename: 'Ownership', endDate: string | null } };

export type HarnessLoginMutationVariables = Exact<{
  identifier: string;
  password: string;
}>;


export type HarnessLoginMutation = { login: { __typename: 'LoginPayload', viewer: { __typename: 'Viewer', identifier: string } } };

export type TestPublishPhotoMutationVariables = Exact<{
  input: PublishPhotoInput;
}>;


export type TestPublishPhotoMutation = { publishPhoto: { __typename: 'Photo', id: string, caption: string, fileName: string, contentType: string, byteSize: number, width: number, height: number, thumbnailWidth: number, thumbnailHeight: number, url: string, thumbnailUrl: string, building: { __typename: 'Building', id: string } | null } };

export type TestDeletePhotosMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TestDeletePhotosMutation = { deletePhotos: number };

export type RegularisationTestRecordFragment = { __typename: 'TenantRegularisation', id: string, days: number, isDeparted: boolean, isSkipped: boolean, isCreditor: boolean, share: string, chargesTotal: string, waterTotal: string, total: string, provisions: string, retained: string, regularisation: string, billedAmount: string | null, instalments: number, currentMonthlyProvision: string, newMonthlyProvision: string | null, status: RegularisationStatus, tenant: { __typename: 'Person', id: string, displayName: string, externalId: string | null } | null, lease: { __typename: 'Lease', id: string } | null, lines: Array<{ __typename: 'RegularisationLine', label: string, days: number, periodDays: number, share: string, totalAmount: string, amountDue: string }>, water: Array<{ __typename: 'RegularisationWaterLine', label: string, indexStart: string, indexEnd: string, consumption: string, unitPrice: string, amountDue: string }> };

export type RegularisationTestCreateMutationVariables = Exact<{
  input: CreateChargeRegularisationInput;
}>;


export type RegularisationTestCreateMutation = { createChargeRegularisation: { __typename: 'ChargeRegularisation', id: string, periodStart: string, periodEnd: string, periodDays: number, status: RegularisationStatus, lot: { __typename: 'Lot', code: string, regularisedOn: string | null } | null, records: Array<{ __typename: 'TenantRegularisation', id: string, days: number, isDeparted: boolean, isSkipped: boolean, isCreditor: boolean, share: string, chargesTotal: string, waterTotal: string, total: string, provisions: string, retained: string, regularisation: string, billedAmount: string | null, instalments: number, currentMonthlyProvision: string, newMonthlyProvision: string | null, status: RegularisationStatus, tenant: { __typename: 'Person', id: string, displayName: string, externalId: string | null } | null, lease: { __typename: 'Lease', id: string } | null, lines: Array<{ __typename: 'RegularisationLine', label: string, days: number, periodDays: number, share: string, totalAmount: string, amountDue: string }>, water: Array<{ __typename: 'RegularisationWaterLine', label: string, indexStart: string, indexEnd: string, consumption: string, unitPrice: string, amountDue: string }> }> } };

export type RegularisationTestCreateManyMutationVariables = Exact<{
  inputs: Array<CreateChargeRegularisationInput> | CreateChargeRegularisationInput;
}>;


export type RegularisationTestCreateManyMutation = { createChargeRegularisations: Array<{ __typename: 'ChargeRegularisation', id: string, periodDays: number, lot: { __typename: 'Lot', code: string } | null, records: Array<{ __typename: 'TenantRegularisation', id: string, days: number, isDeparted: boolean, isSkipped: boolean, isCreditor: boolean, share: string, chargesTotal: string, waterTotal: string, total: string, provisions: string, retained: string, regularisation: string, billedAmount: string | null, instalments: number, currentMonthlyProvision: string, newMonthlyProvision: string | null, status: RegularisationStatus, tenant: { __typename: 'Person', id: string, displayName: string, externalId: string | null } | null, lease: { __typename: 'Lease', id: string } | null, lines: Array<{ __typename: 'RegularisationLine', label: string, days: number, periodDays: number, share: string, totalAmount: string, amountDue: string }>, water: Array<{ __typename: 'RegularisationWaterLine', label: string, indexStart: string, indexEnd: string, consumption: string, unitPrice: string, amountDue: string }> }> }> };

export type RegularisationTestUpdateRegularisationMutationVariables = Exact<{
  input: UpdateChargeRegularisationInput;
}>;


export type RegularisationTestUpdateRegularisationMutation = { updateChargeRegularisation: { __typename: 'ChargeRegularisation', id: string, periodStart: string, periodEnd: string, periodDays: number, status: RegularisationStatus, records: Array<{ __typename: 'TenantRegularisation', isProvisionsEntered: boolean, id: string, days: number, isDeparted: boolean, isSkipped: boolean, isCreditor: boolean, share: string, chargesTotal: string, waterTotal: string, total: string, provisions: string, retained: string, regularisation: string, billedAmount: string | null, instalments: number, currentMonthlyProvision: string, newMonthlyProvision: string | null, status: RegularisationStatus, tenant: { __typename: 'Person', id: string, displayName: string, externalId: string | null } | null, lease: { __typename: 'Lease', id: string } | null, lines: Array<{ __typename: 'RegularisationLine', label: string, days: number, periodDays: number, share: string, totalAmount: string, amountDue: string }>, water: Array<{ __typename: 'RegularisationWaterLine', label: string, indexStart: string, indexEnd: string, consumption: string, unitPrice: string, amountDue: string }> }> } };

export type RegularisationTestUpdateMutationVariables = Exact<{
  input: UpdateTenantRegularisationInput;
}>;


export type RegularisationTestUpdateMutation = { updateTenantRegularisation: { __typename: 'TenantRegularisation', id: string, days: number, isDeparted: boolean, isSkipped: boolean, isCreditor: boolean, share: string, chargesTotal: string, waterTotal: string, total: string, provisions: string, retained: string, regularisation: string, billedAmount: string | null, instalments: number, currentMonthlyProvision: string, newMonthlyProvision: string | null, status: RegularisationStatus, tenant: { __typename: 'Person', id: string, displayName: string, externalId: string | null } | null, lease: { __typename: 'Lease', id: string } | null, lines: Array<{ __typename: 'RegularisationLine', label: string, days: number, periodDays: number, share: string, totalAmount: string, amountDue: string }>, water: Array<{ __typename: 'RegularisationWaterLine', label: string, indexStart: string, indexEnd: string, consumption: string, unitPrice: string, amountDue: string }> } };

export type RegularisationTestValidateMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RegularisationTestValidateMutation = { validateTenantRegularisations: Array<{ __typename: 'TenantRegularisation', id: string, status: RegularisationStatus }> };

export type RegularisationTestBillMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RegularisationTestBillMutation = { billTenantRegularisations: Array<{ __typename: 'TenantRegularisation', id: string, days: number, isDeparted: boolean, isSkipped: boolean, isCreditor: boolean, share: string, chargesTotal: string, waterTotal: string, total: string, provisions: string, retained: string, regularisation: string, billedAmount: string | null, instalments: number, currentMonthlyProvision: string, newMonthlyProvision: string | null, status: RegularisationStatus, tenant: { __typename: 'Person', id: string, displayName: string, externalId: string | null } | null, lease: { __typename: 'Lease', id: string } | null, lines: Array<{ __typename: 'RegularisationLine', label: string, days: number, periodDays: number, share: string, totalAmount: string, amountDue: string }>, water: Array<{ __typename: 'RegularisationWaterLine', label: string, indexStart: string, indexEnd: string, consumption: string, unitPrice: string, amountDue: string }> }> };

export type RegularisationTestDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type RegularisationTestDeleteMutation = { deleteChargeRegularisation: boolean };

export type RegularisationTestListQueryVariables = Exact<{ [key: string]: never; }>;


export type RegularisationTestListQuery = { chargeRegularisations: { __typename: 'ChargeRegularisationConnection', nodes: Array<{ __typename: 'ChargeRegularisation', id: string, status: RegularisationStatus, records: Array<{ __typename: 'TenantRegularisation', id: string }> }> } };

export type RegularisationTestNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RegularisationTestNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', periodDays: number, id: string }
    | { __typename: 'ClientRequest', id: string }
    | { __typename: 'CouncilMembership', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Expense', id: string }
    | { __typename: 'FiscalYear', id: string }
    | { __typename: 'GeneralAssembly', id: string }
    | { __typename: 'Lease', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'ManagementMandate', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', regularisation: string, id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type RegularisationTestTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type RegularisationTestTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type RelationBatchTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type RelationBatchTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type TestOpenRequestMutationVariables = Exact<{
  input: OpenRequestInput;
}>;


export type TestOpenRequestMutation = { openRequest: { __typename: 'ClientRequest', id: string, title: string, category: RequestCategory, status: RequestStatus, lot: { __typename: 'Lot', id: string, code: string } | null, building: { __typename: 'Building', id: string, code: string } | null, author: { __typename: 'RequestParticipant', id: string, displayName: string } | null } };

export type TestPostRequestMessageMutationVariables = Exact<{
  input: PostRequestMessageInput;
}>;


export type TestPostRequestMessageMutation = { postRequestMessage: { __typename: 'RequestMessage', id: string, text: string, isInternal: boolean, author: { __typename: 'RequestParticipant', displayName: string } | null, attachments: Array<{ __typename: 'RequestAttachment', id: string, fileName: string, contentType: string, byteSize: number, url: string }> } };

export type TestSetRequestStatusMutationVariables = Exact<{
  input: SetRequestStatusInput;
}>;


export type TestSetRequestStatusMutation = { setRequestStatus: { __typename: 'ClientRequest', id: string, status: RequestStatus } };

export type TestAssignRequestMutationVariables = Exact<{
  input: AssignRequestInput;
}>;


export type TestAssignRequestMutation = { assignRequest: { __typename: 'ClientRequest', id: string, assignee: { __typename: 'RequestParticipant', id: string, displayName: string } | null } };

export type TestRequestThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type TestRequestThreadQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest', id: string, title: string, status: RequestStatus, author: { __typename: 'RequestParticipant', displayName: string } | null, assignee: { __typename: 'RequestParticipant', displayName: string } | null, messages: { __typename: 'RequestMessageConnection', nodes: Array<{ __typename: 'RequestMessage', id: string, text: string, isInternal: boolean, author: { __typename: 'RequestParticipant', displayName: string } | null, attachments: Array<{ __typename: 'RequestAttachment', fileName: string, url: string }> }> } }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type TestMyRequestsQueryVariables = Exact<{
  status?: RequestStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TestMyRequestsQuery = { viewer: { __typename: 'Viewer', requests: { __typename: 'ClientRequestConnection', totalCount: number | null, nodes: Array<{ __typename: 'ClientRequest', id: string, title: string, status: RequestStatus, messages: { __typename: 'RequestMessageConnection', nodes: Array<{ __typename: 'RequestMessage', text: string, isInternal: boolean }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type TestInboxQueryVariables = Exact<{
  status?: RequestStatus | null | undefined;
  buildingId?: string | number | null | undefined;
  category?: RequestCategory | null | undefined;
  assigneeId?: string | number | null | undefined;
  openedBefore?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TestInboxQuery = { requests: { __typename: 'ClientRequestConnection', totalCount: number | null, countsByStatus: Array<{ __typename: 'RequestStatusCount', status: RequestStatus, count: number }>, nodes: Array<{ __typename: 'ClientRequest', id: string, title: string, status: RequestStatus, category: RequestCategory }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RequestTestTokenMutationVariables = Exact<{
  name: string;
  scopes: Array<IntegratorScope> | IntegratorScope;
}>;


export type RequestTestTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string } };

export type TestCreateSupplierMutationVariables = Exact<{
  input: SupplierInput;
}>;


export type TestCreateSupplierMutation = { createSupplier: { __typename: 'Supplier', id: string, name: string, isPartner: boolean } };

export type TestCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type TestCreateTicketMutation = { createTicket: { __typename: 'Ticket', id: string, status: TicketStatus, description: string | null, supplier: { __typename: 'Supplier', name: string } | null } };

export type TestSetTicketStatusMutationVariables = Exact<{
  input: SetTicketStatusInput;
}>;


export type TestSetTicketStatusMutation = { setTicketStatus: { __typename: 'Ticket', id: string, status: TicketStatus } };

export type TestAddTicketDocumentMutationVariables = Exact<{
  input: AddTicketDocumentInput;
}>;


export type TestAddTicketDocumentMutation = { addTicketDocument: { __typename: 'TicketDocument', id: string, kind: TicketDocumentKind, fileName: string, amount: string | null, url: string } };

export type TestRequestTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type TestRequestTicketQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation' }
    | { __typename: 'ClientRequest', ticket: { __typename: 'Ticket', id: string, status: TicketStatus, description: string | null, supplier: { __typename: 'Supplier', name: string, trade: string } | null, documents: Array<{ __typename: 'TicketDocument', kind: TicketDocumentKind, amount: string | null }> } | null }
    | { __typename: 'CouncilMembership' }
    | { __typename: 'Document' }
    | { __typename: 'Expense' }
    | { __typename: 'FiscalYear' }
    | { __typename: 'GeneralAssembly' }
    | { __typename: 'Lease' }
    | { __typename: 'Lot' }
    | { __typename: 'ManagementMandate' }
    | { __typename: 'Ownership' }
    | { __typename: 'Person' }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type TestPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type TestPartnersQuery = { partners: { __typename: 'SupplierConnection', nodes: Array<{ __typename: 'Supplier', name: string, trade: string }> } };

export const RegularisationTestRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegularisationTestRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RegularisationTestRecordFragment, unknown>;
export const AccountPositionOwnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPositionOwn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountPositionOwnQuery, AccountPositionOwnQueryVariables>;
export const AccountPositionTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPositionTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountPositionTotalsQuery, AccountPositionTotalsQueryVariables>;
export const AccountPositionNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPositionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountPositionNodeQuery, AccountPositionNodeQueryVariables>;
export const AccountPositionFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPositionFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountPositionFundsQuery, AccountPositionFundsQueryVariables>;
export const AccountPositionUpsertFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountPositionUpsertFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorksFundLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertWorksFundLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<AccountPositionUpsertFundsMutation, AccountPositionUpsertFundsMutationVariables>;
export const RenderingImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenderingImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<RenderingImportMutation, RenderingImportMutationVariables>;
export const AccountBatchesAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountBatchesAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accounts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<AccountBatchesAccountsMutation, AccountBatchesAccountsMutationVariables>;
export const AccountBatchesYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountBatchesYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalYearInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertFiscalYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<AccountBatchesYearsMutation, AccountBatchesYearsMutationVariables>;
export const AccountBatchesFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountBatchesFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorksFundLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertWorksFundLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<AccountBatchesFundsMutation, AccountBatchesFundsMutationVariables>;
export const AccountBatchesExpensesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountBatchesExpenses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertExpenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expenses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<AccountBatchesExpensesMutation, AccountBatchesExpensesMutationVariables>;
export const AccountBatchesEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountBatchesEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<AccountBatchesEntriesMutation, AccountBatchesEntriesMutationVariables>;
export const InvoiceFilesUpsertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceFilesUpsert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertExpenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expenses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<InvoiceFilesUpsertMutation, InvoiceFilesUpsertMutationVariables>;
export const InvoiceFilesAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceFilesAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accounts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<InvoiceFilesAccountsMutation, InvoiceFilesAccountsMutationVariables>;
export const LedgerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<LedgerImportMutation, LedgerImportMutationVariables>;
export const LedgerCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LedgerCreateTokenMutation, LedgerCreateTokenMutationVariables>;
export const LedgerForbiddenAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerForbiddenAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accounts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<LedgerForbiddenAccountsMutation, LedgerForbiddenAccountsMutationVariables>;
export const LedgerForbiddenYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerForbiddenYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalYearInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertFiscalYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<LedgerForbiddenYearsMutation, LedgerForbiddenYearsMutationVariables>;
export const LedgerForbiddenExpensesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerForbiddenExpenses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertExpenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expenses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<LedgerForbiddenExpensesMutation, LedgerForbiddenExpensesMutationVariables>;
export const LedgerForbiddenFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerForbiddenFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorksFundLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertWorksFundLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<LedgerForbiddenFundsMutation, LedgerForbiddenFundsMutationVariables>;
export const LedgerOwnAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerOwnAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerOwnAccountsQuery, LedgerOwnAccountsQueryVariables>;
export const LedgerPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountsPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"isPublished"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPublished"}}]}}]}}]} as unknown as DocumentNode<LedgerPublishMutation, LedgerPublishMutationVariables>;
export const LedgerPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"COOWNER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerPeopleQuery, LedgerPeopleQueryVariables>;
export const LedgerUpsertAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerUpsertAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accounts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<LedgerUpsertAccountsMutation, LedgerUpsertAccountsMutationVariables>;
export const LedgerUpsertYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerUpsertYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalYearInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertFiscalYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<LedgerUpsertYearsMutation, LedgerUpsertYearsMutationVariables>;
export const LedgerUpsertFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerUpsertFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorksFundLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertWorksFundLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<LedgerUpsertFundsMutation, LedgerUpsertFundsMutationVariables>;
export const LedgerUpsertExpensesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerUpsertExpenses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertExpenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expenses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<LedgerUpsertExpensesMutation, LedgerUpsertExpensesMutationVariables>;
export const ReportsWorksFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsWorksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsWorksFundsQuery, ReportsWorksFundsQueryVariables>;
export const ReportsPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"CLIQUOT","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsPeopleQuery, ReportsPeopleQueryVariables>;
export const ReportsPersonFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsPersonFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsPersonFundsQuery, ReportsPersonFundsQueryVariables>;
export const ReportsCouncilFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsCouncilFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"worksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsCouncilFundsQuery, ReportsCouncilFundsQueryVariables>;
export const ReportsExpenseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsExpenseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"canReadExpenseList"}},{"kind":"Field","name":{"kind":"Name","value":"expenseList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountLabel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"recoverable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceUrl"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsExpenseListQuery, ReportsExpenseListQueryVariables>;
export const ReportsCoOwnerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsCoOwnerList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canReadExpenseList"}},{"kind":"Field","name":{"kind":"Name","value":"expenseList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsCoOwnerListQuery, ReportsCoOwnerListQueryVariables>;
export const ReportsCoOwnerCanReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsCoOwnerCanRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canReadExpenseList"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsCoOwnerCanReadQuery, ReportsCoOwnerCanReadQueryVariables>;
export const ReportsUpsertExpenseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsUpsertExpense"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertExpenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expenses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<ReportsUpsertExpenseMutation, ReportsUpsertExpenseMutationVariables>;
export const ReportsExportUrlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsExportUrls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statementCsvUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}]}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsExportUrlsQuery, ReportsExportUrlsQueryVariables>;
export const StatementOwnerAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementOwnerAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"presentation"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementOwnerAccountQuery, StatementOwnerAccountQueryVariables>;
export const StatementBalanceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementBalanceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementBalanceHistoryQuery, StatementBalanceHistoryQueryVariables>;
export const StatementImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<StatementImportMutation, StatementImportMutationVariables>;
export const StatementTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementTenantQuery, StatementTenantQueryVariables>;
export const StatementPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2000-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2030-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementPageQuery, StatementPageQueryVariables>;
export const StatementClientAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementClientAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementClientAccountsQuery, StatementClientAccountsQueryVariables>;
export const StatementPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isPublished"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountsPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"isPublished"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPublished"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPublished"}}]}}]}}]} as unknown as DocumentNode<StatementPublishMutation, StatementPublishMutationVariables>;
export const StatementNodeIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementNodeId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StatementNodeIdQuery, StatementNodeIdQueryVariables>;
export const StatementAccountNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementAccountNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<StatementAccountNodeQuery, StatementAccountNodeQueryVariables>;
export const AnnouncementPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnnouncementPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"publishOn"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AnnouncementPublishMutation, AnnouncementPublishMutationVariables>;
export const AnnouncementViewerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementViewerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAnnouncements"}},{"kind":"Field","name":{"kind":"Name","value":"manageAnnouncements"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnnouncementViewerListQuery, AnnouncementViewerListQueryVariables>;
export const AnnouncementRootListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementRootList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AnnouncementRootListQuery, AnnouncementRootListQueryVariables>;
export const AnnouncementNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AnnouncementNodeQuery, AnnouncementNodeQueryVariables>;
export const AnnouncementDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnnouncementDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AnnouncementDeleteMutation, AnnouncementDeleteMutationVariables>;
export const NewsFeedItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewsFeedItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readNewsFeed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newsItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}}]}}]} as unknown as DocumentNode<NewsFeedItemsQuery, NewsFeedItemsQueryVariables>;
export const NewsFeedSetUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewsFeedSetUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNewsFeedUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<NewsFeedSetUrlMutation, NewsFeedSetUrlMutationVariables>;
export const NewsFeedReadUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewsFeedReadUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<NewsFeedReadUrlQuery, NewsFeedReadUrlQueryVariables>;
export const OfficeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgencyOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}}]}}]}}]} as unknown as DocumentNode<OfficeCreateMutation, OfficeCreateMutationVariables>;
export const OfficeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}}]}}]}}]} as unknown as DocumentNode<OfficeUpdateMutation, OfficeUpdateMutationVariables>;
export const OfficeDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgencyOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<OfficeDeleteMutation, OfficeDeleteMutationVariables>;
export const OfficeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyOffices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeListQuery, OfficeListQueryVariables>;
export const OfficeNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeNodeQuery, OfficeNodeQueryVariables>;
export const OfficeProfileUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeProfileUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apeCode"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}}]}}]}}]} as unknown as DocumentNode<OfficeProfileUpdateMutation, OfficeProfileUpdateMutationVariables>;
export const AssemblyReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssemblyRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyReadQuery, AssemblyReadQueryVariables>;
export const AssemblyCastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyCast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastPostalVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castPostalVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"castAt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyCastMutation, AssemblyCastMutationVariables>;
export const AssemblyPublishConvocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyPublishConvocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishConvocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"convocationsPublishedAt"}}]}}]}}]} as unknown as DocumentNode<AssemblyPublishConvocationsMutation, AssemblyPublishConvocationsMutationVariables>;
export const AssemblyConvocationDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssemblyConvocationDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyConvocationDocumentQuery, AssemblyConvocationDocumentQueryVariables>;
export const DemoAssembliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoAssemblies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generalAssemblies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"postalVoteDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"isPostalVoteOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoAssembliesQuery, DemoAssembliesQueryVariables>;
export const RemoteProviderTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoteProviderToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteProviderTokenMutation, RemoteProviderTokenMutationVariables>;
export const RemoteHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoteHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandAssemblyToProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handAssemblyToProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handedToProviderAt"}}]}}]}}]} as unknown as DocumentNode<RemoteHandMutation, RemoteHandMutationVariables>;
export const RemoteCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemoteCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generalAssemblies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAccessCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoteCodesQuery, RemoteCodesQueryVariables>;
export const RemoteMarkAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoteMarkAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllPresent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"EnumValue","value":"REMOTE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoteMarkAllMutation, RemoteMarkAllMutationVariables>;
export const RemoteImportVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoteImportVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoteImportVotesMutation, RemoteImportVotesMutationVariables>;
export const AssemblyReportListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssemblyReportList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generalAssemblies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyReportListQuery, AssemblyReportListQueryVariables>;
export const StatementsAllPresentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementsAllPresent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllPresent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"EnumValue","value":"PRESENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StatementsAllPresentMutation, StatementsAllPresentMutationVariables>;
export const StatementsBallotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementsBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<StatementsBallotMutation, StatementsBallotMutationVariables>;
export const StatementsResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsResultsQuery, StatementsResultsQueryVariables>;
export const StatementsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsReportQuery, StatementsReportQueryVariables>;
export const ForbiddenCoOwnerNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenCoOwnerNested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenCoOwnerNestedQuery, ForbiddenCoOwnerNestedQueryVariables>;
export const ForbiddenCoOwnerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenCoOwnerKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalShares"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenCoOwnerKeyQuery, ForbiddenCoOwnerKeyQueryVariables>;
export const ForbiddenCoOwnerPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenCoOwnerPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenCoOwnerPeopleQuery, ForbiddenCoOwnerPeopleQueryVariables>;
export const ForbiddenCoOwnerBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenCoOwnerBuildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenCoOwnerBuildingsQuery, ForbiddenCoOwnerBuildingsQueryVariables>;
export const ForbiddenCoOwnerTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenCoOwnerTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenCoOwnerTokensQuery, ForbiddenCoOwnerTokensQueryVariables>;
export const ForbiddenCoOwnerDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForbiddenCoOwnerDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ForbiddenCoOwnerDisableMutation, ForbiddenCoOwnerDisableMutationVariables>;
export const ForbiddenCoOwnerOwnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenCoOwnerOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenCoOwnerOwnershipsQuery, ForbiddenCoOwnerOwnershipsQueryVariables>;
export const ForbiddenCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenCouncilQuery, ForbiddenCouncilQueryVariables>;
export const ForbiddenContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenContactsQuery, ForbiddenContactsQueryVariables>;
export const ForbiddenBankDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenBank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"syndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"bic"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenBankQuery, ForbiddenBankQueryVariables>;
export const ForbiddenManagerBankDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenManagerBank"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iban"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenManagerBankQuery, ForbiddenManagerBankQueryVariables>;
export const ForbiddenWrongTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForbiddenWrongType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<ForbiddenWrongTypeMutation, ForbiddenWrongTypeMutationVariables>;
export const ForbiddenAnonymousPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForbiddenAnonymousPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notifyNewDocuments"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ForbiddenAnonymousPreferencesMutation, ForbiddenAnonymousPreferencesMutationVariables>;
export const ForbiddenOtherSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenOtherSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"cliquot","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenOtherSearchQuery, ForbiddenOtherSearchQueryVariables>;
export const ForbiddenOtherEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForbiddenOtherEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<ForbiddenOtherEnableMutation, ForbiddenOtherEnableMutationVariables>;
export const ForbiddenOwnerTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenOwnerTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenOwnerTenantsQuery, ForbiddenOwnerTenantsQueryVariables>;
export const ForbiddenTenantOwnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenTenantOwn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenTenantOwnQuery, ForbiddenTenantOwnQueryVariables>;
export const BinderRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BinderRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameBinder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"binderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}}]}}]}}]} as unknown as DocumentNode<BinderRenameMutation, BinderRenameMutationVariables>;
export const BinderDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BinderDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBinder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"binderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<BinderDeleteMutation, BinderDeleteMutationVariables>;
export const BinderDeleteDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BinderDeleteDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<BinderDeleteDocumentsMutation, BinderDeleteDocumentsMutationVariables>;
export const BinderSetRightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BinderSetRights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBinderRightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBinderRights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicLevel"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"}}]}}]}}]}}]} as unknown as DocumentNode<BinderSetRightsMutation, BinderSetRightsMutationVariables>;
export const BinderClientDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BinderClientDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BinderClientDocumentsQuery, BinderClientDocumentsQueryVariables>;
export const BinderExpenseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BinderExpenseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canReadExpenseList"}}]}}]}}]}}]} as unknown as DocumentNode<BinderExpenseListQuery, BinderExpenseListQueryVariables>;
export const BinderIntegratorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BinderIntegratorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<BinderIntegratorListQuery, BinderIntegratorListQueryVariables>;
export const BinderCreateAsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BinderCreateAs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBinderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBinder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BinderCreateAsMutation, BinderCreateAsMutationVariables>;
export const BinderEmptyOnesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BinderEmptyOnes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"EnumValue","value":"SYNDIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}}]}}]}}]}}]} as unknown as DocumentNode<BinderEmptyOnesQuery, BinderEmptyOnesQueryVariables>;
export const ListRegenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListRegenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateCoOwnerLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildingIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ListRegenerateMutation, ListRegenerateMutationVariables>;
export const ListMyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListMyDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListMyDocumentsQuery, ListMyDocumentsQueryVariables>;
export const ListUpsertPersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListUpsertPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"persons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"persons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"persons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]} as unknown as DocumentNode<ListUpsertPersonsMutation, ListUpsertPersonsMutationVariables>;
export const ListSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberships"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMembershipInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCouncilMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberships"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberships"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<ListSeatMutation, ListSeatMutationVariables>;
export const ListSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buyer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleBuyerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"saleDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"buyer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buyer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<ListSaleMutation, ListSaleMutationVariables>;
export const ListWorksFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListWorksFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorksFundLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertWorksFundLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]} as unknown as DocumentNode<ListWorksFundMutation, ListWorksFundMutationVariables>;
export const DemoMyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoMyDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoMyDocumentsQuery, DemoMyDocumentsQueryVariables>;
export const DemoMyBindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoMyBinders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoMyBindersQuery, DemoMyBindersQueryVariables>;
export const DemoManagerDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoManagerDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoManagerDocumentsQuery, DemoManagerDocumentsQueryVariables>;
export const DemoPhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailWidth"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailHeight"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoPhotosQuery, DemoPhotosQueryVariables>;
export const BatchPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BatchPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishDocumentInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}}]}}]}}]} as unknown as DocumentNode<BatchPublishMutation, BatchPublishMutationVariables>;
export const BatchMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchMineQuery, BatchMineQueryVariables>;
export const NotifyPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notifyNewDocuments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<NotifyPreferencesMutation, NotifyPreferencesMutationVariables>;
export const NotifyBinderDefaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyBinderDefault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBinderRightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBinderRights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notifyByDefault"}}]}}]}}]}}]} as unknown as DocumentNode<NotifyBinderDefaultMutation, NotifyBinderDefaultMutationVariables>;
export const NotifyCreateBinderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyCreateBinder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBinderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBinder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyByDefault"}}]}}]}}]}}]} as unknown as DocumentNode<NotifyCreateBinderMutation, NotifyCreateBinderMutationVariables>;
export const NotifyDocumentChoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotifyDocumentChoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notify"}}]}}]}}]}}]} as unknown as DocumentNode<NotifyDocumentChoiceQuery, NotifyDocumentChoiceQueryVariables>;
export const PublishTestCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishTestCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishTestCountQuery, PublishTestCountQueryVariables>;
export const RightsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RightsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RightsListQuery, RightsListQueryVariables>;
export const RightsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RightsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RightsNodeQuery, RightsNodeQueryVariables>;
export const RightsBindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RightsBinders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RightsBindersQuery, RightsBindersQueryVariables>;
export const RightsNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RightsNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RightsNestedQuery, RightsNestedQueryVariables>;
export const DocumentSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentSearchQuery, DocumentSearchQueryVariables>;
export const DocumentSearchMyPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentSearchMyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentSearchMyPersonQuery, DocumentSearchMyPersonQueryVariables>;
export const PersonDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonDocumentsQuery, PersonDocumentsQueryVariables>;
export const AgencyWideBindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyWideBinders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"EnumValue","value":"SYNDIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgencyWide"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyWideBindersQuery, AgencyWideBindersQueryVariables>;
export const StatementsDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsDocumentsQuery, StatementsDocumentsQueryVariables>;
export const StatementsBindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsBinders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"EnumValue","value":"SYNDIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}}]}}]}}]}}]} as unknown as DocumentNode<StatementsBindersQuery, StatementsBindersQueryVariables>;
export const StatementsBinderPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsBinderPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"EnumValue","value":"SYNDIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsBinderPagesQuery, StatementsBinderPagesQueryVariables>;
export const StatementsBinderFilteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsBinderFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"binderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsBinderFilteredQuery, StatementsBinderFilteredQueryVariables>;
export const StatementsManagerDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsManagerDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicLevel"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsManagerDocumentsQuery, StatementsManagerDocumentsQueryVariables>;
export const PhotoPublishCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhotoPublishCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhotoPublishCountQuery, PhotoPublishCountQueryVariables>;
export const PhotoRightsViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhotoRightsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhotoRightsViewerQuery, PhotoRightsViewerQueryVariables>;
export const PhotoRightsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhotoRightsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]} as unknown as DocumentNode<PhotoRightsNodeQuery, PhotoRightsNodeQueryVariables>;
export const PhotoRightsThroughLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhotoRightsThroughLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhotoRightsThroughLotsQuery, PhotoRightsThroughLotsQueryVariables>;
export const PhotoRightsNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhotoRightsNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhotoRightsNestedQuery, PhotoRightsNestedQueryVariables>;
export const PhotoRightsRootDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhotoRightsRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]} as unknown as DocumentNode<PhotoRightsRootQuery, PhotoRightsRootQueryVariables>;
export const StatementsPhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsPhotosQuery, StatementsPhotosQueryVariables>;
export const StatementsBuildingPhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsBuildingPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsBuildingPhotosQuery, StatementsBuildingPhotosQueryVariables>;
export const PagedPhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PagedPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PagedPhotosQuery, PagedPhotosQueryVariables>;
export const ForgedLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgedLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<ForgedLoginMutation, ForgedLoginMutationVariables>;
export const ForgedBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForgedBuildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ForgedBuildingsQuery, ForgedBuildingsQueryVariables>;
export const ForgedNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForgedNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ForgedNodeQuery, ForgedNodeQueryVariables>;
export const ForgedStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForgedStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForgedStatementQuery, ForgedStatementQueryVariables>;
export const LimitsPageSizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsPageSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"101"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsPageSizeQuery, LimitsPageSizeQueryVariables>;
export const LimitsForgedCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsForgedCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"StringValue","value":"forged","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsForgedCursorQuery, LimitsForgedCursorQueryVariables>;
export const LimitsMalformedUuidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsMalformedUuid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LimitsMalformedUuidQuery, LimitsMalformedUuidQueryVariables>;
export const LimitsPeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsPeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsPeoplePageQuery, LimitsPeoplePageQueryVariables>;
export const LimitsPeopleByRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsPeopleByRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsPeopleByRoleQuery, LimitsPeopleByRoleQueryVariables>;
export const HttpSecurityLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HttpSecurityLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<HttpSecurityLoginMutation, HttpSecurityLoginMutationVariables>;
export const HttpSecurityCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HttpSecurityCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Http security","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<HttpSecurityCreateTokenMutation, HttpSecurityCreateTokenMutationVariables>;
export const AccessViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<AccessViewerQuery, AccessViewerQueryVariables>;
export const AccessPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessPeopleQuery, AccessPeopleQueryVariables>;
export const AccessEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessEnableMutation, AccessEnableMutationVariables>;
export const AccessOwnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessOwnershipsQuery, AccessOwnershipsQueryVariables>;
export const AccessSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"saleDate"},"value":{"kind":"StringValue","value":"2026-11-25","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<AccessSaleMutation, AccessSaleMutationVariables>;
export const AccessCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCreateTokenMutation, AccessCreateTokenMutationVariables>;
export const AccessViewerPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessViewerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AccessViewerPersonQuery, AccessViewerPersonQueryVariables>;
export const AccessDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<AccessDisableMutation, AccessDisableMutationVariables>;
export const AccessEnableIdentifiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessEnableIdentifiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<AccessEnableIdentifiersMutation, AccessEnableIdentifiersMutationVariables>;
export const AccessChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"StringValue","value":"Elsa-Palier-2","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<AccessChangePasswordMutation, AccessChangePasswordMutationVariables>;
export const AccessLeasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLeases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLeasesQuery, AccessLeasesQueryVariables>;
export const AccessNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeaseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"noticeDate"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPublished"}}]}}]}}]}}]} as unknown as DocumentNode<AccessNoticeMutation, AccessNoticeMutationVariables>;
export const AccessDepartureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessDeparture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeaseDeparture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"departureDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPublished"}}]}}]}}]}}]} as unknown as DocumentNode<AccessDepartureMutation, AccessDepartureMutationVariables>;
export const AccessSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"}}]}}]}}]} as unknown as DocumentNode<AccessSpacesQuery, AccessSpacesQueryVariables>;
export const AccessTokenBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTokenBuildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessTokenBuildingsQuery, AccessTokenBuildingsQueryVariables>;
export const AccessTokenPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTokenPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AccessTokenPeopleQuery, AccessTokenPeopleQueryVariables>;
export const AccessTokenOwnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTokenOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessTokenOwnershipsQuery, AccessTokenOwnershipsQueryVariables>;
export const AccessTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AccessTokensQuery, AccessTokensQueryVariables>;
export const AccessRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AccessRevokeMutation, AccessRevokeMutationVariables>;
export const AccessTokenCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTokenCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccessTokenCodesQuery, AccessTokenCodesQueryVariables>;
export const AccessOtherAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessOtherAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"CLIQUOT","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AccessOtherAgencyQuery, AccessOtherAgencyQueryVariables>;
export const ProfileReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"financialGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ProfileReadQuery, ProfileReadQueryVariables>;
export const ProfileUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfileUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"financialGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ProfileUpdateMutation, ProfileUpdateMutationVariables>;
export const ProfileStatementUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileStatementUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfileStatementUrlQuery, ProfileStatementUrlQueryVariables>;
export const ProfileTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfileToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Profil","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PORTFOLIO_WRITE"},{"kind":"EnumValue","value":"PEOPLE_READ"},{"kind":"EnumValue","value":"PORTFOLIO_READ"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ProfileTokenMutation, ProfileTokenMutationVariables>;
export const SettingsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountModuleEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"agencyContactEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"propertiesEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"expenseListEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"worksFundsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"balancePresentation"}},{"kind":"Field","name":{"kind":"Name","value":"disableAccessOnSale"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsReadQuery, SettingsReadQueryVariables>;
export const SettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountModuleEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"agencyContactEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"propertiesEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"expenseListEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"worksFundsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"balancePresentation"}},{"kind":"Field","name":{"kind":"Name","value":"disableAccessOnSale"}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateMutation, SettingsUpdateMutationVariables>;
export const SettingsViewerCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsViewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageAgency"}},{"kind":"Field","name":{"kind":"Name","value":"readAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"readAgencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"readProperties"}},{"kind":"Field","name":{"kind":"Name","value":"readWorksFunds"}},{"kind":"Field","name":{"kind":"Name","value":"readExpenseLists"}},{"kind":"Field","name":{"kind":"Name","value":"readDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"readPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"openRequests"}},{"kind":"Field","name":{"kind":"Name","value":"readPartners"}},{"kind":"Field","name":{"kind":"Name","value":"readAnnouncements"}},{"kind":"Field","name":{"kind":"Name","value":"readNewsFeed"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsViewerCanQuery, SettingsViewerCanQueryVariables>;
export const SettingsCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Paramètres","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SettingsCreateTokenMutation, SettingsCreateTokenMutationVariables>;
export const SettingsModuleAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModuleAccountQuery, SettingsModuleAccountQueryVariables>;
export const SettingsModuleContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"EnumValue","value":"SYNDIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModuleContactQuery, SettingsModuleContactQueryVariables>;
export const SettingsModulePropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModulePropertiesQuery, SettingsModulePropertiesQueryVariables>;
export const SettingsModuleWorksFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleWorksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModuleWorksFundsQuery, SettingsModuleWorksFundsQueryVariables>;
export const SettingsModuleExpensesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleExpenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expenseList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModuleExpensesQuery, SettingsModuleExpensesQueryVariables>;
export const SettingsModuleDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModuleDocumentsQuery, SettingsModuleDocumentsQueryVariables>;
export const SettingsModulePhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModulePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModulePhotosQuery, SettingsModulePhotosQueryVariables>;
export const SettingsModuleNewsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleNewsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModuleNewsFeedQuery, SettingsModuleNewsFeedQueryVariables>;
export const SettingsModuleAnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleAnnouncements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModuleAnnouncementsQuery, SettingsModuleAnnouncementsQueryVariables>;
export const SettingsModulePartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModulePartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModulePartnersQuery, SettingsModulePartnersQueryVariables>;
export const SettingsModuleRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsModuleRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsModuleRequestsQuery, SettingsModuleRequestsQueryVariables>;
export const SettingsModuleTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsModuleTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"StringValue","value":"not-a-ticket","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DONE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SettingsModuleTicketsMutation, SettingsModuleTicketsMutationVariables>;
export const ApiTokenCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PORTFOLIO_READ"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenCreateMutation, ApiTokenCreateMutationVariables>;
export const ApiTokenListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokenList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenListQuery, ApiTokenListQueryVariables>;
export const ApiTokenBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokenBuildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenBuildingsQuery, ApiTokenBuildingsQueryVariables>;
export const BulkPeopleFilteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkPeopleFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasAccess"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"hasAccess"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasAccess"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BulkPeopleFilteredQuery, BulkPeopleFilteredQueryVariables>;
export const BulkEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableExtranetAccessInBulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lettersPdfBase64"}}]}}]}}]} as unknown as DocumentNode<BulkEnableMutation, BulkEnableMutationVariables>;
export const BulkDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<BulkDisableMutation, BulkDisableMutationVariables>;
export const CollaboratorAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollaboratorAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCollaboratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCollaborator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"emailedTo"}},{"kind":"Field","name":{"kind":"Name","value":"letterPdfBase64"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<CollaboratorAddMutation, CollaboratorAddMutationVariables>;
export const CollaboratorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollaboratorList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CollaboratorListQuery, CollaboratorListQueryVariables>;
export const CollaboratorRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollaboratorRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCollaborator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<CollaboratorRemoveMutation, CollaboratorRemoveMutationVariables>;
export const CollaboratorViewerCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollaboratorViewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageCollaborators"}},{"kind":"Field","name":{"kind":"Name","value":"manageApiTokens"}}]}}]}}]}}]} as unknown as DocumentNode<CollaboratorViewerCanQuery, CollaboratorViewerCanQueryVariables>;
export const CollaboratorTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollaboratorToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PEOPLE_READ"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<CollaboratorTokenMutation, CollaboratorTokenMutationVariables>;
export const CollaboratorChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollaboratorChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"StringValue","value":"Nouveau-Gestion-1","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<CollaboratorChangePasswordMutation, CollaboratorChangePasswordMutationVariables>;
export const CollaboratorRemoveChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollaboratorRemoveChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"StringValue","value":"Nouveau-Gestion-2","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<CollaboratorRemoveChangeMutation, CollaboratorRemoveChangeMutationVariables>;
export const PersonByExternalIdLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonByExternalIdLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]} as unknown as DocumentNode<PersonByExternalIdLookupQuery, PersonByExternalIdLookupQueryVariables>;
export const PersonImportUpsertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonImportUpsert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"persons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"persons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"persons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<PersonImportUpsertMutation, PersonImportUpsertMutationVariables>;
export const PersonImportTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonImportToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<PersonImportTokenMutation, PersonImportTokenMutationVariables>;
export const PersonImportPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonImportPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonImportPeopleQuery, PersonImportPeopleQueryVariables>;
export const PersonImportOwnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonImportOwn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<PersonImportOwnQuery, PersonImportOwnQueryVariables>;
export const PasswordViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<PasswordViewerQuery, PasswordViewerQueryVariables>;
export const PasswordChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<PasswordChangeMutation, PasswordChangeMutationVariables>;
export const PasswordLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordLoginMutation, PasswordLoginMutationVariables>;
export const PasswordRequestResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordRequestReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}]}]}}]} as unknown as DocumentNode<PasswordRequestResetMutation, PasswordRequestResetMutationVariables>;
export const PasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}]}}]} as unknown as DocumentNode<PasswordResetMutation, PasswordResetMutationVariables>;
export const PasswordViewerPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordViewerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordViewerPersonQuery, PasswordViewerPersonQueryVariables>;
export const PasswordViewerSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordViewerSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"}}]}}]}}]} as unknown as DocumentNode<PasswordViewerSpacesQuery, PasswordViewerSpacesQueryVariables>;
export const PasswordPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notifyNewDocuments"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PasswordPreferencesMutation, PasswordPreferencesMutationVariables>;
export const PasswordSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordSpace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordSpaceQuery, PasswordSpaceQueryVariables>;
export const PasswordIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordIssueMutation, PasswordIssueMutationVariables>;
export const PasswordPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordPeopleQuery, PasswordPeopleQueryVariables>;
export const PasswordBrouillyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordBrouilly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"brouilly","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordBrouillyQuery, PasswordBrouillyQueryVariables>;
export const PasswordIssueRefusedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordIssueRefused"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<PasswordIssueRefusedMutation, PasswordIssueRefusedMutationVariables>;
export const PeopleSearchNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleSearchNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleSearchNamesQuery, PeopleSearchNamesQueryVariables>;
export const PeopleSearchCountedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleSearchCounted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleSearchCountedQuery, PeopleSearchCountedQueryVariables>;
export const PeopleSearchBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleSearchBuildings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleSearchBuildingsQuery, PeopleSearchBuildingsQueryVariables>;
export const ResetAbuseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAbuseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}]}]}}]} as unknown as DocumentNode<ResetAbuseRequestMutation, ResetAbuseRequestMutationVariables>;
export const ResetAbuseResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAbuseReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}]}}]} as unknown as DocumentNode<ResetAbuseResetMutation, ResetAbuseResetMutationVariables>;
export const ResetAbuseChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAbuseChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ResetAbuseChangeMutation, ResetAbuseChangeMutationVariables>;
export const ResetAbuseDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAbuseDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetAbuseDisableMutation, ResetAbuseDisableMutationVariables>;
export const ResetLinkStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResetLinkStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetLinkStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<ResetLinkStatusQuery, ResetLinkStatusQueryVariables>;
export const ResetLinkRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetLinkRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}}]}]}}]} as unknown as DocumentNode<ResetLinkRequestMutation, ResetLinkRequestMutationVariables>;
export const ResetLinkResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetLinkReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetLinkResetMutation, ResetLinkResetMutationVariables>;
export const SignInLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"spaces"}}]}}]}}]}}]} as unknown as DocumentNode<SignInLoginMutation, SignInLoginMutationVariables>;
export const SignInViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spaces"}}]}}]}}]} as unknown as DocumentNode<SignInViewerQuery, SignInViewerQueryVariables>;
export const SignInBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInBuildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignInBuildingsQuery, SignInBuildingsQueryVariables>;
export const SignInLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignInLogoutMutation, SignInLogoutMutationVariables>;
export const TemporaryPasswordIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TemporaryPasswordIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TemporaryPasswordDelivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"emailedTo"}}]}}]}}]} as unknown as DocumentNode<TemporaryPasswordIssueMutation, TemporaryPasswordIssueMutationVariables>;
export const TemporaryPasswordLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TemporaryPasswordLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"letterPdfBase64"}}]}}]}}]} as unknown as DocumentNode<TemporaryPasswordLetterMutation, TemporaryPasswordLetterMutationVariables>;
export const TemporaryPasswordEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TemporaryPasswordEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TemporaryPasswordDelivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"emailedTo"}}]}}]}}]} as unknown as DocumentNode<TemporaryPasswordEnableMutation, TemporaryPasswordEnableMutationVariables>;
export const ThrottleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThrottleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<ThrottleLoginMutation, ThrottleLoginMutationVariables>;
export const ThrottleChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThrottleChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ThrottleChangeMutation, ThrottleChangeMutationVariables>;
export const ThrottleRequestResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThrottleRequestReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}]}]}}]} as unknown as DocumentNode<ThrottleRequestResetMutation, ThrottleRequestResetMutationVariables>;
export const ThrottleResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThrottleReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}]}}]} as unknown as DocumentNode<ThrottleResetMutation, ThrottleResetMutationVariables>;
export const ViewerCanAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCanAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managePortfolio"}},{"kind":"Field","name":{"kind":"Name","value":"readAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"readWorksFunds"}},{"kind":"Field","name":{"kind":"Name","value":"readExpenseLists"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerCanAllQuery, ViewerCanAllQueryVariables>;
export const ViewerCanStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCanStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerCanStatementQuery, ViewerCanStatementQueryVariables>;
export const UpsertLeasesBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLeasesBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLeases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<UpsertLeasesBatchMutation, UpsertLeasesBatchMutationVariables>;
export const UpsertLeasesMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpsertLeasesMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpsertLeasesMineQuery, UpsertLeasesMineQueryVariables>;
export const UpsertMandatesBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertMandatesBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManagementMandateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertManagementMandates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mandates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<UpsertMandatesBatchMutation, UpsertMandatesBatchMutationVariables>;
export const UpsertMandatesMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpsertMandatesMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpsertMandatesMineQuery, UpsertMandatesMineQueryVariables>;
export const ImportTestKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTestKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}}]}}]}}]}}]} as unknown as DocumentNode<ImportTestKindsQuery, ImportTestKindsQueryVariables>;
export const ImportTestPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTestPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"isCommittable"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportTestPreviewQuery, ImportTestPreviewQueryVariables>;
export const ImportTestCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTestCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<ImportTestCommitMutation, ImportTestCommitMutationVariables>;
export const ImportTestTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTestToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ImportTestTokenMutation, ImportTestTokenMutationVariables>;
export const OnboardingStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardingStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entities"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuildingInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationKeyInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upsertBuildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upsertAllocationKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<OnboardingStructureMutation, OnboardingStructureMutationVariables>;
export const OnboardingPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnboardingPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isCommittable"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<OnboardingPreviewQuery, OnboardingPreviewQueryVariables>;
export const OnboardingCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardingCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<OnboardingCommitMutation, OnboardingCommitMutationVariables>;
export const OnboardingPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnboardingPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OnboardingPersonQuery, OnboardingPersonQueryVariables>;
export const OnboardingEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardingEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<OnboardingEnableMutation, OnboardingEnableMutationVariables>;
export const OnboardingChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardingChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OnboardingChangePasswordMutation, OnboardingChangePasswordMutationVariables>;
export const OnboardingMyLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnboardingMyLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OnboardingMyLotsQuery, OnboardingMyLotsQueryVariables>;
export const BuildingPageDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildingPageDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksFund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildingPageDetailQuery, BuildingPageDetailQueryVariables>;
export const BuildingSearchLiteralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildingSearchLiteral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BuildingSearchLiteralQuery, BuildingSearchLiteralQueryVariables>;
export const ContactCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactCardsQuery, ContactCardsQueryVariables>;
export const ContactPersonNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactPersonNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]}}]} as unknown as DocumentNode<ContactPersonNodeQuery, ContactPersonNodeQueryVariables>;
export const HomeStatementsHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeStatementsHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeStatementsHomeQuery, HomeStatementsHomeQueryVariables>;
export const HomeStatementsPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeStatementsPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"e","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeStatementsPeopleQuery, HomeStatementsPeopleQueryVariables>;
export const LotImportSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LotImportSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuildingInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationKeyInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertBuildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upsertAllocationKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<LotImportSetupMutation, LotImportSetupMutationVariables>;
export const LotImportLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LotImportLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lots"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lots"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lots"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<LotImportLotsMutation, LotImportLotsMutationVariables>;
export const LotImportTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotImportTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"surface"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotImportTotalsQuery, LotImportTotalsQueryVariables>;
export const LotImportTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LotImportToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LotImportTokenMutation, LotImportTokenMutationVariables>;
export const PortfolioImportEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortfolioImportEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entities"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<PortfolioImportEntitiesMutation, PortfolioImportEntitiesMutationVariables>;
export const PortfolioImportBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortfolioImportBuildings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuildingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertBuildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<PortfolioImportBuildingsMutation, PortfolioImportBuildingsMutationVariables>;
export const PortfolioImportKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortfolioImportKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationKeyInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAllocationKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<PortfolioImportKeysMutation, PortfolioImportKeysMutationVariables>;
export const PortfolioImportReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioImportRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"bic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioImportReadQuery, PortfolioImportReadQueryVariables>;
export const PortfolioImportTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortfolioImportToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<PortfolioImportTokenMutation, PortfolioImportTokenMutationVariables>;
export const UpsertCouncilBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertCouncilBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMembershipInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCouncilMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberships"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<UpsertCouncilBatchMutation, UpsertCouncilBatchMutationVariables>;
export const UpsertCouncilMyBuildingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpsertCouncilMyBuilding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpsertCouncilMyBuildingQuery, UpsertCouncilMyBuildingQueryVariables>;
export const UpsertOwnershipsBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertOwnershipsBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OwnershipInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertOwnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownerships"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<UpsertOwnershipsBatchMutation, UpsertOwnershipsBatchMutationVariables>;
export const UpsertOwnershipsMyLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpsertOwnershipsMyLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpsertOwnershipsMyLotsQuery, UpsertOwnershipsMyLotsQueryVariables>;
export const UpsertOwnershipsSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertOwnershipsSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buyer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleBuyerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"saleDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"buyer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buyer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<UpsertOwnershipsSaleMutation, UpsertOwnershipsSaleMutationVariables>;
export const RegularisationTestDemoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationTestDemo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationTestDemoQuery, RegularisationTestDemoQueryVariables>;
export const RegularisationTestImportEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestImportEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<RegularisationTestImportEntriesMutation, RegularisationTestImportEntriesMutationVariables>;
export const RegularisationTestOwnerBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestOwnerBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billTenantRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isStatementPublished"}}]}}]}}]} as unknown as DocumentNode<RegularisationTestOwnerBillMutation, RegularisationTestOwnerBillMutationVariables>;
export const RegularisationTestOwnerDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationTestOwnerDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationTestOwnerDocumentsQuery, RegularisationTestOwnerDocumentsQueryVariables>;
export const RegularisationTestOwnerNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationTestOwnerNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationTestOwnerNodeQuery, RegularisationTestOwnerNodeQueryVariables>;
export const RegularisationTestOwnerBinderRightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestOwnerBinderRights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBinderRightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBinderRights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegularisationTestOwnerBinderRightsMutation, RegularisationTestOwnerBinderRightsMutationVariables>;
export const RegularisationTestBillStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestBillStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billTenantRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isStatementPublished"}}]}}]}}]} as unknown as DocumentNode<RegularisationTestBillStatementMutation, RegularisationTestBillStatementMutationVariables>;
export const RegularisationTestPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationTestPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isStatementPublished"}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationTestPreviewQuery, RegularisationTestPreviewQueryVariables>;
export const RegularisationTestMyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationTestMyDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationTestMyDocumentsQuery, RegularisationTestMyDocumentsQueryVariables>;
export const RegularisationTestBinderRightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestBinderRights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBinderRightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBinderRights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegularisationTestBinderRightsMutation, RegularisationTestBinderRightsMutationVariables>;
export const RequestRightsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestRightsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAttachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]} as unknown as DocumentNode<RequestRightsNodeQuery, RequestRightsNodeQueryVariables>;
export const RequestRightsNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestRightsNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestRightsNestedQuery, RequestRightsNestedQueryVariables>;
export const RequestRightsSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestRightsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequestRightsSeenQuery, RequestRightsSeenQueryVariables>;
export const RequestRightsCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestRightsCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRequests"}},{"kind":"Field","name":{"kind":"Name","value":"manageRequests"}}]}}]}}]}}]} as unknown as DocumentNode<RequestRightsCanQuery, RequestRightsCanQueryVariables>;
export const TestSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestSuppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]}}]}}]} as unknown as DocumentNode<TestSuppliersQuery, TestSuppliersQueryVariables>;
export const TestTicketSwitchNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestTicketSwitchNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestTicketSwitchNodeQuery, TestTicketSwitchNodeQueryVariables>;
export const TestTicketsCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestTicketsCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageTickets"}}]}}]}}]}}]} as unknown as DocumentNode<TestTicketsCanQuery, TestTicketsCanQueryVariables>;
export const TestTicketNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestTicketNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestTicketNodeQuery, TestTicketNodeQueryVariables>;
export const AssemblyTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AssemblyTokenMutation, AssemblyTokenMutationVariables>;
export const AssemblyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGeneralAssemblyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGeneralAssembly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postalVoteDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyCreateMutation, AssemblyCreateMutationVariables>;
export const AssemblyAddResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyAddResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AssemblyAddResolutionMutation, AssemblyAddResolutionMutationVariables>;
export const AssemblyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssemblyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remoteVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}},{"kind":"Field","name":{"kind":"Name","value":"postalVoters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrivals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"articleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecondVote"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyReportQuery, AssemblyReportQueryVariables>;
export const AssemblyPublishReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyPublishReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssemblyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyPublishReportMutation, AssemblyPublishReportMutationVariables>;
export const AssemblyReportAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyReportAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssemblyReportAttendanceMutation, AssemblyReportAttendanceMutationVariables>;
export const AssemblyReportPostalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyReportPostal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPostalVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPostalVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssemblyReportPostalMutation, AssemblyReportPostalMutationVariables>;
export const AssemblyReportVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyReportVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssemblyReportVotesMutation, AssemblyReportVotesMutationVariables>;
export const AssemblySetAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblySetAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssemblySetAttendanceMutation, AssemblySetAttendanceMutationVariables>;
export const AssemblyRecordPostalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyRecordPostal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPostalVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPostalVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}}]}}]}}]} as unknown as DocumentNode<AssemblyRecordPostalMutation, AssemblyRecordPostalMutationVariables>;
export const AssemblyRecordVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyRecordVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"firstVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyRecordVotesMutation, AssemblyRecordVotesMutationVariables>;
export const AssemblyUnanimousDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssemblyUnanimous"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordUnanimousVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordUnanimousVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssemblyUnanimousMutation, AssemblyUnanimousMutationVariables>;
export const BuildersViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildersViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"spaces"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildersViewerQuery, BuildersViewerQueryVariables>;
export const BuildersNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildersNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BuildersNodeQuery, BuildersNodeQueryVariables>;
export const BuildersPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildersPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<BuildersPeopleQuery, BuildersPeopleQueryVariables>;
export const TestPublishDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPublishDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<TestPublishDocumentMutation, TestPublishDocumentMutationVariables>;
export const TestBindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestBinders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"module"}}]}}]}}]}}]} as unknown as DocumentNode<TestBindersQuery, TestBindersQueryVariables>;
export const TestCreateBinderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateBinder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBinderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBinder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestCreateBinderMutation, TestCreateBinderMutationVariables>;
export const TestSetDocumentsPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSetDocumentsPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isPublished"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDocumentsPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"isPublished"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPublished"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}}]}}]}}]} as unknown as DocumentNode<TestSetDocumentsPublishedMutation, TestSetDocumentsPublishedMutationVariables>;
export const ForbiddenPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenPeopleQuery, ForbiddenPeopleQueryVariables>;
export const ForbiddenPersonOwnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenPersonOwnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenPersonOwnershipsQuery, ForbiddenPersonOwnershipsQueryVariables>;
export const ForbiddenPersonLeasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenPersonLeases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenPersonLeasesQuery, ForbiddenPersonLeasesQueryVariables>;
export const ForbiddenPersonMandatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenPersonMandates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenPersonMandatesQuery, ForbiddenPersonMandatesQueryVariables>;
export const ForbiddenBuildingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenBuildingIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ForbiddenBuildingIdsQuery, ForbiddenBuildingIdsQueryVariables>;
export const ForbiddenNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForbiddenNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ForbiddenNodeQuery, ForbiddenNodeQueryVariables>;
export const ForbiddenSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForbiddenSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"saleDate"},"value":{"kind":"StringValue","value":"2026-12-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<ForbiddenSaleMutation, ForbiddenSaleMutationVariables>;
export const HarnessLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HarnessLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<HarnessLoginMutation, HarnessLoginMutationVariables>;
export const TestPublishPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPublishPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailWidth"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailHeight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TestPublishPhotoMutation, TestPublishPhotoMutationVariables>;
export const TestDeletePhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDeletePhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePhotos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"photoIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<TestDeletePhotosMutation, TestDeletePhotosMutationVariables>;
export const RegularisationTestCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChargeRegularisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChargeRegularisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"regularisedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegularisationTestRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegularisationTestRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RegularisationTestCreateMutation, RegularisationTestCreateMutationVariables>;
export const RegularisationTestCreateManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestCreateMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChargeRegularisationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChargeRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegularisationTestRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegularisationTestRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RegularisationTestCreateManyMutation, RegularisationTestCreateManyMutationVariables>;
export const RegularisationTestUpdateRegularisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestUpdateRegularisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChargeRegularisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChargeRegularisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegularisationTestRecord"}},{"kind":"Field","name":{"kind":"Name","value":"isProvisionsEntered"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegularisationTestRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RegularisationTestUpdateRegularisationMutation, RegularisationTestUpdateRegularisationMutationVariables>;
export const RegularisationTestUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantRegularisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantRegularisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegularisationTestRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegularisationTestRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RegularisationTestUpdateMutation, RegularisationTestUpdateMutationVariables>;
export const RegularisationTestValidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestValidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateTenantRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RegularisationTestValidateMutation, RegularisationTestValidateMutationVariables>;
export const RegularisationTestBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billTenantRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegularisationTestRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegularisationTestRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RegularisationTestBillMutation, RegularisationTestBillMutationVariables>;
export const RegularisationTestDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChargeRegularisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RegularisationTestDeleteMutation, RegularisationTestDeleteMutationVariables>;
export const RegularisationTestListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationTestList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationTestListQuery, RegularisationTestListQueryVariables>;
export const RegularisationTestNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationTestNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargeRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regularisation"}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationTestNodeQuery, RegularisationTestNodeQueryVariables>;
export const RegularisationTestTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegularisationTestToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<RegularisationTestTokenMutation, RegularisationTestTokenMutationVariables>;
export const RelationBatchTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RelationBatchToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<RelationBatchTokenMutation, RelationBatchTokenMutationVariables>;
export const TestOpenRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestOpenRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<TestOpenRequestMutation, TestOpenRequestMutationVariables>;
export const TestPostRequestMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPostRequestMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostRequestMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postRequestMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<TestPostRequestMessageMutation, TestPostRequestMessageMutationVariables>;
export const TestSetRequestStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSetRequestStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TestSetRequestStatusMutation, TestSetRequestStatusMutationVariables>;
export const TestAssignRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAssignRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<TestAssignRequestMutation, TestAssignRequestMutationVariables>;
export const TestRequestThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestRequestThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestRequestThreadQuery, TestRequestThreadQueryVariables>;
export const TestMyRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestMyRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestMyRequestsQuery, TestMyRequestsQueryVariables>;
export const TestInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openedBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openedBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TestInboxQuery, TestInboxQueryVariables>;
export const RequestTestTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTestToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<RequestTestTokenMutation, RequestTestTokenMutationVariables>;
export const TestCreateSupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]}}]} as unknown as DocumentNode<TestCreateSupplierMutation, TestCreateSupplierMutationVariables>;
export const TestCreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateTicketMutation, TestCreateTicketMutationVariables>;
export const TestSetTicketStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSetTicketStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TestSetTicketStatusMutation, TestSetTicketStatusMutationVariables>;
export const TestAddTicketDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAddTicketDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TestAddTicketDocumentMutation, TestAddTicketDocumentMutationVariables>;
export const TestRequestTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestRequestTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestRequestTicketQuery, TestRequestTicketQueryVariables>;
export const TestPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}}]}}]}}]}}]} as unknown as DocumentNode<TestPartnersQuery, TestPartnersQueryVariables>;