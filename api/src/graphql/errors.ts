import { GraphQLError } from 'graphql';

/**
 * The one list of error codes: clients branch on `extensions.code`, never on messages. Each code
 * carries the HTTP status that file downloads answer with. The web's copy is generated from this
 * list (`pnpm schema:emit` writes web/src/app/api-errors.generated.ts).
 */
export const ERROR_CODES = {
  /** No session, or an expired one. */
  UNAUTHENTICATED: { httpStatus: 401, description: 'Sign in first (no session, or an expired one).' },
  /** The actor sees the row but may not act on it (`action`; `reason` MODULE_DISABLED when the agency switched the module off). */
  FORBIDDEN: { httpStatus: 403, description: 'Not allowed (extensions.action; reason MODULE_DISABLED when a module is off).' },
  /** The row is missing or not visible. */
  NOT_FOUND: { httpStatus: 404, description: 'Missing or not visible (extensions.entity).' },
  /** Validation failed (`field`, `reason`). */
  BAD_USER_INPUT: { httpStatus: 400, description: 'Validation failed (extensions.field, extensions.reason).' },
  /** A state rule or unique key was violated (`reason`). */
  CONFLICT: { httpStatus: 409, description: 'A state rule or a unique key was violated (extensions.reason).' },
  /** A temporary password awaits its change: only changePassword is allowed. */
  PASSWORD_CHANGE_REQUIRED: { httpStatus: 403, description: 'Change the temporary password first.' },
  /** Too many failed sign-ins (`retryAfterSeconds`). */
  TOO_MANY_ATTEMPTS: { httpStatus: 429, description: 'Too many failed attempts (extensions.retryAfterSeconds).' },
  /** Anything else, masked and logged (`requestId`). */
  INTERNAL_SERVER_ERROR: { httpStatus: 500, description: 'Unexpected; quote extensions.requestId.' },
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** Reasons carried by BAD_USER_INPUT, CONFLICT and FORBIDDEN; each has a French key `errors.<REASON>` in the web. */
export const ERROR_REASONS = {
  PASSWORD_TOO_SHORT: 'The password is shorter than 8 characters.',
  PASSWORD_NEEDS_DIGIT: 'The password has no digit.',
  PASSWORD_NEEDS_UPPERCASE: 'The password has no upper-case letter.',
  PASSWORD_NEEDS_LOWERCASE: 'The password has no lower-case letter.',
  PASSWORD_NEEDS_SPECIAL: 'The password has no special character.',
  WRONG_CURRENT_PASSWORD: 'The current password given to changePassword is wrong.',
  PASSWORD_UNCHANGED: 'The new password equals the current one.',
  INVALID_CREDENTIALS: 'Identifier or password is wrong (deliberately not saying which).',
  INVALID_RESET_TOKEN: 'The reset link is unknown, used or expired.',
  PAGE_SIZE_OUT_OF_RANGE: 'A page size outside 1..100.',
  INVALID_CURSOR: 'A cursor that this API did not issue.',
  INVALID_ID: 'A global id that does not decode or names another type.',
  INVALID_VALUE: 'A value that is empty or malformed.',
  TEXT_TOO_LONG: 'A text longer than its kind allows (codes 64, names 200, labels 300 characters).',
  INVALID_FILE_TYPE: 'An uploaded file whose content is not of the expected type (sniffed, not trusted from its name).',
  INVALID_CODE: 'A code (account number, back-office id…) outside A–Z, a–z, 0–9 and . _ - / (it ends up in file names and headers).',
  DATE_BEFORE_START: 'The date is before the start of the lease or ownership.',
  ACCESS_ALREADY_ENABLED: 'The client already has extranet access.',
  INVALID_AMOUNT: 'An amount that is negative, has more than 2 decimals, or debit and credit both (un)set.',
  UNKNOWN_REFERENCE: 'A code or id in a batch row that names nothing in the agency.',
  DUPLICATE_IN_BATCH: 'The same back-office identifier twice in one batch.',
  LEDGER_ENTRY_IMMUTABLE: 'A ledger entry already loaded with other content: entries are immutable.',
  INVALID_RANGE: 'The end of a date range precedes its start.',
  ACCESS_DISABLED: 'Extranet access is switched off for this client.',
  UNKNOWN_SCOPE: 'The integrator scope does not exist.',
  CANNOT_REMOVE_SELF: 'A manager cannot remove themself from the agency (so an agency always keeps a manager).',
  MODULE_DISABLED: "A module the agency switched off (a FORBIDDEN refusal's reason: the web says so plainly).",
  PRESIDENT_ALREADY_SEATED: 'A council president seat overlapping another current or upcoming president of the same building.',
  ACCOUNT_OF_ANOTHER_PERSON: "An account number given for a person's relation that another person holds.",
  UNIQUE_VIOLATION: 'A value already taken (PostgreSQL unique violation).',
  VALUE_REQUIRED: 'A required cell of an imported file is empty.',
  INVALID_DECIMAL: 'A cell that is not a decimal number ("1 000,91516" and "66.0142" are).',
  INVALID_INTEGER: 'A cell that is not a whole number.',
  INVALID_DATE: 'A cell that is not a calendar date (jj/mm/aaaa or YYYY-MM-DD).',
  CSV_MALFORMED: 'A file that is not a readable CSV (an unclosed quote, more cells than columns).',
  CSV_EMPTY: 'An imported file with no data line.',
  CSV_TOO_MANY_ROWS: 'An imported file over 5 000 data lines.',
  CSV_UNKNOWN_COLUMN: 'A header that is not a column of the import kind.',
  CSV_DUPLICATE_COLUMN: 'The same column twice in the header line.',
  CSV_MISSING_COLUMN: 'A required column is absent from the header line.',
  CSV_CONFLICTING_VALUE: 'The rows of one grouped input (a lot and its shares) disagree on one of its cells.',
  INVALID_SIRET: 'A SIRET that is not 14 digits passing the Luhn check (INSEE).',
  INVALID_EMAIL: 'An e-mail address that is malformed.',
  FILE_TOO_LARGE: 'A file over its size limit (10 MB inline as base64, larger through POST /uploads up to its limit).',
  BINDER_NOT_EMPTY: 'A binder that still holds documents cannot be deleted: delete or move them first.',
  BINDER_RESERVED: 'A binder the rules name ("Factures", "Documents du syndic") cannot be deleted.',
  INVALID_TARGET: 'A document target that is not exactly one of person, account, lease, lot, building, agency-wide, or agency-wide outside "Documents du syndic".',
  UPLOAD_UNAVAILABLE: "A staged upload that is unknown, already used, expired or another uploader's.",
  CONTENT_REQUIRED: 'A document needs exactly one of contentBase64 and uploadId.',
  NO_TENANT_IN_PERIOD: 'A charge regularisation over a period in which no lease of the lot runs.',
  REGULARISATION_BILLED: 'A billed charge regularisation record never changes, and its regularisation cannot be deleted.',
  REGULARISATION_NOT_VALIDATED: 'Only validated ("Validé") regularisation records can be billed.',
  REGULARISATION_ENTERED_FIGURES: 'A new period would remove tenants whose records hold figures the manager entered: confirm with isRemovalConfirmed.',
  NO_TENANT_ACCOUNT: 'A regularisation record whose lease has no tenant account to bill.',
  POSTAL_VOTE_CLOSED: 'The online postal vote closed: forms count only when received three clear days before the AG.',
  PROXY_LIMIT_EXCEEDED: "Art. 22: more than three proxies whose shares with the holder's own exceed 10 % of the syndicate's.",
  PROXY_HOLDER_INVALID:
    'A proxy holder who is not a participant present or remote, the represented co-owner themself, both or neither of a participant and a name, or the syndic or its staff.',
  NOT_A_MEMBER: "A vote for a participant who holds no shares under the resolution's key.",
  VOTED_BY_POST: 'A room vote for a participant voting by post on that resolution: postal choices stand.',
  NO_SECOND_VOTE: 'A second ballot for a resolution whose first vote opened no passerelle (art. 25-1, 26-1).',
  NOT_A_PARTICIPANT: 'The signed-in person is not a co-owner taking part in this AG.',
  ALREADY_PRESENT: 'An arrival recorded for a participant already present or remote.',
  REPORT_PUBLISHED: "The minutes are published: the AG's votes and attendance are frozen.",
  TICKET_EXISTS: 'The request has already become a ticket.',
  REQUEST_CLOSED: 'A closed request takes no more messages from its client (they open a new one).',
  ASSEMBLY_NOT_HELD: 'The minutes of an AG can be published only once it has started.',
  ASSEMBLY_BINDER_MISSING: 'The syndic binder "Assemblées Générales", where the AG documents are filed, was renamed or deleted.',
  CONVOCATIONS_PUBLISHED: 'The convocations of this AG are already published.',
  AGENDA_EMPTY: 'An AG without resolutions cannot be convened.',
  ASSEMBLY_NOT_UPCOMING: 'Only an AG dated in the future can be handed to a remote-voting provider.',
  ASSEMBLY_INCOMPLETE: 'An AG handed to a remote-voting provider needs its agenda and its co-owners.',
} as const;
export type ErrorReason = keyof typeof ERROR_REASONS;

/** Codes Apollo itself raises for malformed operations; their messages are written for clients. */
export const APOLLO_CLIENT_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
] as const;

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = () => error('UNAUTHENTICATED', 'Sign-in required');
export const forbidden = (action: string) => error('FORBIDDEN', `Not allowed: ${action}`, { action });
/** The agency switched off the module this action belongs to. */
export const moduleDisabled = (action: string) => error('FORBIDDEN', `Module switched off by the agency: ${action}`, { action, reason: 'MODULE_DISABLED' satisfies ErrorReason });
export const notFound = (entity: string) => error('NOT_FOUND', `${entity} not found`, { entity });
export const badInput = (field: string, reason: ErrorReason, message: string = reason) => error('BAD_USER_INPUT', message, { field, reason });
export const conflict = (reason: ErrorReason, message: string = reason) => error('CONFLICT', message, { reason });
export const passwordChangeRequired = () => error('PASSWORD_CHANGE_REQUIRED', 'The temporary password must be changed first');
export const tooManyAttempts = (retryAfterSeconds: number) => error('TOO_MANY_ATTEMPTS', 'Too many failed sign-ins; try again later', { retryAfterSeconds });
