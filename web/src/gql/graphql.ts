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

export type CreateApiTokenInput = {
  /** Optional expiry, in the future; none: until revoked. */
  expiresAt?: string | null | undefined;
  name: string;
  scopes: Array<IntegratorScope>;
};

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

/** A co-owner arriving during the AG: they vote from that resolution on (a postal form is set aside). */
export type RecordArrivalInput = {
  fromResolutionNumber: string;
  participantId: string | number;
  status: PresenceMode;
  /** HH:MM. */
  time: string;
};

/** A co-owner leaving during the AG: absent from that resolution on. */
export type RecordDepartureInput = {
  fromResolutionNumber: string;
  participantId: string | number;
  /** HH:MM. */
  time: string;
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

/** Changes to an AG; omitted fields stay. Its date moves only while nothing was voted. */
export type UpdateGeneralAssemblyInput = {
  assemblyId: string | number;
  chairName?: string | null | undefined;
  kind?: AssemblyKind | null | undefined;
  place?: string | null | undefined;
  reference?: string | null | undefined;
  scrutineerNames?: Array<string> | null | undefined;
  secretaryName?: string | null | undefined;
  startsAt?: string | null | undefined;
  title?: string | null | undefined;
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

export type SpaceShellQueryVariables = Exact<{ [key: string]: never; }>;


export type SpaceShellQuery = { viewer: { __typename: 'Viewer', identifier: string, displayName: string, spaces: Array<Space>, can: { __typename: 'ViewerCan', readAccounts: boolean, readWorksFunds: boolean, readExpenseLists: boolean, managePortfolio: boolean, manageApiTokens: boolean, manageCollaborators: boolean, manageAgency: boolean, readAgencyContact: boolean, readProperties: boolean, readDocuments: boolean, manageDocuments: boolean, readPhotos: boolean, managePhotos: boolean, regulariseCharges: boolean, readAnnouncements: boolean, manageAnnouncements: boolean, readNewsFeed: boolean, openRequests: boolean, manageRequests: boolean, readPartners: boolean, manageTickets: boolean } } | null };

export type HomeSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeSpacesQuery = { viewer: { __typename: 'Viewer', identifier: string, spaces: Array<Space> } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SessionViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionViewerQuery = { viewer: { __typename: 'Viewer', identifier: string, displayName: string, mustChangePassword: boolean } | null };

export type AccountStatementQueryVariables = Exact<{
  accountId: string | number;
  from: string;
  to: string;
  after?: string | null | undefined;
}>;


export type AccountStatementQuery = { node:
    | (
      { __typename: 'Account', number: string, statementPdfUrl: string, statementCsvUrl: string, id: string, statement: (
        { __typename: 'AccountStatement', openingBalance: string, closingBalance: string, totalDebit: string, totalCredit: string, entries: { __typename: 'StatementLineConnection', edges: Array<{ __typename: 'StatementLineEdge', cursor: string, node: (
              { __typename: 'StatementLine' }
              & { ' $fragmentRefs'?: { 'StatementTable_LineFragment': StatementTable_LineFragment } }
            ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
        & { ' $fragmentRefs'?: { 'StatementTable_StatementFragment': StatementTable_StatementFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'AccountSummary_AccountFragment': AccountSummary_AccountFragment } }
    )
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

export type AccountSummary_AccountFragment = { __typename: 'Account', id: string, number: string, label: string, kind: AccountKind, balance: string, balancePresentation: BalancePresentation, position: { __typename: 'AccountPosition', amount: string, direction: AccountDirection }, holder: { __typename: 'Person', id: string, displayName: string } | null } & { ' $fragmentName'?: 'AccountSummary_AccountFragment' };

export type BalanceHistoryQueryVariables = Exact<{
  accountId: string | number;
  from: string;
  to: string;
}>;


export type BalanceHistoryQuery = { node:
    | { __typename: 'Account', id: string, balanceHistory: Array<{ __typename: 'BalancePoint', date: string, balance: string }> }
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

export type StatementTable_StatementFragment = { __typename: 'AccountStatement', from: string, to: string, openingBalance: string, closingBalance: string, totalDebit: string, totalCredit: string } & { ' $fragmentName'?: 'StatementTable_StatementFragment' };

export type StatementTable_LineFragment = { __typename: 'StatementLine', date: string, label: string, debit: string, credit: string, balance: string, entryCount: number } & { ' $fragmentName'?: 'StatementTable_LineFragment' };

export type ClientAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientAccountsQuery = { viewer: { __typename: 'Viewer', identifier: string, person: { __typename: 'Person', id: string, accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', id: string, number: string, label: string, kind: AccountKind }> } } } | null };

export type ManagerAccountQueryVariables = Exact<{
  accountId: string | number;
}>;


export type ManagerAccountQuery = { node:
    | { __typename: 'Account', number: string, isPublished: boolean, id: string, holder: { __typename: 'Person', id: string, displayName: string } | null }
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

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: { __typename: 'ApiTokenConnection', nodes: Array<{ __typename: 'ApiToken', id: string, name: string, scopes: Array<IntegratorScope>, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', token: string, apiToken: { __typename: 'ApiToken', id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { __typename: 'ApiToken', id: string, revokedAt: string | null } };

export type CollaboratorsQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaboratorsQuery = { viewer: { __typename: 'Viewer', person: { __typename: 'Person', id: string } } | null, collaborators: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, civility: string, displayName: string, emails: Array<string> | null, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean } | null }> } };

export type AddCollaboratorMutationVariables = Exact<{
  input: AddCollaboratorInput;
}>;


export type AddCollaboratorMutation = { addCollaborator: { __typename: 'AccessGrant', identifier: string, temporaryPassword: string, emailedTo: string | null, letterPdfBase64: string, person: { __typename: 'Person', id: string, displayName: string } } };

export type RemoveCollaboratorMutationVariables = Exact<{
  personId: string | number;
}>;


export type RemoveCollaboratorMutation = { removeCollaborator: { __typename: 'Person', id: string, roles: Array<PersonRole> | null } };

export type OfficeCard_OfficeFragment = { __typename: 'AgencyOffice', id: string, name: string, address: string | null, phone: string | null, email: string | null, openingHours: string | null, legalForm: string | null, siret: string | null, apeCode: string | null } & { ' $fragmentName'?: 'OfficeCard_OfficeFragment' };

export type CreateAgencyOfficeMutationVariables = Exact<{
  input: AgencyOfficeInput;
}>;


export type CreateAgencyOfficeMutation = { createAgencyOffice: (
    { __typename: 'AgencyOffice', id: string }
    & { ' $fragmentRefs'?: { 'OfficeCard_OfficeFragment': OfficeCard_OfficeFragment } }
  ) };

export type UpdateAgencyOfficeMutationVariables = Exact<{
  id: string | number;
  input: AgencyOfficeInput;
}>;


export type UpdateAgencyOfficeMutation = { updateAgencyOffice: (
    { __typename: 'AgencyOffice', id: string }
    & { ' $fragmentRefs'?: { 'OfficeCard_OfficeFragment': OfficeCard_OfficeFragment } }
  ) };

export type AgencyContactsPageQueryVariables = Exact<{
  space: Space;
}>;


export type AgencyContactsPageQuery = { viewer: { __typename: 'Viewer', identifier: string, contacts: Array<{ __typename: 'ContactCard', kind: ContactKind, name: string, email: string | null, phone: string | null, buildings: Array<{ __typename: 'Building', id: string, name: string }> }> } | null, agencyOffices: { __typename: 'AgencyOfficeConnection', nodes: Array<(
      { __typename: 'AgencyOffice', id: string }
      & { ' $fragmentRefs'?: { 'OfficeCard_OfficeFragment': OfficeCard_OfficeFragment } }
    )> } };

export type OfficesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficesPageQuery = { agencyOffices: { __typename: 'AgencyOfficeConnection', nodes: Array<(
      { __typename: 'AgencyOffice', id: string, name: string, address: string | null, phone: string | null, email: string | null, openingHours: string | null, legalForm: string | null, siret: string | null, apeCode: string | null }
      & { ' $fragmentRefs'?: { 'OfficeCard_OfficeFragment': OfficeCard_OfficeFragment } }
    )> } };

export type DeleteAgencyOfficeMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAgencyOfficeMutation = { deleteAgencyOffice: boolean };

export type AnnouncementBuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementBuildingsQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', id: string, code: string, name: string }> } };

export type PublishAnnouncementMutationVariables = Exact<{
  input: PublishAnnouncementInput;
}>;


export type PublishAnnouncementMutation = { publishAnnouncement: (
    { __typename: 'Announcement', id: string }
    & { ' $fragmentRefs'?: { 'AnnouncementList_AnnouncementFragment': AnnouncementList_AnnouncementFragment } }
  ) };

export type AnnouncementList_AnnouncementFragment = { __typename: 'Announcement', id: string, title: string, body: string, audience: AnnouncementAudience, publishOn: string, building: { __typename: 'Building', id: string, code: string } | null } & { ' $fragmentName'?: 'AnnouncementList_AnnouncementFragment' };

export type HomeAnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAnnouncementsQuery = { viewer: { __typename: 'Viewer', identifier: string, announcements: { __typename: 'AnnouncementConnection', nodes: Array<(
        { __typename: 'Announcement', id: string }
        & { ' $fragmentRefs'?: { 'AnnouncementList_AnnouncementFragment': AnnouncementList_AnnouncementFragment } }
      )> } } | null };

export type ManageAnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageAnnouncementsQuery = { announcements: { __typename: 'AnnouncementConnection', totalCount: number | null, nodes: Array<(
      { __typename: 'Announcement', id: string }
      & { ' $fragmentRefs'?: { 'AnnouncementList_AnnouncementFragment': AnnouncementList_AnnouncementFragment } }
    )> } };

export type DeleteAnnouncementMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAnnouncementMutation = { deleteAnnouncement: boolean };

export type MyAnnouncementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyAnnouncementsQuery = { viewer: { __typename: 'Viewer', identifier: string, announcements: { __typename: 'AnnouncementConnection', nodes: Array<(
        { __typename: 'Announcement', id: string }
        & { ' $fragmentRefs'?: { 'AnnouncementList_AnnouncementFragment': AnnouncementList_AnnouncementFragment } }
      )>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type Agenda_ResolutionFragment = { __typename: 'Resolution', id: string, number: string, title: string, text: string | null, majority: Majority, amended: boolean, allocationKey: { __typename: 'AllocationKey', id: string, code: string, label: string } | null, result: (
    { __typename: 'ResolutionResult' }
    & { ' $fragmentRefs'?: { 'ResolutionResult_ResultFragment': ResolutionResult_ResultFragment } }
  ) | null } & { ' $fragmentName'?: 'Agenda_ResolutionFragment' };

export type AssemblyDocuments_AssemblyFragment = { __typename: 'GeneralAssembly', minutesDocument: { __typename: 'Document', id: string, fileName: string, downloadUrl: string } | null, attendanceSheetDocument: { __typename: 'Document', id: string, fileName: string, downloadUrl: string } | null } & { ' $fragmentName'?: 'AssemblyDocuments_AssemblyFragment' };

export type AssemblyList_AssemblyFragment = { __typename: 'GeneralAssembly', id: string, title: string, kind: AssemblyKind, startsAt: string, place: string | null, isPostalVoteOpen: boolean, reportPublishedAt: string | null, building: { __typename: 'Building', id: string, code: string, name: string } | null } & { ' $fragmentName'?: 'AssemblyList_AssemblyFragment' };

export type AssemblyReport_ReportFragment = { __typename: 'AssemblyReport', publishedAt: string | null, remoteVoters: Array<string>, absentees: Array<string>, attendance: (
    { __typename: 'AttendanceSummary' }
    & { ' $fragmentRefs'?: { 'AttendanceTotals_SummaryFragment': AttendanceTotals_SummaryFragment } }
  ), postalVoters: Array<{ __typename: 'ReportAttendee', displayName: string, postalFormReceivedOn: string | null, postalFormValid: boolean | null }>, represented: Array<{ __typename: 'ReportAttendee', displayName: string, proxyHolderName: string | null }>, arrivals: Array<{ __typename: 'ReportMovement', displayName: string, resolutionNumber: string, time: string, status: PresenceMode | null }>, departures: Array<{ __typename: 'ReportMovement', displayName: string, resolutionNumber: string, time: string }>, resolutions: Array<{ __typename: 'ReportResolution', resolution: { __typename: 'Resolution', id: string, number: string, title: string, majority: Majority, amended: boolean }, result: (
      { __typename: 'ResolutionResult', firstVote: { __typename: 'VoteTally', article: MajorityArticle, adopted: boolean, yes: { __typename: 'Headcount', count: number, shares: string }, no: { __typename: 'Headcount', count: number, shares: string }, abstain: { __typename: 'Headcount', count: number, shares: string } }, secondVote: { __typename: 'VoteTally', article: MajorityArticle } | null }
      & { ' $fragmentRefs'?: { 'ResolutionResult_ResultFragment': ResolutionResult_ResultFragment } }
    ) }> } & { ' $fragmentName'?: 'AssemblyReport_ReportFragment' };

export type RecordArrivalMutationVariables = Exact<{
  input: RecordArrivalInput;
}>;


export type RecordArrivalMutation = { recordArrival: { __typename: 'AssemblyParticipant', id: string, status: AttendanceStatus, arrival: { __typename: 'AttendanceChange', resolutionNumber: string, time: string } | null } };

export type RecordDepartureMutationVariables = Exact<{
  input: RecordDepartureInput;
}>;


export type RecordDepartureMutation = { recordDeparture: { __typename: 'AssemblyParticipant', id: string, departure: { __typename: 'AttendanceChange', resolutionNumber: string, time: string } | null } };

export type AttendanceSheet_AssemblyFragment = { __typename: 'GeneralAssembly', id: string, attendance: (
    { __typename: 'AttendanceSummary' }
    & { ' $fragmentRefs'?: { 'AttendanceTotals_SummaryFragment': AttendanceTotals_SummaryFragment } }
  ) | null, participants: { __typename: 'AssemblyParticipantConnection', totalCount: number | null, nodes: Array<{ __typename: 'AssemblyParticipant', id: string, displayName: string, accountNumber: string | null, shares: string, status: AttendanceStatus, proxyHolderName: string | null, postalFormReceivedOn: string | null, postalFormValid: boolean | null, proxyHolder: { __typename: 'AssemblyParticipant', id: string } | null, arrival: { __typename: 'AttendanceChange', resolutionNumber: string, time: string } | null, departure: { __typename: 'AttendanceChange', resolutionNumber: string, time: string } | null }> } } & { ' $fragmentName'?: 'AttendanceSheet_AssemblyFragment' };

export type SetAttendanceMutationVariables = Exact<{
  input: SetAttendanceInput;
}>;


export type SetAttendanceMutation = { setAttendance: (
    { __typename: 'GeneralAssembly', id: string }
    & { ' $fragmentRefs'?: { 'AttendanceSheet_AssemblyFragment': AttendanceSheet_AssemblyFragment } }
  ) };

export type MarkAllPresentMutationVariables = Exact<{
  assemblyId: string | number;
  mode: PresenceMode;
}>;


export type MarkAllPresentMutation = { markAllPresent: (
    { __typename: 'GeneralAssembly', id: string }
    & { ' $fragmentRefs'?: { 'AttendanceSheet_AssemblyFragment': AttendanceSheet_AssemblyFragment } }
  ) };

export type MarkAllAbsentMutationVariables = Exact<{
  assemblyId: string | number;
}>;


export type MarkAllAbsentMutation = { markAllAbsent: (
    { __typename: 'GeneralAssembly', id: string }
    & { ' $fragmentRefs'?: { 'AttendanceSheet_AssemblyFragment': AttendanceSheet_AssemblyFragment } }
  ) };

export type AttendanceTotals_SummaryFragment = { __typename: 'AttendanceSummary', absent: { __typename: 'Headcount', count: number, shares: string }, present: { __typename: 'Headcount', count: number, shares: string }, remote: { __typename: 'Headcount', count: number, shares: string }, represented: { __typename: 'Headcount', count: number, shares: string }, postal: { __typename: 'Headcount', count: number, shares: string }, total: { __typename: 'Headcount', count: number, shares: string } } & { ' $fragmentName'?: 'AttendanceTotals_SummaryFragment' };

export type PublishConvocationsMutationVariables = Exact<{
  assemblyId: string | number;
}>;


export type PublishConvocationsMutation = { publishConvocations: { __typename: 'GeneralAssembly', id: string, convocationsPublishedAt: string | null } };

export type CreateGeneralAssemblyMutationVariables = Exact<{
  input: CreateGeneralAssemblyInput;
}>;


export type CreateGeneralAssemblyMutation = { createGeneralAssembly: { __typename: 'GeneralAssembly', id: string } };

export type UpdateGeneralAssemblyMutationVariables = Exact<{
  input: UpdateGeneralAssemblyInput;
}>;


export type UpdateGeneralAssemblyMutation = { updateGeneralAssembly: { __typename: 'GeneralAssembly', id: string, title: string, startsAt: string, place: string | null, postalVoteDeadline: string, isPostalVoteOpen: boolean, chairName: string | null, secretaryName: string | null } };

export type MyAttendance_ParticipantFragment = { __typename: 'AssemblyParticipant', id: string, displayName: string, status: AttendanceStatus, shares: string, postalFormReceivedOn: string | null, postalFormValid: boolean | null, proxyHolderName: string | null, proxyHolder: { __typename: 'AssemblyParticipant', id: string, displayName: string } | null, arrival: { __typename: 'AttendanceChange', resolutionNumber: string, time: string } | null, departure: { __typename: 'AttendanceChange', resolutionNumber: string, time: string } | null } & { ' $fragmentName'?: 'MyAttendance_ParticipantFragment' };

export type RecordPostalVoteMutationVariables = Exact<{
  input: RecordPostalVoteInput;
}>;


export type RecordPostalVoteMutation = { recordPostalVote: { __typename: 'AssemblyParticipant', id: string, status: AttendanceStatus, postalFormReceivedOn: string | null, postalFormValid: boolean | null } };

export type CastPostalVoteMutationVariables = Exact<{
  input: CastPostalVoteInput;
}>;


export type CastPostalVoteMutation = { castPostalVote: { __typename: 'PostalVoteReceipt', castAt: string | null, participant: { __typename: 'AssemblyParticipant', id: string, status: AttendanceStatus, postalFormReceivedOn: string | null, postalFormValid: boolean | null, postalVote: (
        { __typename: 'PostalVoteReceipt' }
        & { ' $fragmentRefs'?: { 'PostalVoteReceipt_ReceiptFragment': PostalVoteReceipt_ReceiptFragment } }
      ) | null } } };

export type PostalVoteReceipt_ReceiptFragment = { __typename: 'PostalVoteReceipt', castAt: string | null, receivedOn: string, choices: Array<{ __typename: 'PostalVoteEntry', choice: PostalChoice, resolution: { __typename: 'Resolution', id: string, number: string, title: string } }> } & { ' $fragmentName'?: 'PostalVoteReceipt_ReceiptFragment' };

export type HandAssemblyToProviderMutationVariables = Exact<{
  input: HandAssemblyToProviderInput;
}>;


export type HandAssemblyToProviderMutation = { handAssemblyToProvider: { __typename: 'GeneralAssembly', id: string, handedToProviderAt: string | null } };

export type PublishAssemblyReportMutationVariables = Exact<{
  assemblyId: string | number;
}>;


export type PublishAssemblyReportMutation = { publishAssemblyReport: { __typename: 'GeneralAssembly', id: string, reportPublishedAt: string | null } };

export type AddResolutionMutationVariables = Exact<{
  input: AddResolutionInput;
}>;


export type AddResolutionMutation = { addResolution: { __typename: 'Resolution', id: string } };

export type ResolutionResult_ResultFragment = { __typename: 'ResolutionResult', outcome: ResolutionOutcome, decidingArticle: MajorityArticle, opponents: Array<string>, abstainers: Array<string>, nonVoters: Array<string>, defaillants: Array<string>, members: { __typename: 'Headcount', count: number, shares: string }, yes: { __typename: 'Headcount', count: number, shares: string }, no: { __typename: 'Headcount', count: number, shares: string }, abstain: { __typename: 'Headcount', count: number, shares: string }, notVoting: { __typename: 'Headcount', count: number, shares: string }, absent: { __typename: 'Headcount', count: number, shares: string }, art22: { __typename: 'Art22Reduction', shares: string, reducedTo: string, keyTotal: string } | null, secondVote: { __typename: 'VoteTally', article: MajorityArticle, adopted: boolean } | null } & { ' $fragmentName'?: 'ResolutionResult_ResultFragment' };

export type VotePanel_ResolutionFragment = { __typename: 'Resolution', id: string, number: string, title: string, majority: Majority, amended: boolean, result: (
    { __typename: 'ResolutionResult', firstVote: { __typename: 'VoteTally', opponents: Array<string>, abstainers: Array<string>, nonVoters: Array<string>, absentees: Array<string> }, secondVote: { __typename: 'VoteTally', opponents: Array<string>, abstainers: Array<string>, nonVoters: Array<string>, absentees: Array<string> } | null }
    & { ' $fragmentRefs'?: { 'ResolutionResult_ResultFragment': ResolutionResult_ResultFragment } }
  ) | null } & { ' $fragmentName'?: 'VotePanel_ResolutionFragment' };

export type RecordVotesMutationVariables = Exact<{
  input: RecordVotesInput;
}>;


export type RecordVotesMutation = { recordVotes: (
    { __typename: 'Resolution', id: string }
    & { ' $fragmentRefs'?: { 'VotePanel_ResolutionFragment': VotePanel_ResolutionFragment } }
  ) };

export type RecordUnanimousVoteMutationVariables = Exact<{
  input: RecordUnanimousVoteInput;
}>;


export type RecordUnanimousVoteMutation = { recordUnanimousVote: (
    { __typename: 'Resolution', id: string }
    & { ' $fragmentRefs'?: { 'VotePanel_ResolutionFragment': VotePanel_ResolutionFragment } }
  ) };

export type AmendResolutionMutationVariables = Exact<{
  resolutionId: string | number;
}>;


export type AmendResolutionMutation = { amendResolution: (
    { __typename: 'Resolution', id: string }
    & { ' $fragmentRefs'?: { 'VotePanel_ResolutionFragment': VotePanel_ResolutionFragment } }
  ) };

export type ManagerAssembliesQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerAssembliesQuery = { generalAssemblies: { __typename: 'GeneralAssemblyConnection', nodes: Array<(
      { __typename: 'GeneralAssembly', id: string }
      & { ' $fragmentRefs'?: { 'AssemblyList_AssemblyFragment': AssemblyList_AssemblyFragment } }
    )> }, buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', id: string, code: string, name: string }> } };

export type ManagedAssemblyQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagedAssemblyQuery = { node:
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
    | (
      { __typename: 'GeneralAssembly', title: string, kind: AssemblyKind, startsAt: string, place: string | null, postalVoteDeadline: string, reportPublishedAt: string | null, convocationsPublishedAt: string | null, handedToProviderAt: string | null, chairName: string | null, secretaryName: string | null, id: string, building: { __typename: 'Building', id: string, code: string, name: string, allocationKeys: Array<{ __typename: 'AllocationKey', id: string, code: string, label: string }> } | null, attendanceKey: { __typename: 'AllocationKey', id: string } | null, resolutions: Array<(
        { __typename: 'Resolution', id: string, number: string, title: string }
        & { ' $fragmentRefs'?: { 'Agenda_ResolutionFragment': Agenda_ResolutionFragment;'VotePanel_ResolutionFragment': VotePanel_ResolutionFragment } }
      )>, report: (
        { __typename: 'AssemblyReport' }
        & { ' $fragmentRefs'?: { 'AssemblyReport_ReportFragment': AssemblyReport_ReportFragment } }
      ) | null, participants: { __typename: 'AssemblyParticipantConnection', nodes: Array<{ __typename: 'AssemblyParticipant', id: string, displayName: string, status: AttendanceStatus, arrival: { __typename: 'AttendanceChange', resolutionNumber: string } | null }> } }
      & { ' $fragmentRefs'?: { 'AttendanceSheet_AssemblyFragment': AttendanceSheet_AssemblyFragment;'AssemblyDocuments_AssemblyFragment': AssemblyDocuments_AssemblyFragment } }
    )
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
   | null, apiTokens: { __typename: 'ApiTokenConnection', nodes: Array<{ __typename: 'ApiToken', id: string, name: string, scopes: Array<IntegratorScope>, revokedAt: string | null, expiresAt: string | null }> } };

export type MyAssembliesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssembliesQuery = { generalAssemblies: { __typename: 'GeneralAssemblyConnection', nodes: Array<(
      { __typename: 'GeneralAssembly', id: string, startsAt: string }
      & { ' $fragmentRefs'?: { 'AssemblyList_AssemblyFragment': AssemblyList_AssemblyFragment } }
    )> } };

export type MyAssemblyQueryVariables = Exact<{
  id: string | number;
}>;


export type MyAssemblyQuery = { node:
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
    | (
      { __typename: 'GeneralAssembly', title: string, kind: AssemblyKind, startsAt: string, place: string | null, postalVoteDeadline: string, isPostalVoteOpen: boolean, reportPublishedAt: string | null, id: string, building: { __typename: 'Building', id: string, code: string, name: string } | null, resolutions: Array<(
        { __typename: 'Resolution', id: string, number: string, title: string }
        & { ' $fragmentRefs'?: { 'Agenda_ResolutionFragment': Agenda_ResolutionFragment } }
      )>, attendance: (
        { __typename: 'AttendanceSummary' }
        & { ' $fragmentRefs'?: { 'AttendanceTotals_SummaryFragment': AttendanceTotals_SummaryFragment } }
      ) | null, viewerParticipant: (
        { __typename: 'AssemblyParticipant', id: string, postalVote: (
          { __typename: 'PostalVoteReceipt' }
          & { ' $fragmentRefs'?: { 'PostalVoteReceipt_ReceiptFragment': PostalVoteReceipt_ReceiptFragment } }
        ) | null }
        & { ' $fragmentRefs'?: { 'MyAttendance_ParticipantFragment': MyAttendance_ParticipantFragment } }
      ) | null }
      & { ' $fragmentRefs'?: { 'AssemblyDocuments_AssemblyFragment': AssemblyDocuments_AssemblyFragment } }
    )
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

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { __typename: 'Viewer', identifier: string, displayName: string, mustChangePassword: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  identifier: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ResetLinkStatusQueryVariables = Exact<{
  token: string;
}>;


export type ResetLinkStatusQuery = { passwordResetLinkStatus: PasswordResetLinkStatus };

export type LoginMutationVariables = Exact<{
  identifier: string;
  password: string;
}>;


export type LoginMutation = { login: { __typename: 'LoginPayload', viewer: { __typename: 'Viewer', identifier: string, displayName: string, mustChangePassword: boolean } } };

export type BalanceOverview_AccountFragment = { __typename: 'Account', id: string, number: string, label: string, kind: AccountKind, position: { __typename: 'AccountPosition', amount: string, direction: AccountDirection }, lastPayment: { __typename: 'AccountMovement', date: string, amount: string } | null, nextCall: { __typename: 'AccountMovement', date: string, amount: string } | null } & { ' $fragmentName'?: 'BalanceOverview_AccountFragment' };

export type ClientProperties_PersonFragment = { __typename: 'Person', ownerships?: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string, isActive: boolean, startDate: string, lot: (
        { __typename: 'Lot', id: string }
        & { ' $fragmentRefs'?: { 'PropertyGroups_LotFragment': PropertyGroups_LotFragment;'LotCard_LotFragment': LotCard_LotFragment } }
      ) | null }> }, mandates?: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', id: string, code: string, startDate: string, endDate: string | null, lots: Array<(
        { __typename: 'Lot', id: string }
        & { ' $fragmentRefs'?: { 'PropertyGroups_LotFragment': PropertyGroups_LotFragment;'LotCard_LotFragment': LotCard_LotFragment } }
      )> }> }, leases?: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string, startDate: string, departureDate: string | null, lot: (
        { __typename: 'Lot', id: string }
        & { ' $fragmentRefs'?: { 'PropertyGroups_LotFragment': PropertyGroups_LotFragment;'LotCard_LotFragment': LotCard_LotFragment } }
      ) | null }> } } & { ' $fragmentName'?: 'ClientProperties_PersonFragment' };

export type ContactCards_ContactsFragment = { __typename: 'ContactCard', kind: ContactKind, name: string, email: string | null, phone: string | null, agencyName: string, agencyAddress: string, buildings: Array<{ __typename: 'Building', id: string, code: string, name: string }> } & { ' $fragmentName'?: 'ContactCards_ContactsFragment' };

export type ContactDetails_PersonFragment = { __typename: 'Person', id: string, civility: string, displayName: string, emails: Array<string> | null, phones: Array<string> | null, notifyNewDocuments: boolean | null, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string } } & { ' $fragmentName'?: 'ContactDetails_PersonFragment' };

export type UpdateMyPreferencesMutationVariables = Exact<{
  notifyNewDocuments: boolean;
}>;


export type UpdateMyPreferencesMutation = { updateMyPreferences: { __typename: 'Person', id: string, notifyNewDocuments: boolean | null } };

export type CouncilSection_BuildingFragment = { __typename: 'Building', code: string, name: string, council: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', id: string, role: CouncilRole, person: { __typename: 'Person', id: string, displayName: string } | null }> } } & { ' $fragmentName'?: 'CouncilSection_BuildingFragment' };

export type HomeContactsQueryVariables = Exact<{
  space: Space;
  isSyndic: boolean;
  withContacts: boolean;
}>;


export type HomeContactsQuery = { viewer: { __typename: 'Viewer', contacts?: Array<(
      { __typename: 'ContactCard' }
      & { ' $fragmentRefs'?: { 'ContactCards_ContactsFragment': ContactCards_ContactsFragment } }
    )>, councilBuildings?: Array<(
      { __typename: 'Building', id: string }
      & { ' $fragmentRefs'?: { 'CouncilSection_BuildingFragment': CouncilSection_BuildingFragment } }
    )> } | null };

export type HomePropertiesQueryVariables = Exact<{
  isSyndic: boolean;
  isGerance: boolean;
}>;


export type HomePropertiesQuery = { viewer: { __typename: 'Viewer', person: (
      { __typename: 'Person', id: string }
      & { ' $fragmentRefs'?: { 'ClientProperties_PersonFragment': ClientProperties_PersonFragment } }
    ) } | null };

export type LotCard_LotFragment = { __typename: 'Lot', id: string, code: string, type: string, floor: string | null, surface: string | null, rooms: number | null, shares: Array<{ __typename: 'LotShare', shares: string, allocationKey: { __typename: 'AllocationKey', id: string, code: string, label: string, totalShares: string } | null }> } & { ' $fragmentName'?: 'LotCard_LotFragment' };

export type PropertyGroups_LotFragment = { __typename: 'Lot', id: string, code: string, building: { __typename: 'Building', id: string, code: string, name: string, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string } } | null } & { ' $fragmentName'?: 'PropertyGroups_LotFragment' };

export type ClientHomeQueryVariables = Exact<{
  isGerance: boolean;
}>;


export type ClientHomeQuery = { viewer: { __typename: 'Viewer', identifier: string, can: { __typename: 'ViewerCan', readAccounts: boolean, readAgencyContact: boolean, readProperties: boolean, readDocuments: boolean, readAnnouncements: boolean, readNewsFeed: boolean, openRequests: boolean }, person: (
      { __typename: 'Person', id: string, accounts: { __typename: 'AccountConnection', nodes: Array<(
          { __typename: 'Account', id: string, kind: AccountKind }
          & { ' $fragmentRefs'?: { 'BalanceOverview_AccountFragment': BalanceOverview_AccountFragment } }
        )> }, mandates?: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', id: string }> }, leases?: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string }> } }
      & { ' $fragmentRefs'?: { 'ContactDetails_PersonFragment': ContactDetails_PersonFragment } }
    ) } | null };

export type ClientPropertiesPageQueryVariables = Exact<{
  isSyndic: boolean;
  isGerance: boolean;
}>;


export type ClientPropertiesPageQuery = { viewer: { __typename: 'Viewer', identifier: string, person: (
      { __typename: 'Person', id: string, mandates?: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', id: string }> }, leases?: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string }> } }
      & { ' $fragmentRefs'?: { 'ClientProperties_PersonFragment': ClientProperties_PersonFragment } }
    ) } | null };

export type CreateBinderMutationVariables = Exact<{
  input: CreateBinderInput;
}>;


export type CreateBinderMutation = { createBinder: { __typename: 'Binder', id: string, name: string, folders: Array<string>, module: BinderModule, documentCount: number, rights: { __typename: 'BinderRights', syndicLevel: SyndicLevel | null, owner: boolean, tenant: boolean, notifyByDefault: boolean } | null } };

export type RenameBinderMutationVariables = Exact<{
  binderId: string | number;
  name: string;
}>;


export type RenameBinderMutation = { renameBinder: { __typename: 'Binder', id: string, name: string, folders: Array<string> } };

export type SetBinderRightsMutationVariables = Exact<{
  input: SetBinderRightsInput;
}>;


export type SetBinderRightsMutation = { setBinderRights: { __typename: 'Binder', id: string, rights: { __typename: 'BinderRights', syndicLevel: SyndicLevel | null, owner: boolean, tenant: boolean, notifyByDefault: boolean } | null } };

export type DeleteBinderMutationVariables = Exact<{
  binderId: string | number;
}>;


export type DeleteBinderMutation = { deleteBinder: boolean };

export type BinderDocumentsQueryVariables = Exact<{
  space: Space;
  binderId: string | number;
  after?: string | null | undefined;
}>;


export type BinderDocumentsQuery = { viewer: { __typename: 'Viewer', identifier: string, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', cursor: string, node: (
          { __typename: 'Document', id: string, path: Array<string> }
          & { ' $fragmentRefs'?: { 'DocumentList_DocumentFragment': DocumentList_DocumentFragment } }
        ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type BinderGrid_BinderFragment = { __typename: 'Binder', id: string, name: string, folders: Array<string>, documentCount: number } & { ' $fragmentName'?: 'BinderGrid_BinderFragment' };

export type BinderPanel_BinderFragment = { __typename: 'Binder', id: string, name: string, folders: Array<string>, module: BinderModule, documentCount: number, rights: { __typename: 'BinderRights', syndicLevel: SyndicLevel | null, owner: boolean, tenant: boolean, notifyByDefault: boolean } | null } & { ' $fragmentName'?: 'BinderPanel_BinderFragment' };

export type CoOwnerListBuildingsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CoOwnerListBuildingsQuery = { buildings: { __typename: 'BuildingConnection', totalCount: number | null, edges: Array<{ __typename: 'BuildingEdge', node: { __typename: 'Building', id: string, code: string, name: string, syndicate: { __typename: 'Syndicate', code: string } | null } }> } };

export type RegenerateCoOwnerListsMutationVariables = Exact<{
  buildingIds: Array<string | number> | string | number;
}>;


export type RegenerateCoOwnerListsMutation = { regenerateCoOwnerLists: Array<{ __typename: 'Document', id: string, title: string }> };

export type DocumentList_DocumentFragment = { __typename: 'Document', id: string, title: string, fileName: string, contentType: string, byteSize: number, publishedOn: string, downloadUrl: string, path: Array<string>, binder: { __typename: 'Binder', id: string, name: string } } & { ' $fragmentName'?: 'DocumentList_DocumentFragment' };

export type DocumentSearchQueryVariables = Exact<{
  space: Space;
  search: string;
}>;


export type DocumentSearchQuery = { viewer: { __typename: 'Viewer', identifier: string, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', cursor: string, node: (
          { __typename: 'Document', id: string, title: string }
          & { ' $fragmentRefs'?: { 'DocumentList_DocumentFragment': DocumentList_DocumentFragment } }
        ) }> } } | null };

export type SetDocumentsPublishedMutationVariables = Exact<{
  documentIds: Array<string | number> | string | number;
  isPublished: boolean;
}>;


export type SetDocumentsPublishedMutation = { setDocumentsPublished: Array<{ __typename: 'Document', id: string, isPublished: boolean }> };

export type DeleteDocumentsMutationVariables = Exact<{
  documentIds: Array<string | number> | string | number;
}>;


export type DeleteDocumentsMutation = { deleteDocuments: number };

export type DocumentTable_DocumentFragment = { __typename: 'Document', id: string, title: string, fileName: string, byteSize: number, publishedOn: string, expiresOn: string | null, isPublished: boolean, concerns: string | null, downloadUrl: string, path: Array<string> } & { ' $fragmentName'?: 'DocumentTable_DocumentFragment' };

export type HomeDocumentsQueryVariables = Exact<{
  space: Space;
}>;


export type HomeDocumentsQuery = { viewer: { __typename: 'Viewer', identifier: string, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', cursor: string, node: (
          { __typename: 'Document', id: string }
          & { ' $fragmentRefs'?: { 'DocumentList_DocumentFragment': DocumentList_DocumentFragment } }
        ) }> } } | null };

export type PersonDocumentsQueryVariables = Exact<{
  personId: string | number;
}>;


export type PersonDocumentsQuery = { viewer: { __typename: 'Viewer', identifier: string, can: { __typename: 'ViewerCan', manageDocuments: boolean } } | null, node:
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
    | { __typename: 'Person', id: string, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', cursor: string, node: (
            { __typename: 'Document', id: string }
            & { ' $fragmentRefs'?: { 'DocumentTable_DocumentFragment': DocumentTable_DocumentFragment } }
          ) }> } | null }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type TargetBuildingsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type TargetBuildingsQuery = { buildings: { __typename: 'BuildingConnection', edges: Array<{ __typename: 'BuildingEdge', cursor: string, node: { __typename: 'Building', id: string, code: string, name: string } }> } };

export type TargetLotsQueryVariables = Exact<{
  buildingId: string | number;
}>;


export type TargetLotsQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string, lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', id: string, code: string, type: string }> } }
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

export type TargetPeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type TargetPeopleQuery = { people: { __typename: 'PersonConnection', edges: Array<{ __typename: 'PersonEdge', cursor: string, node: { __typename: 'Person', id: string, displayName: string } }> } };

export type TargetPersonQueryVariables = Exact<{
  personId: string | number;
}>;


export type TargetPersonQuery = { node:
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
    | { __typename: 'Person', id: string, accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', id: string, number: string, label: string }> }, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string, startDate: string, lot: { __typename: 'Lot', id: string, code: string } | null }> } }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type ManagerDocumentsQueryVariables = Exact<{
  binderId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type ManagerDocumentsQuery = { viewer: { __typename: 'Viewer', identifier: string, can: { __typename: 'ViewerCan', manageDocuments: boolean }, binders: Array<(
      { __typename: 'Binder', id: string, name: string, documentCount: number }
      & { ' $fragmentRefs'?: { 'BinderPanel_BinderFragment': BinderPanel_BinderFragment } }
    )>, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', cursor: string, node: (
          { __typename: 'Document', id: string }
          & { ' $fragmentRefs'?: { 'DocumentTable_DocumentFragment': DocumentTable_DocumentFragment } }
        ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type MyBindersQueryVariables = Exact<{
  space: Space;
}>;


export type MyBindersQuery = { viewer: { __typename: 'Viewer', identifier: string, binders: Array<(
      { __typename: 'Binder', id: string, name: string, folders: Array<string> }
      & { ' $fragmentRefs'?: { 'BinderGrid_BinderFragment': BinderGrid_BinderFragment } }
    )> } | null };

export type PublishBindersQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishBindersQuery = { viewer: { __typename: 'Viewer', identifier: string, binders: Array<{ __typename: 'Binder', id: string, name: string, module: BinderModule, rights: { __typename: 'BinderRights', notifyByDefault: boolean } | null }> } | null };

export type PublishDocumentMutationVariables = Exact<{
  input: PublishDocumentInput;
}>;


export type PublishDocumentMutation = { publishDocument: { __typename: 'Document', id: string, title: string } };

export type ExpenseListQueryVariables = Exact<{
  buildingId: string | number;
  fiscalYearId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExpenseListQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string, expenseList: (
        { __typename: 'ExpenseList', total: string, fiscalYears: Array<{ __typename: 'FiscalYear', id: string, code: string, startDate: string, endDate: string }>, fiscalYear: { __typename: 'FiscalYear', id: string, code: string, startDate: string, endDate: string } | null, expenses: { __typename: 'ExpenseConnection', edges: Array<{ __typename: 'ExpenseEdge', cursor: string, node: (
              { __typename: 'Expense', id: string }
              & { ' $fragmentRefs'?: { 'ExpenseTable_ExpenseFragment': ExpenseTable_ExpenseFragment } }
            ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
        & { ' $fragmentRefs'?: { 'ExpenseTable_ListFragment': ExpenseTable_ListFragment } }
      ) }
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

export type ExpenseTable_ListFragment = { __typename: 'ExpenseList', groups: Array<{ __typename: 'ExpenseGroup', accountNumber: string, accountLabel: string, count: number, amount: string, vat: string, deductible: string, recoverable: string, allocationKey: { __typename: 'AllocationKey', id: string, code: string, label: string } | null }> } & { ' $fragmentName'?: 'ExpenseTable_ListFragment' };

export type ExpenseTable_ExpenseFragment = { __typename: 'Expense', id: string, date: string, label: string, accountNumber: string, amount: string, vat: string, deductible: string, recoverable: string, invoiceUrl: string | null, allocationKey: { __typename: 'AllocationKey', id: string, code: string } | null } & { ' $fragmentName'?: 'ExpenseTable_ExpenseFragment' };

export type ExpenseBuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpenseBuildingsQuery = { viewer: { __typename: 'Viewer', identifier: string, person: { __typename: 'Person', id: string, councilMemberships: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', id: string, building: { __typename: 'Building', id: string, code: string, name: string, canReadExpenseList: boolean } | null }> } } } | null };

export type ImportColumns_KindFragment = { __typename: 'ImportKindInfo', kind: ImportKind, columns: Array<{ __typename: 'ImportColumn', header: string, format: ImportColumnFormat, isRequired: boolean }> } & { ' $fragmentName'?: 'ImportColumns_KindFragment' };

export type ImportKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportKindsQuery = { importKinds: Array<(
    { __typename: 'ImportKindInfo', kind: ImportKind, template: string }
    & { ' $fragmentRefs'?: { 'ImportColumns_KindFragment': ImportColumns_KindFragment } }
  )> };

export type PreviewImportQueryVariables = Exact<{
  kind: ImportKind;
  csv: string;
}>;


export type PreviewImportQuery = { previewImport: { __typename: 'ImportPreview', lineCount: number, isCommittable: boolean, result: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } | null, errors: Array<{ __typename: 'ImportError', line: number | null, column: string | null, reason: string }> } };

export type CommitImportMutationVariables = Exact<{
  kind: ImportKind;
  csv: string;
}>;


export type CommitImportMutation = { commitImport: { __typename: 'ImportResult', received: number, created: number, updated: number, unchanged: number } };

export type LegalNoticeQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type LegalNoticeQuery = { agencyProfile: { __typename: 'AgencyProfile', name: string, legalName: string | null, legalForm: string | null, siret: string | null, apeCode: string | null, representativeName: string | null, professionalCardNumber: string | null, professionalCardIssuer: string | null, financialGuarantee: string | null, address: string | null, phone: string | null, email: string | null } | null };

export type HomeNewsFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeNewsFeedQuery = { viewer: { __typename: 'Viewer', identifier: string, newsItems: Array<(
      { __typename: 'NewsItem' }
      & { ' $fragmentRefs'?: { 'NewsItemList_ItemFragment': NewsItemList_ItemFragment } }
    )> } | null };

export type NewsItemList_ItemFragment = { __typename: 'NewsItem', title: string, url: string | null, summary: string | null, publishedAt: string | null, categories: Array<string> } & { ' $fragmentName'?: 'NewsItemList_ItemFragment' };

export type NewsFeedPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsFeedPageQuery = { newsFeed: { __typename: 'NewsFeedSettings', url: string | null }, viewer: { __typename: 'Viewer', identifier: string, newsItems: Array<(
      { __typename: 'NewsItem' }
      & { ' $fragmentRefs'?: { 'NewsItemList_ItemFragment': NewsItemList_ItemFragment } }
    )> } | null };

export type SetNewsFeedUrlMutationVariables = Exact<{
  url?: string | null | undefined;
}>;


export type SetNewsFeedUrlMutation = { setNewsFeedUrl: { __typename: 'NewsFeedSettings', url: string | null } };

export type SupplierCard_SupplierFragment = { __typename: 'Supplier', id: string, name: string, trade: string, email: string | null, phone: string | null, addressLine: string, website: string | null, isPartner: boolean } & { ' $fragmentName'?: 'SupplierCard_SupplierFragment' };

export type CreateSupplierFromPageMutationVariables = Exact<{
  input: SupplierInput;
}>;


export type CreateSupplierFromPageMutation = { createSupplier: (
    { __typename: 'Supplier', id: string }
    & { ' $fragmentRefs'?: { 'SupplierCard_SupplierFragment': SupplierCard_SupplierFragment } }
  ) };

export type UpdateSupplierFromPageMutationVariables = Exact<{
  id: string | number;
  input: SupplierInput;
}>;


export type UpdateSupplierFromPageMutation = { updateSupplier: (
    { __typename: 'Supplier', id: string }
    & { ' $fragmentRefs'?: { 'SupplierCard_SupplierFragment': SupplierCard_SupplierFragment } }
  ) };

export type PartnersPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersPageQuery = { partners: { __typename: 'SupplierConnection', nodes: Array<(
      { __typename: 'Supplier', id: string }
      & { ' $fragmentRefs'?: { 'SupplierCard_SupplierFragment': SupplierCard_SupplierFragment } }
    )> } };

export type SuppliersPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SuppliersPageQuery = { suppliers: { __typename: 'SupplierConnection', nodes: Array<(
      { __typename: 'Supplier', id: string }
      & { ' $fragmentRefs'?: { 'SupplierCard_SupplierFragment': SupplierCard_SupplierFragment } }
    )> } };

export type BuildingPhotosCard_BuildingFragment = { __typename: 'Building', id: string, photos: { __typename: 'PhotoConnection', nodes: Array<{ __typename: 'Photo', id: string, caption: string, thumbnailUrl: string }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } } & { ' $fragmentName'?: 'BuildingPhotosCard_BuildingFragment' };

export type PhotoGrid_PhotoFragment = { __typename: 'Photo', id: string, caption: string, thumbnailUrl: string, thumbnailWidth: number, thumbnailHeight: number } & { ' $fragmentName'?: 'PhotoGrid_PhotoFragment' };

export type PublishPhotoMutationVariables = Exact<{
  input: PublishPhotoInput;
}>;


export type PublishPhotoMutation = { publishPhoto: { __typename: 'Photo', id: string } };

export type PhotoViewer_PhotoFragment = { __typename: 'Photo', id: string, caption: string, url: string, width: number, height: number, takenOn: string | null } & { ' $fragmentName'?: 'PhotoViewer_PhotoFragment' };

export type BuildingPhotosQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type BuildingPhotosQuery = { viewer: { __typename: 'Viewer', identifier: string, can: { __typename: 'ViewerCan', managePhotos: boolean }, photos: { __typename: 'PhotoConnection', totalCount: number | null, edges: Array<{ __typename: 'PhotoEdge', node: (
          { __typename: 'Photo', id: string }
          & { ' $fragmentRefs'?: { 'PhotoGrid_PhotoFragment': PhotoGrid_PhotoFragment;'PhotoViewer_PhotoFragment': PhotoViewer_PhotoFragment } }
        ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null, node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', code: string, name: string, id: string }
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

export type DeletePhotosMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DeletePhotosMutation = { deletePhotos: number };

export type MyPhotosQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyPhotosQuery = { viewer: { __typename: 'Viewer', identifier: string, photos: { __typename: 'PhotoConnection', totalCount: number | null, edges: Array<{ __typename: 'PhotoEdge', node: (
          { __typename: 'Photo', id: string, building: { __typename: 'Building', id: string, code: string, name: string } | null }
          & { ' $fragmentRefs'?: { 'PhotoGrid_PhotoFragment': PhotoGrid_PhotoFragment;'PhotoViewer_PhotoFragment': PhotoViewer_PhotoFragment } }
        ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type EnableExtranetAccessInBulkMutationVariables = Exact<{
  personIds: Array<string | number> | string | number;
  delivery?: TemporaryPasswordDelivery | null | undefined;
}>;


export type EnableExtranetAccessInBulkMutation = { enableExtranetAccessInBulk: { __typename: 'BulkAccessGrantPayload', lettersPdfBase64: string, grants: Array<{ __typename: 'AccessGrant', identifier: string, temporaryPassword: string, emailedTo: string | null, person: { __typename: 'Person', id: string, civility: string, displayName: string, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string }, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean, mustChangePassword: boolean } | null } }> } };

export type DisableExtranetAccessInBulkMutationVariables = Exact<{
  personIds: Array<string | number> | string | number;
}>;


export type DisableExtranetAccessInBulkMutation = { disableExtranetAccess: Array<{ __typename: 'Person', id: string, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean, mustChangePassword: boolean } | null }> };

export type BuildingCard_BuildingFragment = { __typename: 'Building', id: string, code: string, name: string, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string }, syndicate: { __typename: 'Syndicate', code: string, name: string } | null, allocationKeys: Array<{ __typename: 'AllocationKey', id: string, code: string, label: string, totalShares: string }> } & { ' $fragmentName'?: 'BuildingCard_BuildingFragment' };

export type BuildingCouncil_BuildingFragment = { __typename: 'Building', id: string, council: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', id: string, role: CouncilRole, isActive: boolean, startDate: string, person: { __typename: 'Person', id: string, displayName: string } | null }> } } & { ' $fragmentName'?: 'BuildingCouncil_BuildingFragment' };

export type BuildingLots_BuildingFragment = { __typename: 'Building', id: string, lots: { __typename: 'LotConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename: 'Lot', id: string, code: string, type: string, floor: string | null, shares: Array<{ __typename: 'LotShare', shares: string, allocationKey: { __typename: 'AllocationKey', id: string, code: string, totalShares: string } | null }>, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string, isActive: boolean, person: { __typename: 'Person', id: string, displayName: string } | null, account: { __typename: 'Account', id: string, number: string } | null }> } }> } } & { ' $fragmentName'?: 'BuildingLots_BuildingFragment' };

export type BuildingTenants_BuildingFragment = { __typename: 'Building', id: string, lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', id: string, code: string, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string, isActive: boolean, startDate: string, noticeDate: string | null, departureDate: string | null, tenant: { __typename: 'Person', id: string, displayName: string } | null }> } }> } } & { ' $fragmentName'?: 'BuildingTenants_BuildingFragment' };

export type ExtranetAccessPanel_PersonFragment = { __typename: 'Person', id: string, displayName: string, emails: Array<string> | null, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean, mustChangePassword: boolean } | null } & { ' $fragmentName'?: 'ExtranetAccessPanel_PersonFragment' };

export type IssueTemporaryPasswordMutationVariables = Exact<{
  personId: string | number;
  delivery?: TemporaryPasswordDelivery | null | undefined;
}>;


export type IssueTemporaryPasswordMutation = { issueTemporaryPassword: { __typename: 'AccessGrant', identifier: string, temporaryPassword: string, emailedTo: string | null, letterPdfBase64: string, person: { __typename: 'Person', id: string, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean, mustChangePassword: boolean } | null } } };

export type EnableExtranetAccessMutationVariables = Exact<{
  personIds: Array<string | number> | string | number;
  delivery?: TemporaryPasswordDelivery | null | undefined;
}>;


export type EnableExtranetAccessMutation = { enableExtranetAccess: Array<{ __typename: 'AccessGrant', identifier: string, temporaryPassword: string, emailedTo: string | null, letterPdfBase64: string, person: { __typename: 'Person', id: string, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean, mustChangePassword: boolean } | null } }> };

export type DisableExtranetAccessMutationVariables = Exact<{
  personIds: Array<string | number> | string | number;
}>;


export type DisableExtranetAccessMutation = { disableExtranetAccess: Array<{ __typename: 'Person', id: string, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean, mustChangePassword: boolean } | null }> };

export type PersonAccounts_PersonFragment = { __typename: 'Person', id: string, displayName: string, accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', id: string, number: string, label: string, kind: AccountKind, isPublished: boolean, balance: string }> } } & { ' $fragmentName'?: 'PersonAccounts_PersonFragment' };

export type SetAccountsPublishedMutationVariables = Exact<{
  accountIds: Array<string | number> | string | number;
  isPublished: boolean;
}>;


export type SetAccountsPublishedMutation = { setAccountsPublished: Array<{ __typename: 'Account', id: string, isPublished: boolean }> };

export type PersonHoldings_PersonFragment = { __typename: 'Person', id: string, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string, isActive: boolean, startDate: string, endDate: string | null, lot: { __typename: 'Lot', id: string, code: string, type: string, building: { __typename: 'Building', id: string, code: string, name: string } | null, shares: Array<{ __typename: 'LotShare', shares: string, allocationKey: { __typename: 'AllocationKey', id: string, code: string, totalShares: string } | null }> } | null }> }, mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', id: string, code: string, startDate: string, endDate: string | null, lots: Array<{ __typename: 'Lot', id: string, code: string, type: string, building: { __typename: 'Building', id: string, code: string, name: string } | null }> }> }, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string, startDate: string, noticeDate: string | null, departureDate: string | null, lot: { __typename: 'Lot', id: string, code: string, type: string, building: { __typename: 'Building', id: string, code: string, name: string } | null } | null }> }, councilMemberships: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', id: string, role: CouncilRole, startDate: string, endDate: string | null, building: { __typename: 'Building', id: string, code: string, name: string } | null }> } } & { ' $fragmentName'?: 'PersonHoldings_PersonFragment' };

export type PersonIdentity_PersonFragment = { __typename: 'Person', id: string, civility: string, displayName: string, roles: Array<PersonRole> | null, emails: Array<string> | null, phones: Array<string> | null, notifyNewDocuments: boolean | null, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string } } & { ' $fragmentName'?: 'PersonIdentity_PersonFragment' };

export type PersonRow_PersonFragment = { __typename: 'Person', id: string, civility: string, displayName: string, roles: Array<PersonRole> | null, postalAddress: { __typename: 'PostalAddress', postalCode: string, city: string }, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean, mustChangePassword: boolean } | null } & { ' $fragmentName'?: 'PersonRow_PersonFragment' };

export type BuildingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildingDetailQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | (
      { __typename: 'Building', code: string, name: string, canReadExpenseList: boolean, id: string, postalAddress: { __typename: 'PostalAddress', line1: string, postalCode: string, city: string }, syndicate: { __typename: 'Syndicate', code: string, name: string } | null, worksFund: (
        { __typename: 'BuildingWorksFund', lots: Array<{ __typename: 'LotWorksFund', total: string }> }
        & { ' $fragmentRefs'?: { 'BuildingWorksFund_FundFragment': BuildingWorksFund_FundFragment } }
      ) | null }
      & { ' $fragmentRefs'?: { 'BuildingLots_BuildingFragment': BuildingLots_BuildingFragment;'BuildingCouncil_BuildingFragment': BuildingCouncil_BuildingFragment;'BuildingTenants_BuildingFragment': BuildingTenants_BuildingFragment;'BuildingRecordActions_BuildingFragment': BuildingRecordActions_BuildingFragment;'BuildingPhotosCard_BuildingFragment': BuildingPhotosCard_BuildingFragment } }
    )
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

export type BuildingsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BuildingsQuery = { buildings: { __typename: 'BuildingConnection', totalCount: number | null, edges: Array<{ __typename: 'BuildingEdge', cursor: string, node: (
        { __typename: 'Building', id: string }
        & { ' $fragmentRefs'?: { 'BuildingCard_BuildingFragment': BuildingCard_BuildingFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type PeopleQueryVariables = Exact<{
  search?: string | null | undefined;
  role?: PersonRole | null | undefined;
  buildingId?: string | number | null | undefined;
  hasAccess?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleQuery = { people: { __typename: 'PersonConnection', totalCount: number | null, edges: Array<{ __typename: 'PersonEdge', cursor: string, node: (
        { __typename: 'Person', id: string, displayName: string }
        & { ' $fragmentRefs'?: { 'PersonRow_PersonFragment': PersonRow_PersonFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } }, buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', id: string, code: string }> } };

export type PeopleIdsQueryVariables = Exact<{
  search?: string | null | undefined;
  role?: PersonRole | null | undefined;
  buildingId?: string | number | null | undefined;
  hasAccess?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleIdsQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type PersonDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonDetailQuery = { node:
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
    | (
      { __typename: 'Person', civility: string, displayName: string, id: string }
      & { ' $fragmentRefs'?: { 'PersonIdentity_PersonFragment': PersonIdentity_PersonFragment;'ExtranetAccessPanel_PersonFragment': ExtranetAccessPanel_PersonFragment;'PersonHoldings_PersonFragment': PersonHoldings_PersonFragment;'PersonAccounts_PersonFragment': PersonAccounts_PersonFragment;'PersonRecordActions_PersonFragment': PersonRecordActions_PersonFragment } }
    )
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type RecordsUpsertAllocationKeyMutationVariables = Exact<{
  keys: Array<AllocationKeyInput> | AllocationKeyInput;
}>;


export type RecordsUpsertAllocationKeyMutation = { upsertAllocationKeys: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type RecordsUpsertBuildingMutationVariables = Exact<{
  buildings: Array<BuildingInput> | BuildingInput;
}>;


export type RecordsUpsertBuildingMutation = { upsertBuildings: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type RecordsBuildingByCodeQueryVariables = Exact<{
  search: string;
}>;


export type RecordsBuildingByCodeQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', id: string, code: string }> } };

export type BuildingRecordActions_BuildingFragment = { __typename: 'Building', id: string, allocationKeys: Array<{ __typename: 'AllocationKey', id: string, code: string, label: string, totalShares: string }> } & { ' $fragmentName'?: 'BuildingRecordActions_BuildingFragment' };

export type RecordsUpsertCouncilMutationVariables = Exact<{
  memberships: Array<CouncilMembershipInput> | CouncilMembershipInput;
}>;


export type RecordsUpsertCouncilMutation = { upsertCouncilMemberships: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type RecordsLeaseNoticeMutationVariables = Exact<{
  leaseId: string | number;
  noticeDate: string;
}>;


export type RecordsLeaseNoticeMutation = { recordLeaseNotice: { __typename: 'Lease', id: string, noticeDate: string | null, departureDate: string | null, isActive: boolean } };

export type RecordsLeaseDepartureMutationVariables = Exact<{
  leaseId: string | number;
  departureDate: string;
}>;


export type RecordsLeaseDepartureMutation = { recordLeaseDeparture: { __typename: 'Lease', id: string, noticeDate: string | null, departureDate: string | null, isActive: boolean } };

export type RecordsUpsertLeaseMutationVariables = Exact<{
  leases: Array<LeaseInput> | LeaseInput;
}>;


export type RecordsUpsertLeaseMutation = { upsertLeases: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type RecordsUpsertLotMutationVariables = Exact<{
  lots: Array<LotInput> | LotInput;
}>;


export type RecordsUpsertLotMutation = { upsertLots: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type RecordsPersonChoicesQueryVariables = Exact<{
  search: string;
}>;


export type RecordsPersonChoicesQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, displayName: string, externalId: string | null }> } };

export type RecordsUpsertPersonMutationVariables = Exact<{
  persons: Array<PersonInput> | PersonInput;
}>;


export type RecordsUpsertPersonMutation = { upsertPersons: { __typename: 'ImportResult', created: number, updated: number, unchanged: number } };

export type RecordsPersonByExternalIdQueryVariables = Exact<{
  externalId: string;
}>;


export type RecordsPersonByExternalIdQuery = { personByExternalId: { __typename: 'Person', id: string, displayName: string } | null };

export type PersonRecordActions_PersonFragment = { __typename: 'Person', id: string, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string, isActive: boolean, lot: { __typename: 'Lot', id: string, code: string } | null }> }, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string, noticeDate: string | null, departureDate: string | null, lot: { __typename: 'Lot', id: string, code: string } | null }> } } & { ' $fragmentName'?: 'PersonRecordActions_PersonFragment' };

export type RecordsRecordSaleMutationVariables = Exact<{
  ownershipId: string | number;
  saleDate: string;
  buyer?: SaleBuyerInput | null | undefined;
}>;


export type RecordsRecordSaleMutation = { recordSale: { __typename: 'Ownership', id: string, endDate: string | null, isActive: boolean } };

export type RecordsSaleOutcomeQueryVariables = Exact<{
  sellerId: string | number;
}>;


export type RecordsSaleOutcomeQuery = { node:
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
    | { __typename: 'Person', id: string, extranetAccess: { __typename: 'ExtranetAccess', identifier: string, isEnabled: boolean } | null }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null, agencySettings: { __typename: 'AgencySettings', disableAccessOnSale: boolean } };

export type RecordsAllocationKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsAllocationKeysQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', code: string, name: string, id: string, allocationKeys: Array<{ __typename: 'AllocationKey', id: string, code: string, label: string, totalShares: string }> }
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

export type RecordsBuildingToEditQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsBuildingToEditQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', code: string, name: string, id: string, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string }, syndicate: { __typename: 'Syndicate', code: string } | null }
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

export type RecordsCouncilToElectQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsCouncilToElectQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', code: string, name: string, id: string, council: { __typename: 'CouncilMembershipConnection', nodes: Array<{ __typename: 'CouncilMembership', id: string, role: CouncilRole, isActive: boolean, startDate: string, person: { __typename: 'Person', id: string, displayName: string, externalId: string | null } | null }> } }
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
   | null, candidates: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, displayName: string, externalId: string | null }> } };

export type RecordsLeaseToRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsLeaseToRecordQuery = { node:
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
    | { __typename: 'Lease', startDate: string, noticeDate: string | null, departureDate: string | null, id: string, lot: { __typename: 'Lot', id: string, code: string, building: { __typename: 'Building', id: string, name: string } | null } | null, tenant: { __typename: 'Person', id: string, displayName: string } | null }
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

export type RecordsLotFormQueryVariables = Exact<{
  buildingId: string | number;
  lotId: string | number;
  isEditing: boolean;
}>;


export type RecordsLotFormQuery = { building:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', code: string, name: string, id: string, allocationKeys: Array<{ __typename: 'AllocationKey', id: string, code: string, label: string, totalShares: string }>, lots: { __typename: 'LotConnection', nodes: Array<{ __typename: 'Lot', id: string, code: string }> } }
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
   | null, lot?:
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
    | { __typename: 'Lot', code: string, type: string, floor: string | null, surface: string | null, rooms: number | null, id: string, shares: Array<{ __typename: 'LotShare', shares: string, allocationKey: { __typename: 'AllocationKey', id: string, code: string } | null }> }
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

export type RecordsLotToLeaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsLotToLeaseQuery = { node:
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
    | { __typename: 'Lot', code: string, type: string, id: string, building: { __typename: 'Building', id: string, name: string } | null }
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

export type RecordsTenantToLeaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsTenantToLeaseQuery = { node:
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
    | { __typename: 'Person', displayName: string, externalId: string | null, id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type RecordsPersonToEditQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsPersonToEditQuery = { node:
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
    | { __typename: 'Person', externalId: string | null, civility: string, displayName: string, emails: Array<string> | null, phones: Array<string> | null, id: string, postalAddress: { __typename: 'PostalAddress', line1: string, line2: string, postalCode: string, city: string } }
    | { __typename: 'Photo', id: string }
    | { __typename: 'RequestAttachment', id: string }
    | { __typename: 'RequestMessage', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'TenantRegularisation', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketDocument', id: string }
   | null };

export type RecordsOwnershipToSellQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsOwnershipToSellQuery = { node:
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
    | { __typename: 'Ownership', startDate: string, isActive: boolean, id: string, lot: { __typename: 'Lot', id: string, code: string, building: { __typename: 'Building', id: string, name: string } | null } | null, person: { __typename: 'Person', id: string, displayName: string } | null }
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

export type UpdateRegularisationPeriodMutationVariables = Exact<{
  input: UpdateChargeRegularisationInput;
}>;


export type UpdateRegularisationPeriodMutation = { updateChargeRegularisation: { __typename: 'ChargeRegularisation', id: string, periodStart: string, periodEnd: string, periodDays: number } };

export type RecordFiguresTable_RecordFragment = { __typename: 'TenantRegularisation', id: string, isDeparted: boolean, chargesTotal: string, waterTotal: string, total: string, provisions: string, retained: string, regularisation: string, instalments: number, newMonthlyProvision: string | null, lines: Array<{ __typename: 'RegularisationLine', label: string, days: number, periodDays: number, share: string, totalAmount: string, amountDue: string }>, water: Array<{ __typename: 'RegularisationWaterLine', label: string, consumption: string, unitPrice: string, amountDue: string }> } & { ' $fragmentName'?: 'RecordFiguresTable_RecordFragment' };

export type TenantRecordCard_RecordFragment = (
  { __typename: 'TenantRegularisation', id: string, status: RegularisationStatus, days: number, isDeparted: boolean, isSkipped: boolean, isCreditor: boolean, share: string, provisions: string, retained: string, instalmentsRequested: number, currentMonthlyProvision: string, newMonthlyProvision: string | null, isNewMonthlyProvisionEntered: boolean, billedAmount: string | null, statementPdfUrl: string | null, isStatementPublished: boolean, extraCharges: Array<{ __typename: 'RegularisationCharge', label: string, amount: string }>, water: Array<{ __typename: 'RegularisationWaterLine', label: string, indexStart: string, indexEnd: string, unitPrice: string }>, tenant: { __typename: 'Person', id: string, displayName: string } | null }
  & { ' $fragmentRefs'?: { 'RecordFiguresTable_RecordFragment': RecordFiguresTable_RecordFragment } }
) & { ' $fragmentName'?: 'TenantRecordCard_RecordFragment' };

export type UpdateTenantRegularisationMutationVariables = Exact<{
  input: UpdateTenantRegularisationInput;
}>;


export type UpdateTenantRegularisationMutation = { updateTenantRegularisation: (
    { __typename: 'TenantRegularisation', id: string }
    & { ' $fragmentRefs'?: { 'TenantRecordCard_RecordFragment': TenantRecordCard_RecordFragment } }
  ) };

export type RegularisationOwnersQueryVariables = Exact<{ [key: string]: never; }>;


export type RegularisationOwnersQuery = { people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, displayName: string }> } };

export type RegularisationOwnerLotsQueryVariables = Exact<{
  ownerId: string | number;
}>;


export type RegularisationOwnerLotsQuery = { node:
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
    | { __typename: 'Person', id: string, mandates: { __typename: 'ManagementMandateConnection', nodes: Array<{ __typename: 'ManagementMandate', id: string, lots: Array<{ __typename: 'Lot', id: string, code: string, type: string, building: { __typename: 'Building', id: string, code: string, name: string } | null }> }> } }
    | { __typename: 'Photo' }
    | { __typename: 'RequestAttachment' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'Resolution' }
    | { __typename: 'Supplier' }
    | { __typename: 'TenantRegularisation' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketDocument' }
   | null };

export type CreateRegularisationMutationVariables = Exact<{
  input: CreateChargeRegularisationInput;
}>;


export type CreateRegularisationMutation = { createChargeRegularisation: { __typename: 'ChargeRegularisation', id: string } };

export type RegularisationQueryVariables = Exact<{
  id: string | number;
}>;


export type RegularisationQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgencyOffice' }
    | { __typename: 'AllocationKey' }
    | { __typename: 'Announcement' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AssemblyParticipant' }
    | { __typename: 'Binder' }
    | { __typename: 'Building' }
    | { __typename: 'ChargeRegularisation', id: string, periodStart: string, periodEnd: string, periodDays: number, status: RegularisationStatus, fiscalCode: string, departedThreshold: string, provisionRatePercent: string, charges: Array<{ __typename: 'RegularisationCharge', label: string, amount: string }>, lot: { __typename: 'Lot', id: string, code: string, building: { __typename: 'Building', id: string, name: string } | null } | null, records: Array<(
        { __typename: 'TenantRegularisation', id: string, status: RegularisationStatus, regularisation: string, isSkipped: boolean, tenant: { __typename: 'Person', id: string, displayName: string } | null }
        & { ' $fragmentRefs'?: { 'TenantRecordCard_RecordFragment': TenantRecordCard_RecordFragment } }
      )> }
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

export type ValidateTenantRegularisationsMutationVariables = Exact<{
  recordIds: Array<string | number> | string | number;
}>;


export type ValidateTenantRegularisationsMutation = { validateTenantRegularisations: Array<{ __typename: 'TenantRegularisation', id: string, status: RegularisationStatus }> };

export type BillTenantRegularisationsMutationVariables = Exact<{
  recordIds: Array<string | number> | string | number;
}>;


export type BillTenantRegularisationsMutation = { billTenantRegularisations: Array<(
    { __typename: 'TenantRegularisation', id: string }
    & { ' $fragmentRefs'?: { 'TenantRecordCard_RecordFragment': TenantRecordCard_RecordFragment } }
  )> };

export type DeleteChargeRegularisationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteChargeRegularisationMutation = { deleteChargeRegularisation: boolean };

export type RegularisationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RegularisationsQuery = { chargeRegularisations: { __typename: 'ChargeRegularisationConnection', nodes: Array<{ __typename: 'ChargeRegularisation', id: string, periodStart: string, periodEnd: string, status: RegularisationStatus, lot: { __typename: 'Lot', id: string, code: string, building: { __typename: 'Building', id: string, name: string } | null } | null, records: Array<{ __typename: 'TenantRegularisation', id: string, tenant: { __typename: 'Person', id: string, displayName: string } | null }> }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type TicketSuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketSuppliersQuery = { suppliers: { __typename: 'SupplierConnection', nodes: Array<{ __typename: 'Supplier', id: string, name: string, trade: string }> } };

export type CreateTicketFromPageMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketFromPageMutation = { createTicket: { __typename: 'Ticket', id: string } };

export type RequestAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestAssigneesQuery = { collaborators: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, displayName: string }> } };

export type SetThreadStatusMutationVariables = Exact<{
  input: SetRequestStatusInput;
}>;


export type SetThreadStatusMutation = { setRequestStatus: { __typename: 'ClientRequest', id: string, status: RequestStatus, updatedAt: string } };

export type AssignThreadMutationVariables = Exact<{
  input: AssignRequestInput;
}>;


export type AssignThreadMutation = { assignRequest: { __typename: 'ClientRequest', id: string, updatedAt: string, assignee: { __typename: 'RequestParticipant', id: string, displayName: string } | null } };

export type HomeRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeRequestsQuery = { viewer: { __typename: 'Viewer', identifier: string, requests: { __typename: 'ClientRequestConnection', totalCount: number | null, countsByStatus: Array<{ __typename: 'RequestStatusCount', status: RequestStatus, count: number }>, nodes: Array<(
        { __typename: 'ClientRequest', id: string }
        & { ' $fragmentRefs'?: { 'RequestList_RequestFragment': RequestList_RequestFragment } }
      )> } } | null };

export type RequestList_RequestFragment = { __typename: 'ClientRequest', id: string, title: string, category: RequestCategory, status: RequestStatus, openedAt: string, updatedAt: string, building: { __typename: 'Building', id: string, code: string } | null, lot: { __typename: 'Lot', id: string, code: string } | null, author: { __typename: 'RequestParticipant', id: string, displayName: string } | null } & { ' $fragmentName'?: 'RequestList_RequestFragment' };

export type TicketCard_TicketFragment = { __typename: 'Ticket', id: string, status: TicketStatus, description: string | null, supplier: { __typename: 'Supplier', id: string, name: string, trade: string, phone: string | null } | null, documents: Array<{ __typename: 'TicketDocument', id: string, kind: TicketDocumentKind, fileName: string, amount: string | null, addedAt: string, url: string }> } & { ' $fragmentName'?: 'TicketCard_TicketFragment' };

export type SetTicketStatusFromPageMutationVariables = Exact<{
  input: SetTicketStatusInput;
}>;


export type SetTicketStatusFromPageMutation = { setTicketStatus: { __typename: 'Ticket', id: string, status: TicketStatus, updatedAt: string } };

export type AddTicketDocumentFromPageMutationVariables = Exact<{
  input: AddTicketDocumentInput;
}>;


export type AddTicketDocumentFromPageMutation = { addTicketDocument: { __typename: 'TicketDocument', id: string } };

export type RequestInboxQueryVariables = Exact<{
  status?: RequestStatus | null | undefined;
  category?: RequestCategory | null | undefined;
  buildingId?: string | number | null | undefined;
  assigneeId?: string | number | null | undefined;
  openedBefore?: string | null | undefined;
}>;


export type RequestInboxQuery = { buildings: { __typename: 'BuildingConnection', nodes: Array<{ __typename: 'Building', id: string, code: string, name: string }> }, collaborators: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, displayName: string }> }, requests: { __typename: 'ClientRequestConnection', totalCount: number | null, countsByStatus: Array<{ __typename: 'RequestStatusCount', status: RequestStatus, count: number }>, nodes: Array<(
      { __typename: 'ClientRequest', id: string }
      & { ' $fragmentRefs'?: { 'RequestList_RequestFragment': RequestList_RequestFragment } }
    )> } };

export type MyRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRequestsQuery = { viewer: { __typename: 'Viewer', identifier: string, requests: { __typename: 'ClientRequestConnection', nodes: Array<(
        { __typename: 'ClientRequest', id: string }
        & { ' $fragmentRefs'?: { 'RequestList_RequestFragment': RequestList_RequestFragment } }
      )> }, person: { __typename: 'Person', id: string, ownerships: { __typename: 'OwnershipConnection', nodes: Array<{ __typename: 'Ownership', id: string, lot: { __typename: 'Lot', id: string, code: string } | null }> }, leases: { __typename: 'LeaseConnection', nodes: Array<{ __typename: 'Lease', id: string, lot: { __typename: 'Lot', id: string, code: string } | null }> } } } | null };

export type OpenMyRequestMutationVariables = Exact<{
  input: OpenRequestInput;
}>;


export type OpenMyRequestMutation = { openRequest: { __typename: 'ClientRequest', id: string } };

export type RequestThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestThreadQuery = { viewer: { __typename: 'Viewer', identifier: string, can: { __typename: 'ViewerCan', manageRequests: boolean, manageTickets: boolean } } | null, node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AgencyOffice', id: string }
    | { __typename: 'AllocationKey', id: string }
    | { __typename: 'Announcement', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AssemblyParticipant', id: string }
    | { __typename: 'Binder', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ChargeRegularisation', id: string }
    | { __typename: 'ClientRequest', title: string, status: RequestStatus, category: RequestCategory, openedAt: string, id: string, author: { __typename: 'RequestParticipant', id: string, displayName: string } | null, assignee: { __typename: 'RequestParticipant', id: string, displayName: string } | null, lot: { __typename: 'Lot', id: string, code: string } | null, building: { __typename: 'Building', id: string, code: string } | null, ticket: (
        { __typename: 'Ticket', id: string }
        & { ' $fragmentRefs'?: { 'TicketCard_TicketFragment': TicketCard_TicketFragment } }
      ) | null, messages: { __typename: 'RequestMessageConnection', nodes: Array<{ __typename: 'RequestMessage', id: string, text: string, isInternal: boolean, postedAt: string, author: { __typename: 'RequestParticipant', id: string, displayName: string } | null, attachments: Array<{ __typename: 'RequestAttachment', id: string, fileName: string, url: string }> }> } }
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

export type PostThreadMessageMutationVariables = Exact<{
  input: PostRequestMessageInput;
}>;


export type PostThreadMessageMutation = { postRequestMessage: { __typename: 'RequestMessage', id: string } };

export type AgencyProfileForm_ProfileFragment = { __typename: 'AgencyProfile', name: string, legalName: string | null, legalForm: string | null, siret: string | null, apeCode: string | null, representativeName: string | null, professionalCardNumber: string | null, professionalCardIssuer: string | null, financialGuarantee: string | null, address: string | null, phone: string | null, email: string | null } & { ' $fragmentName'?: 'AgencyProfileForm_ProfileFragment' };

export type UpdateAgencyProfileMutationVariables = Exact<{
  input: AgencyProfileInput;
}>;


export type UpdateAgencyProfileMutation = { updateAgencyProfile: (
    { __typename: 'AgencyProfile' }
    & { ' $fragmentRefs'?: { 'AgencyProfileForm_ProfileFragment': AgencyProfileForm_ProfileFragment } }
  ) };

export type SettingsForm_SettingsFragment = { __typename: 'AgencySettings', entries: Array<{ __typename: 'AgencySettingEntry', key: string, section: AgencySettingSection, isEnabled: boolean | null, choice: string | null, choices: Array<string> }> } & { ' $fragmentName'?: 'SettingsForm_SettingsFragment' };

export type UpdateAgencySettingsMutationVariables = Exact<{
  input: AgencySettingsInput;
}>;


export type UpdateAgencySettingsMutation = { updateAgencySettings: (
    { __typename: 'AgencySettings' }
    & { ' $fragmentRefs'?: { 'SettingsForm_SettingsFragment': SettingsForm_SettingsFragment } }
  ) };

export type AgencyProfilePageQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyProfilePageQuery = { agencyProfile: (
    { __typename: 'AgencyProfile' }
    & { ' $fragmentRefs'?: { 'AgencyProfileForm_ProfileFragment': AgencyProfileForm_ProfileFragment } }
  ) | null };

export type SettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPageQuery = { agencySettings: (
    { __typename: 'AgencySettings' }
    & { ' $fragmentRefs'?: { 'SettingsForm_SettingsFragment': SettingsForm_SettingsFragment } }
  ) };

export type SpaceChooserQueryVariables = Exact<{ [key: string]: never; }>;


export type SpaceChooserQuery = { viewer: { __typename: 'Viewer', identifier: string, displayName: string, spaces: Array<Space> } | null };

export type BuildingWorksFund_FundFragment = { __typename: 'BuildingWorksFund', total: string, asOf: string | null, building: { __typename: 'Building', id: string, code: string, name: string, postalAddress: { __typename: 'PostalAddress', line1: string, postalCode: string, city: string } } | null, lots: Array<{ __typename: 'LotWorksFund', total: string, lot: { __typename: 'Lot', id: string, code: string, type: string } | null, lines: Array<{ __typename: 'WorksFundLine', accountNumber: string, label: string, amount: string }> }> } & { ' $fragmentName'?: 'BuildingWorksFund_FundFragment' };

export type WorksFundsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorksFundsQuery = { viewer: { __typename: 'Viewer', identifier: string, person: { __typename: 'Person', id: string, worksFunds: Array<(
        { __typename: 'BuildingWorksFund', building: { __typename: 'Building', id: string } | null }
        & { ' $fragmentRefs'?: { 'BuildingWorksFund_FundFragment': BuildingWorksFund_FundFragment } }
      )> | null } } | null };

export const AccountSummary_AccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"balancePresentation"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AccountSummary_AccountFragment, unknown>;
export const StatementTable_StatementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTable_statement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredit"}}]}}]} as unknown as DocumentNode<StatementTable_StatementFragment, unknown>;
export const StatementTable_LineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTable_line"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]} as unknown as DocumentNode<StatementTable_LineFragment, unknown>;
export const OfficeCard_OfficeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeCard_office"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}}]}}]} as unknown as DocumentNode<OfficeCard_OfficeFragment, unknown>;
export const AnnouncementList_AnnouncementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementList_announcement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"publishOn"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AnnouncementList_AnnouncementFragment, unknown>;
export const ResolutionResult_ResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]} as unknown as DocumentNode<ResolutionResult_ResultFragment, unknown>;
export const Agenda_ResolutionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Agenda_resolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]} as unknown as DocumentNode<Agenda_ResolutionFragment, unknown>;
export const AssemblyDocuments_AssemblyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssemblyDocuments_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutesDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<AssemblyDocuments_AssemblyFragment, unknown>;
export const AssemblyList_AssemblyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssemblyList_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"isPostalVoteOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AssemblyList_AssemblyFragment, unknown>;
export const AttendanceTotals_SummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceTotals_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}}]} as unknown as DocumentNode<AttendanceTotals_SummaryFragment, unknown>;
export const AssemblyReport_ReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssemblyReport_report"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssemblyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceTotals_summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remoteVoters"}},{"kind":"Field","name":{"kind":"Name","value":"postalVoters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}},{"kind":"Field","name":{"kind":"Name","value":"arrivals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}},{"kind":"Field","name":{"kind":"Name","value":"firstVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceTotals_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]} as unknown as DocumentNode<AssemblyReport_ReportFragment, unknown>;
export const AttendanceSheet_AssemblyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceSheet_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceTotals_summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceTotals_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}}]} as unknown as DocumentNode<AttendanceSheet_AssemblyFragment, unknown>;
export const MyAttendance_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAttendance_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssemblyParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]} as unknown as DocumentNode<MyAttendance_ParticipantFragment, unknown>;
export const PostalVoteReceipt_ReceiptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostalVoteReceipt_receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostalVoteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PostalVoteReceipt_ReceiptFragment, unknown>;
export const VotePanel_ResolutionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotePanel_resolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}},{"kind":"Field","name":{"kind":"Name","value":"firstVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]} as unknown as DocumentNode<VotePanel_ResolutionFragment, unknown>;
export const BalanceOverview_AccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceOverview_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<BalanceOverview_AccountFragment, unknown>;
export const PropertyGroups_LotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyGroups_lot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<PropertyGroups_LotFragment, unknown>;
export const LotCard_LotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotCard_lot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"surface"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]}}]} as unknown as DocumentNode<LotCard_LotFragment, unknown>;
export const ClientProperties_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProperties_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isSyndic"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyGroups_lot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotCard_lot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"surface"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]}}]} as unknown as DocumentNode<ClientProperties_PersonFragment, unknown>;
export const ContactCards_ContactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactCards_contacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactCards_ContactsFragment, unknown>;
export const ContactDetails_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetails_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"notifyNewDocuments"}}]}}]} as unknown as DocumentNode<ContactDetails_PersonFragment, unknown>;
export const CouncilSection_BuildingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilSection_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouncilSection_BuildingFragment, unknown>;
export const BinderGrid_BinderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BinderGrid_binder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Binder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}}]}}]} as unknown as DocumentNode<BinderGrid_BinderFragment, unknown>;
export const BinderPanel_BinderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BinderPanel_binder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Binder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicLevel"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"}},{"kind":"Field","name":{"kind":"Name","value":"notifyByDefault"}}]}}]}}]} as unknown as DocumentNode<BinderPanel_BinderFragment, unknown>;
export const DocumentList_DocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentList_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DocumentList_DocumentFragment, unknown>;
export const DocumentTable_DocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentTable_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<DocumentTable_DocumentFragment, unknown>;
export const ExpenseTable_ListFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpenseTable_list"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountLabel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"deductible"}},{"kind":"Field","name":{"kind":"Name","value":"recoverable"}}]}}]}}]} as unknown as DocumentNode<ExpenseTable_ListFragment, unknown>;
export const ExpenseTable_ExpenseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpenseTable_expense"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expense"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"deductible"}},{"kind":"Field","name":{"kind":"Name","value":"recoverable"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ExpenseTable_ExpenseFragment, unknown>;
export const ImportColumns_KindFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportColumns_kind"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKindInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}}]}}]}}]} as unknown as DocumentNode<ImportColumns_KindFragment, unknown>;
export const NewsItemList_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewsItemList_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]} as unknown as DocumentNode<NewsItemList_ItemFragment, unknown>;
export const SupplierCard_SupplierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierCard_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]} as unknown as DocumentNode<SupplierCard_SupplierFragment, unknown>;
export const BuildingPhotosCard_BuildingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingPhotosCard_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<BuildingPhotosCard_BuildingFragment, unknown>;
export const PhotoGrid_PhotoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhotoGrid_photo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailWidth"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailHeight"}}]}}]} as unknown as DocumentNode<PhotoGrid_PhotoFragment, unknown>;
export const PhotoViewer_PhotoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhotoViewer_photo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}}]}}]} as unknown as DocumentNode<PhotoViewer_PhotoFragment, unknown>;
export const BuildingCard_BuildingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingCard_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]} as unknown as DocumentNode<BuildingCard_BuildingFragment, unknown>;
export const BuildingCouncil_BuildingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingCouncil_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildingCouncil_BuildingFragment, unknown>;
export const BuildingLots_BuildingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingLots_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildingLots_BuildingFragment, unknown>;
export const BuildingTenants_BuildingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingTenants_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildingTenants_BuildingFragment, unknown>;
export const ExtranetAccessPanel_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtranetAccessPanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ExtranetAccessPanel_PersonFragment, unknown>;
export const PersonAccounts_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonAccounts_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<PersonAccounts_PersonFragment, unknown>;
export const PersonHoldings_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonHoldings_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonHoldings_PersonFragment, unknown>;
export const PersonIdentity_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonIdentity_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"notifyNewDocuments"}}]}}]} as unknown as DocumentNode<PersonIdentity_PersonFragment, unknown>;
export const PersonRow_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRow_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<PersonRow_PersonFragment, unknown>;
export const BuildingRecordActions_BuildingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingRecordActions_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]} as unknown as DocumentNode<BuildingRecordActions_BuildingFragment, unknown>;
export const PersonRecordActions_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRecordActions_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonRecordActions_PersonFragment, unknown>;
export const RecordFiguresTable_RecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFiguresTable_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}}]}}]} as unknown as DocumentNode<RecordFiguresTable_RecordFragment, unknown>;
export const TenantRecordCard_RecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantRecordCard_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"extraCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"instalmentsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"isNewMonthlyProvisionEntered"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isStatementPublished"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFiguresTable_record"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFiguresTable_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}}]}}]} as unknown as DocumentNode<TenantRecordCard_RecordFragment, unknown>;
export const RequestList_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestList_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RequestList_RequestFragment, unknown>;
export const TicketCard_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketCard_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TicketCard_TicketFragment, unknown>;
export const AgencyProfileForm_ProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyProfileForm_profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"financialGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<AgencyProfileForm_ProfileFragment, unknown>;
export const SettingsForm_SettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]} as unknown as DocumentNode<SettingsForm_SettingsFragment, unknown>;
export const BuildingWorksFund_FundFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingWorksFund_fund"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildingWorksFund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<BuildingWorksFund_FundFragment, unknown>;
export const SpaceShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpaceShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"spaces"}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"readWorksFunds"}},{"kind":"Field","name":{"kind":"Name","value":"readExpenseLists"}},{"kind":"Field","name":{"kind":"Name","value":"managePortfolio"}},{"kind":"Field","name":{"kind":"Name","value":"manageApiTokens"}},{"kind":"Field","name":{"kind":"Name","value":"manageCollaborators"}},{"kind":"Field","name":{"kind":"Name","value":"manageAgency"}},{"kind":"Field","name":{"kind":"Name","value":"readAgencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"readProperties"}},{"kind":"Field","name":{"kind":"Name","value":"readDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"manageDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"readPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"managePhotos"}},{"kind":"Field","name":{"kind":"Name","value":"regulariseCharges"}},{"kind":"Field","name":{"kind":"Name","value":"readAnnouncements"}},{"kind":"Field","name":{"kind":"Name","value":"manageAnnouncements"}},{"kind":"Field","name":{"kind":"Name","value":"readNewsFeed"}},{"kind":"Field","name":{"kind":"Name","value":"openRequests"}},{"kind":"Field","name":{"kind":"Name","value":"manageRequests"}},{"kind":"Field","name":{"kind":"Name","value":"readPartners"}},{"kind":"Field","name":{"kind":"Name","value":"manageTickets"}}]}}]}}]}}]} as unknown as DocumentNode<SpaceShellQuery, SpaceShellQueryVariables>;
export const HomeSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"spaces"}}]}}]}}]} as unknown as DocumentNode<HomeSpacesQuery, HomeSpacesQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SessionViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<SessionViewerQuery, SessionViewerQueryVariables>;
export const AccountStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary_account"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTable_statement"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTable_line"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]},{"kind":"Field","name":{"kind":"Name","value":"statementCsvUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"balancePresentation"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTable_statement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTable_line"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]} as unknown as DocumentNode<AccountStatementQuery, AccountStatementQueryVariables>;
export const BalanceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BalanceHistoryQuery, BalanceHistoryQueryVariables>;
export const ClientAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientAccountsQuery, ClientAccountsQueryVariables>;
export const ManagerAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerAccountQuery, ManagerAccountQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CollaboratorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collaborators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollaboratorsQuery, CollaboratorsQueryVariables>;
export const AddCollaboratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCollaborator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCollaboratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCollaborator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"emailedTo"}},{"kind":"Field","name":{"kind":"Name","value":"letterPdfBase64"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AddCollaboratorMutation, AddCollaboratorMutationVariables>;
export const RemoveCollaboratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCollaborator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCollaborator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<RemoveCollaboratorMutation, RemoveCollaboratorMutationVariables>;
export const CreateAgencyOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgencyOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeCard_office"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeCard_office"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}}]}}]} as unknown as DocumentNode<CreateAgencyOfficeMutation, CreateAgencyOfficeMutationVariables>;
export const UpdateAgencyOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeCard_office"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeCard_office"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}}]}}]} as unknown as DocumentNode<UpdateAgencyOfficeMutation, UpdateAgencyOfficeMutationVariables>;
export const AgencyContactsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyContactsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyOffices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeCard_office"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeCard_office"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}}]}}]} as unknown as DocumentNode<AgencyContactsPageQuery, AgencyContactsPageQueryVariables>;
export const OfficesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyOffices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeCard_office"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeCard_office"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}}]}}]} as unknown as DocumentNode<OfficesPageQuery, OfficesPageQueryVariables>;
export const DeleteAgencyOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgencyOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgencyOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAgencyOfficeMutation, DeleteAgencyOfficeMutationVariables>;
export const AnnouncementBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementBuildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AnnouncementBuildingsQuery, AnnouncementBuildingsQueryVariables>;
export const PublishAnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementList_announcement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementList_announcement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"publishOn"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PublishAnnouncementMutation, PublishAnnouncementMutationVariables>;
export const HomeAnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeAnnouncements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementList_announcement"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementList_announcement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"publishOn"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<HomeAnnouncementsQuery, HomeAnnouncementsQueryVariables>;
export const ManageAnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManageAnnouncements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementList_announcement"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementList_announcement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"publishOn"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ManageAnnouncementsQuery, ManageAnnouncementsQueryVariables>;
export const DeleteAnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAnnouncementMutation, DeleteAnnouncementMutationVariables>;
export const MyAnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAnnouncements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementList_announcement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementList_announcement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"publishOn"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MyAnnouncementsQuery, MyAnnouncementsQueryVariables>;
export const RecordArrivalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordArrival"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordArrivalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordArrival"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]}}]} as unknown as DocumentNode<RecordArrivalMutation, RecordArrivalMutationVariables>;
export const RecordDepartureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDeparture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDepartureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDeparture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDepartureMutation, RecordDepartureMutationVariables>;
export const SetAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceSheet_assembly"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceTotals_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceSheet_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceTotals_summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetAttendanceMutation, SetAttendanceMutationVariables>;
export const MarkAllPresentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllPresent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assemblyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceMode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllPresent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assemblyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceSheet_assembly"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceTotals_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceSheet_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceTotals_summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarkAllPresentMutation, MarkAllPresentMutationVariables>;
export const MarkAllAbsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllAbsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assemblyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllAbsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assemblyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceSheet_assembly"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceTotals_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceSheet_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceTotals_summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarkAllAbsentMutation, MarkAllAbsentMutationVariables>;
export const PublishConvocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishConvocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assemblyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishConvocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assemblyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"convocationsPublishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishConvocationsMutation, PublishConvocationsMutationVariables>;
export const CreateGeneralAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGeneralAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGeneralAssemblyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGeneralAssembly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateGeneralAssemblyMutation, CreateGeneralAssemblyMutationVariables>;
export const UpdateGeneralAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGeneralAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGeneralAssemblyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGeneralAssembly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"postalVoteDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"isPostalVoteOpen"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"secretaryName"}}]}}]}}]} as unknown as DocumentNode<UpdateGeneralAssemblyMutation, UpdateGeneralAssemblyMutationVariables>;
export const RecordPostalVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPostalVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPostalVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPostalVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}}]}}]}}]} as unknown as DocumentNode<RecordPostalVoteMutation, RecordPostalVoteMutationVariables>;
export const CastPostalVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastPostalVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastPostalVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castPostalVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castAt"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"postalVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostalVoteReceipt_receipt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostalVoteReceipt_receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostalVoteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CastPostalVoteMutation, CastPostalVoteMutationVariables>;
export const HandAssemblyToProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandAssemblyToProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandAssemblyToProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handAssemblyToProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handedToProviderAt"}}]}}]}}]} as unknown as DocumentNode<HandAssemblyToProviderMutation, HandAssemblyToProviderMutationVariables>;
export const PublishAssemblyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAssemblyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assemblyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssemblyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assemblyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishAssemblyReportMutation, PublishAssemblyReportMutationVariables>;
export const AddResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddResolutionMutation, AddResolutionMutationVariables>;
export const RecordVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VotePanel_resolution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotePanel_resolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}},{"kind":"Field","name":{"kind":"Name","value":"firstVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}}]}}]}}]} as unknown as DocumentNode<RecordVotesMutation, RecordVotesMutationVariables>;
export const RecordUnanimousVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordUnanimousVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordUnanimousVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordUnanimousVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VotePanel_resolution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotePanel_resolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}},{"kind":"Field","name":{"kind":"Name","value":"firstVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}}]}}]}}]} as unknown as DocumentNode<RecordUnanimousVoteMutation, RecordUnanimousVoteMutationVariables>;
export const AmendResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resolutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VotePanel_resolution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotePanel_resolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}},{"kind":"Field","name":{"kind":"Name","value":"firstVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}}]}}]}}]} as unknown as DocumentNode<AmendResolutionMutation, AmendResolutionMutationVariables>;
export const ManagerAssembliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerAssemblies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generalAssemblies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssemblyList_assembly"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssemblyList_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"isPostalVoteOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ManagerAssembliesQuery, ManagerAssembliesQueryVariables>;
export const ManagedAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"postalVoteDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"convocationsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handedToProviderAt"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"secretaryName"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Agenda_resolution"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VotePanel_resolution"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceSheet_assembly"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssemblyDocuments_assembly"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssemblyReport_report"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceTotals_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Agenda_resolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotePanel_resolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}},{"kind":"Field","name":{"kind":"Name","value":"firstVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceSheet_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceTotals_summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssemblyDocuments_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutesDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssemblyReport_report"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssemblyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceTotals_summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remoteVoters"}},{"kind":"Field","name":{"kind":"Name","value":"postalVoters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}},{"kind":"Field","name":{"kind":"Name","value":"arrivals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}},{"kind":"Field","name":{"kind":"Name","value":"firstVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagedAssemblyQuery, ManagedAssemblyQueryVariables>;
export const MyAssembliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssemblies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generalAssemblies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssemblyList_assembly"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssemblyList_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"isPostalVoteOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyAssembliesQuery, MyAssembliesQueryVariables>;
export const MyAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"postalVoteDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"isPostalVoteOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reportPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Agenda_resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceTotals_summary"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssemblyDocuments_assembly"}},{"kind":"Field","name":{"kind":"Name","value":"viewerParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAttendance_participant"}},{"kind":"Field","name":{"kind":"Name","value":"postalVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostalVoteReceipt_receipt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionResult_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingArticle"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"no"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abstain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notVoting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opponents"}},{"kind":"Field","name":{"kind":"Name","value":"abstainers"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"}},{"kind":"Field","name":{"kind":"Name","value":"defaillants"}},{"kind":"Field","name":{"kind":"Name","value":"art22"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"reducedTo"}},{"kind":"Field","name":{"kind":"Name","value":"keyTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Agenda_resolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"majority"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionResult_result"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceTotals_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssemblyDocuments_assembly"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralAssembly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutesDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAttendance_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssemblyParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postalFormValid"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHolder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostalVoteReceipt_receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostalVoteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyAssemblyQuery, MyAssemblyQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ResetLinkStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResetLinkStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetLinkStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<ResetLinkStatusQuery, ResetLinkStatusQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const UpdateMyPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notifyNewDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notifyNewDocuments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notifyNewDocuments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifyNewDocuments"}}]}}]}}]} as unknown as DocumentNode<UpdateMyPreferencesMutation, UpdateMyPreferencesMutationVariables>;
export const HomeContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isSyndic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContacts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContacts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactCards_contacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilBuildings"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isSyndic"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilSection_building"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactCards_contacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilSection_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeContactsQuery, HomeContactsQueryVariables>;
export const HomePropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeProperties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isSyndic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProperties_person"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyGroups_lot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotCard_lot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"surface"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProperties_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isSyndic"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomePropertiesQuery, HomePropertiesQueryVariables>;
export const ClientHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"readAgencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"readProperties"}},{"kind":"Field","name":{"kind":"Name","value":"readDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"readAnnouncements"}},{"kind":"Field","name":{"kind":"Name","value":"readNewsFeed"}},{"kind":"Field","name":{"kind":"Name","value":"openRequests"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetails_person"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceOverview_account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetails_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"notifyNewDocuments"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceOverview_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<ClientHomeQuery, ClientHomeQueryVariables>;
export const ClientPropertiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPropertiesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isSyndic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProperties_person"}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyGroups_lot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LotCard_lot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"surface"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProperties_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isSyndic"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isGerance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyGroups_lot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LotCard_lot"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientPropertiesPageQuery, ClientPropertiesPageQueryVariables>;
export const CreateBinderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBinder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBinderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBinder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicLevel"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"}},{"kind":"Field","name":{"kind":"Name","value":"notifyByDefault"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBinderMutation, CreateBinderMutationVariables>;
export const RenameBinderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameBinder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameBinder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"binderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}}]}}]}}]} as unknown as DocumentNode<RenameBinderMutation, RenameBinderMutationVariables>;
export const SetBinderRightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBinderRights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBinderRightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBinderRights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicLevel"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"}},{"kind":"Field","name":{"kind":"Name","value":"notifyByDefault"}}]}}]}}]}}]} as unknown as DocumentNode<SetBinderRightsMutation, SetBinderRightsMutationVariables>;
export const DeleteBinderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBinder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBinder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"binderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}}}]}]}}]} as unknown as DocumentNode<DeleteBinderMutation, DeleteBinderMutationVariables>;
export const BinderDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BinderDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}},{"kind":"Argument","name":{"kind":"Name","value":"binderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentList_document"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentList_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BinderDocumentsQuery, BinderDocumentsQueryVariables>;
export const CoOwnerListBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoOwnerListBuildings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"syndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoOwnerListBuildingsQuery, CoOwnerListBuildingsQueryVariables>;
export const RegenerateCoOwnerListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateCoOwnerLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateCoOwnerLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildingIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RegenerateCoOwnerListsMutation, RegenerateCoOwnerListsMutationVariables>;
export const DocumentSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentList_document"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentList_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DocumentSearchQuery, DocumentSearchQueryVariables>;
export const SetDocumentsPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDocumentsPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isPublished"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDocumentsPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"isPublished"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPublished"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}}]}}]}}]} as unknown as DocumentNode<SetDocumentsPublishedMutation, SetDocumentsPublishedMutationVariables>;
export const DeleteDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentIds"}}}]}]}}]} as unknown as DocumentNode<DeleteDocumentsMutation, DeleteDocumentsMutationVariables>;
export const HomeDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentList_document"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentList_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"binder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeDocumentsQuery, HomeDocumentsQueryVariables>;
export const PersonDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageDocuments"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentTable_document"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentTable_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<PersonDocumentsQuery, PersonDocumentsQueryVariables>;
export const TargetBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetBuildings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetBuildingsQuery, TargetBuildingsQueryVariables>;
export const TargetLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetLotsQuery, TargetLotsQueryVariables>;
export const TargetPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetPeopleQuery, TargetPeopleQueryVariables>;
export const TargetPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetPersonQuery, TargetPersonQueryVariables>;
export const ManagerDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageDocuments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"EnumValue","value":"MANAGEMENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BinderPanel_binder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"EnumValue","value":"MANAGEMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"binderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"binderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentTable_document"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BinderPanel_binder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Binder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syndicLevel"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"}},{"kind":"Field","name":{"kind":"Name","value":"notifyByDefault"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentTable_document"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ManagerDocumentsQuery, ManagerDocumentsQueryVariables>;
export const MyBindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBinders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Space"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BinderGrid_binder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BinderGrid_binder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Binder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folders"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}}]}}]} as unknown as DocumentNode<MyBindersQuery, MyBindersQueryVariables>;
export const PublishBindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishBinders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"binders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"space"},"value":{"kind":"EnumValue","value":"MANAGEMENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyByDefault"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishBindersQuery, PublishBindersQueryVariables>;
export const PublishDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PublishDocumentMutation, PublishDocumentMutationVariables>;
export const ExpenseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpenseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYearId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expenseList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpenseTable_list"}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpenseTable_expense"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpenseTable_list"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountLabel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"deductible"}},{"kind":"Field","name":{"kind":"Name","value":"recoverable"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpenseTable_expense"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expense"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"deductible"}},{"kind":"Field","name":{"kind":"Name","value":"recoverable"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ExpenseListQuery, ExpenseListQueryVariables>;
export const ExpenseBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpenseBuildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"councilMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canReadExpenseList"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExpenseBuildingsQuery, ExpenseBuildingsQueryVariables>;
export const ImportKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportColumns_kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportColumns_kind"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKindInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}}]}}]}}]} as unknown as DocumentNode<ImportKindsQuery, ImportKindsQueryVariables>;
export const PreviewImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"isCommittable"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewImportQuery, PreviewImportQueryVariables>;
export const CommitImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<CommitImportMutation, CommitImportMutationVariables>;
export const LegalNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"financialGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<LegalNoticeQuery, LegalNoticeQueryVariables>;
export const HomeNewsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeNewsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"newsItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewsItemList_item"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewsItemList_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]} as unknown as DocumentNode<HomeNewsFeedQuery, HomeNewsFeedQueryVariables>;
export const NewsFeedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewsFeedPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"newsItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewsItemList_item"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewsItemList_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]} as unknown as DocumentNode<NewsFeedPageQuery, NewsFeedPageQueryVariables>;
export const SetNewsFeedUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNewsFeedUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNewsFeedUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SetNewsFeedUrlMutation, SetNewsFeedUrlMutationVariables>;
export const CreateSupplierFromPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupplierFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierCard_supplier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierCard_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]} as unknown as DocumentNode<CreateSupplierFromPageMutation, CreateSupplierFromPageMutationVariables>;
export const UpdateSupplierFromPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupplierFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"supplierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierCard_supplier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierCard_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]} as unknown as DocumentNode<UpdateSupplierFromPageMutation, UpdateSupplierFromPageMutationVariables>;
export const PartnersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierCard_supplier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierCard_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]} as unknown as DocumentNode<PartnersPageQuery, PartnersPageQueryVariables>;
export const SuppliersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuppliersPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierCard_supplier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierCard_supplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]} as unknown as DocumentNode<SuppliersPageQuery, SuppliersPageQueryVariables>;
export const PublishPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PublishPhotoMutation, PublishPhotoMutationVariables>;
export const BuildingPhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildingPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managePhotos"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhotoGrid_photo"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhotoViewer_photo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhotoGrid_photo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailWidth"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailHeight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhotoViewer_photo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}}]}}]} as unknown as DocumentNode<BuildingPhotosQuery, BuildingPhotosQueryVariables>;
export const DeletePhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePhotos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"photoIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<DeletePhotosMutation, DeletePhotosMutationVariables>;
export const MyPhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhotoGrid_photo"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhotoViewer_photo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhotoGrid_photo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailWidth"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailHeight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhotoViewer_photo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}}]}}]} as unknown as DocumentNode<MyPhotosQuery, MyPhotosQueryVariables>;
export const EnableExtranetAccessInBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableExtranetAccessInBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TemporaryPasswordDelivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableExtranetAccessInBulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"emailedTo"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lettersPdfBase64"}}]}}]}}]} as unknown as DocumentNode<EnableExtranetAccessInBulkMutation, EnableExtranetAccessInBulkMutationVariables>;
export const DisableExtranetAccessInBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableExtranetAccessInBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<DisableExtranetAccessInBulkMutation, DisableExtranetAccessInBulkMutationVariables>;
export const IssueTemporaryPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueTemporaryPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TemporaryPasswordDelivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"emailedTo"}},{"kind":"Field","name":{"kind":"Name","value":"letterPdfBase64"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssueTemporaryPasswordMutation, IssueTemporaryPasswordMutationVariables>;
export const EnableExtranetAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableExtranetAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TemporaryPasswordDelivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"emailedTo"}},{"kind":"Field","name":{"kind":"Name","value":"letterPdfBase64"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnableExtranetAccessMutation, EnableExtranetAccessMutationVariables>;
export const DisableExtranetAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableExtranetAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableExtranetAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<DisableExtranetAccessMutation, DisableExtranetAccessMutationVariables>;
export const SetAccountsPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountsPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isPublished"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountsPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"isPublished"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPublished"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}}]}}]}}]} as unknown as DocumentNode<SetAccountsPublishedMutation, SetAccountsPublishedMutationVariables>;
export const BuildingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canReadExpenseList"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildingLots_building"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildingCouncil_building"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildingTenants_building"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildingRecordActions_building"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildingPhotosCard_building"}},{"kind":"Field","name":{"kind":"Name","value":"worksFund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildingWorksFund_fund"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingLots_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingCouncil_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingTenants_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingRecordActions_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingPhotosCard_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingWorksFund_fund"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildingWorksFund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<BuildingDetailQuery, BuildingDetailQueryVariables>;
export const BuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Buildings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildingCard_building"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingCard_building"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]} as unknown as DocumentNode<BuildingsQuery, BuildingsQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasAccess"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hasAccess"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasAccess"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRow_person"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRow_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PeopleIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasAccess"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hasAccess"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasAccess"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleIdsQuery, PeopleIdsQueryVariables>;
export const PersonDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonIdentity_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtranetAccessPanel_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonHoldings_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonAccounts_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRecordActions_person"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonIdentity_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"notifyNewDocuments"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtranetAccessPanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonHoldings_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonAccounts_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRecordActions_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonDetailQuery, PersonDetailQueryVariables>;
export const RecordsUpsertAllocationKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsUpsertAllocationKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationKeyInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAllocationKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<RecordsUpsertAllocationKeyMutation, RecordsUpsertAllocationKeyMutationVariables>;
export const RecordsUpsertBuildingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsUpsertBuilding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuildingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertBuildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<RecordsUpsertBuildingMutation, RecordsUpsertBuildingMutationVariables>;
export const RecordsBuildingByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsBuildingByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsBuildingByCodeQuery, RecordsBuildingByCodeQueryVariables>;
export const RecordsUpsertCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsUpsertCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberships"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMembershipInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCouncilMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberships"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberships"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<RecordsUpsertCouncilMutation, RecordsUpsertCouncilMutationVariables>;
export const RecordsLeaseNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsLeaseNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeaseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"noticeDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<RecordsLeaseNoticeMutation, RecordsLeaseNoticeMutationVariables>;
export const RecordsLeaseDepartureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsLeaseDeparture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departureDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeaseDeparture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"departureDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departureDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<RecordsLeaseDepartureMutation, RecordsLeaseDepartureMutationVariables>;
export const RecordsUpsertLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsUpsertLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leases"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLeases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<RecordsUpsertLeaseMutation, RecordsUpsertLeaseMutationVariables>;
export const RecordsUpsertLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsUpsertLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lots"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lots"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lots"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<RecordsUpsertLotMutation, RecordsUpsertLotMutationVariables>;
export const RecordsPersonChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsPersonChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsPersonChoicesQuery, RecordsPersonChoicesQueryVariables>;
export const RecordsUpsertPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsUpsertPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"persons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"persons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"persons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<RecordsUpsertPersonMutation, RecordsUpsertPersonMutationVariables>;
export const RecordsPersonByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsPersonByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RecordsPersonByExternalIdQuery, RecordsPersonByExternalIdQueryVariables>;
export const RecordsRecordSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsRecordSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"saleDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buyer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleBuyerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"saleDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"saleDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"buyer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buyer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<RecordsRecordSaleMutation, RecordsRecordSaleMutationVariables>;
export const RecordsSaleOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsSaleOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sellerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sellerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extranetAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccessOnSale"}}]}}]}}]} as unknown as DocumentNode<RecordsSaleOutcomeQuery, RecordsSaleOutcomeQueryVariables>;
export const RecordsAllocationKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsAllocationKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordsAllocationKeysQuery, RecordsAllocationKeysQueryVariables>;
export const RecordsBuildingToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsBuildingToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordsBuildingToEditQuery, RecordsBuildingToEditQueryVariables>;
export const RecordsCouncilToElectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsCouncilToElect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"candidates"},"name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"COOWNER"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsCouncilToElectQuery, RecordsCouncilToElectQueryVariables>;
export const RecordsLeaseToRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsLeaseToRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordsLeaseToRecordQuery, RecordsLeaseToRecordQueryVariables>;
export const RecordsLotFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsLotForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isEditing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"building"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Building"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lot"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isEditing"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"surface"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"allocationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordsLotFormQuery, RecordsLotFormQueryVariables>;
export const RecordsLotToLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsLotToLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordsLotToLeaseQuery, RecordsLotToLeaseQueryVariables>;
export const RecordsTenantToLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsTenantToLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsTenantToLeaseQuery, RecordsTenantToLeaseQueryVariables>;
export const RecordsPersonToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsPersonToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordsPersonToEditQuery, RecordsPersonToEditQueryVariables>;
export const RecordsOwnershipToSellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsOwnershipToSell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordsOwnershipToSellQuery, RecordsOwnershipToSellQueryVariables>;
export const UpdateRegularisationPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegularisationPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChargeRegularisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChargeRegularisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}}]}}]} as unknown as DocumentNode<UpdateRegularisationPeriodMutation, UpdateRegularisationPeriodMutationVariables>;
export const UpdateTenantRegularisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantRegularisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantRegularisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantRegularisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantRecordCard_record"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFiguresTable_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantRecordCard_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"extraCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"instalmentsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"isNewMonthlyProvisionEntered"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isStatementPublished"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFiguresTable_record"}}]}}]} as unknown as DocumentNode<UpdateTenantRegularisationMutation, UpdateTenantRegularisationMutationVariables>;
export const RegularisationOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"OWNER"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationOwnersQuery, RegularisationOwnersQueryVariables>;
export const RegularisationOwnerLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegularisationOwnerLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationOwnerLotsQuery, RegularisationOwnerLotsQueryVariables>;
export const CreateRegularisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegularisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChargeRegularisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChargeRegularisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateRegularisationMutation, CreateRegularisationMutationVariables>;
export const RegularisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regularisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargeRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCode"}},{"kind":"Field","name":{"kind":"Name","value":"departedThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"provisionRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantRecordCard_record"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFiguresTable_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantRecordCard_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"extraCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"instalmentsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"isNewMonthlyProvisionEntered"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isStatementPublished"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFiguresTable_record"}}]}}]} as unknown as DocumentNode<RegularisationQuery, RegularisationQueryVariables>;
export const ValidateTenantRegularisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateTenantRegularisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateTenantRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ValidateTenantRegularisationsMutation, ValidateTenantRegularisationsMutationVariables>;
export const BillTenantRegularisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillTenantRegularisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billTenantRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantRecordCard_record"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFiguresTable_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"waterTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"regularisation"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantRecordCard_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantRegularisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"isDeparted"}},{"kind":"Field","name":{"kind":"Name","value":"isSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditor"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"extraCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"water"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indexStart"}},{"kind":"Field","name":{"kind":"Name","value":"indexEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"instalmentsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"newMonthlyProvision"}},{"kind":"Field","name":{"kind":"Name","value":"isNewMonthlyProvisionEntered"}},{"kind":"Field","name":{"kind":"Name","value":"billedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statementPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isStatementPublished"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFiguresTable_record"}}]}}]} as unknown as DocumentNode<BillTenantRegularisationsMutation, BillTenantRegularisationsMutationVariables>;
export const DeleteChargeRegularisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteChargeRegularisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChargeRegularisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteChargeRegularisationMutation, DeleteChargeRegularisationMutationVariables>;
export const RegularisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regularisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeRegularisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<RegularisationsQuery, RegularisationsQueryVariables>;
export const TicketSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketSuppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}}]}}]}}]}}]} as unknown as DocumentNode<TicketSuppliersQuery, TicketSuppliersQueryVariables>;
export const CreateTicketFromPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicketFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTicketFromPageMutation, CreateTicketFromPageMutationVariables>;
export const RequestAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RequestAssigneesQuery, RequestAssigneesQueryVariables>;
export const SetThreadStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetThreadStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetThreadStatusMutation, SetThreadStatusMutationVariables>;
export const AssignThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AssignThreadMutation, AssignThreadMutationVariables>;
export const HomeRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestList_request"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestList_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<HomeRequestsQuery, HomeRequestsQueryVariables>;
export const SetTicketStatusFromPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketStatusFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetTicketStatusFromPageMutation, SetTicketStatusFromPageMutationVariables>;
export const AddTicketDocumentFromPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTicketDocumentFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddTicketDocumentFromPageMutation, AddTicketDocumentFromPageMutationVariables>;
export const RequestInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openedBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openedBefore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestList_request"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestList_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RequestInboxQuery, RequestInboxQueryVariables>;
export const MyRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestList_request"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestList_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyRequestsQuery, MyRequestsQueryVariables>;
export const OpenMyRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMyRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenMyRequestMutation, OpenMyRequestMutationVariables>;
export const RequestThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageRequests"}},{"kind":"Field","name":{"kind":"Name","value":"manageTickets"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketCard_ticket"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketCard_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RequestThreadQuery, RequestThreadQueryVariables>;
export const PostThreadMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostThreadMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostRequestMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postRequestMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostThreadMessageMutation, PostThreadMessageMutationVariables>;
export const UpdateAgencyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyProfileForm_profile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyProfileForm_profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"financialGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<UpdateAgencyProfileMutation, UpdateAgencyProfileMutationVariables>;
export const UpdateAgencySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsForm_settings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]} as unknown as DocumentNode<UpdateAgencySettingsMutation, UpdateAgencySettingsMutationVariables>;
export const AgencyProfilePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyProfilePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyProfileForm_profile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyProfileForm_profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"apeCode"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCardIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"financialGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<AgencyProfilePageQuery, AgencyProfilePageQueryVariables>;
export const SettingsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsForm_settings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]} as unknown as DocumentNode<SettingsPageQuery, SettingsPageQueryVariables>;
export const SpaceChooserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpaceChooser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"spaces"}}]}}]}}]} as unknown as DocumentNode<SpaceChooserQuery, SpaceChooserQueryVariables>;
export const WorksFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"worksFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildingWorksFund_fund"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildingWorksFund_fund"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildingWorksFund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<WorksFundsQuery, WorksFundsQueryVariables>;