import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Guarded } from '../auth/declarations';
import { Node } from '../graphql/node';
import { Connection } from '../graphql/connection';

export enum Space {
  SYNDIC = 'SYNDIC',
  GERANCE = 'GERANCE',
  MANAGEMENT = 'MANAGEMENT',
}
registerEnumType(Space, { name: 'Space', description: 'The spaces of "choix de l\'espace": syndic, gérance, agency console.' });

export enum PersonRole {
  COOWNER = 'COOWNER',
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
  COUNCIL_PRESIDENT = 'COUNCIL_PRESIDENT',
  OWNER = 'OWNER',
  TENANT = 'TENANT',
  MANAGER = 'MANAGER',
}
registerEnumType(PersonRole, { name: 'PersonRole', description: 'A role that a current relation gives the person.' });

export enum IntegratorScopeEnum {
  PEOPLE_READ = 'people:read',
  PEOPLE_WRITE = 'people:write',
  PORTFOLIO_READ = 'portfolio:read',
  PORTFOLIO_WRITE = 'portfolio:write',
  LEDGER_READ = 'ledger:read',
  LEDGER_WRITE = 'ledger:write',
  DOCUMENTS_READ = 'documents:read',
  DOCUMENTS_WRITE = 'documents:write',
  REGULARISATION_WRITE = 'regularisation:write',
  ASSEMBLIES_READ = 'assemblies:read',
  ASSEMBLIES_WRITE = 'assemblies:write',
  REQUESTS_READ = 'requests:read',
  REQUESTS_WRITE = 'requests:write',
}
registerEnumType(IntegratorScopeEnum, { name: 'IntegratorScope', description: 'Read/write areas an API token may hold.' });

@ObjectType({ description: 'A postal address as printed on letters.' })
export class PostalAddress {
  @Field(() => String) line1!: string;
  @Field(() => String) line2!: string;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
}

/** Mirrors PostalAddress; line2 may be omitted. */
@InputType({ description: 'A postal address as printed on letters (mirrors PostalAddress).' })
export class PostalAddressInput {
  @Field(() => String) line1!: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
}

@ObjectType({ implements: Node, description: 'Tiers: a natural or legal person, a couple ("Madame et Monsieur …").' })
export class Person extends Node {
  @Field(() => String) displayName!: string;
  @Field(() => String) civility!: string;

  @Guarded('person.readExternalId')
  @Field(() => String, { nullable: true, description: "The back-office's own code for the person (upsertPersons key): managers and integrators only, null for clients." })
  externalId!: string | null;

  @Guarded('person.readContact')
  @Field(() => [String], { nullable: true, description: 'Visible to the person and to managers only.' })
  emails!: string[] | null;

  @Guarded('person.readContact')
  @Field(() => [String], { nullable: true, description: 'Visible to the person and to managers only.' })
  phones!: string[] | null;

  @Guarded('person.readContact')
  @Field(() => Boolean, { nullable: true, description: 'Notifications of new documents (the person and managers only).' })
  notifyNewDocuments!: boolean | null;
}

@ObjectType({ description: "A client's extranet access (manager view, or the person's own)." })
export class ExtranetAccess {
  @Field(() => String) identifier!: string;
  @Field(() => Boolean) isEnabled!: boolean;
  @Field(() => Boolean, { description: 'A temporary password awaits its first use.' }) mustChangePassword!: boolean;
}

@ObjectType({ description: 'Who is signed in.' })
export class Viewer {
  @Field(() => String) identifier!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Boolean, { description: 'True after a sign-in with a temporary password: only changePassword is allowed.' })
  mustChangePassword!: boolean;
}

/**
 * What the viewer may do, from the same rules the API enforces (outline sends its policies the
 * same way): menus and buttons read it instead of restating a rule. Each module adds its fields
 * with an extension resolver on this type.
 */
@ObjectType({ description: 'What the viewer may do, computed by the API from the same rules it enforces; menus and buttons read it.' })
export class ViewerCan {
  @Field(() => Boolean, { description: 'The manager console (portfolio, buildings).' })
  managePortfolio!: boolean;

  @Field(() => Boolean, { description: "The agency's integrator tokens (create, revoke)." })
  manageApiTokens!: boolean;

  @Field(() => Boolean, { description: "The agency's managers (add, remove)." })
  manageCollaborators!: boolean;
  @Field(() => Boolean, { description: 'The agency\'s settings and legal profile ("Paramètres", "Profil de l\'agence").' })
  manageAgency!: boolean;
}

@ObjectType({ description: 'Shown once: the identifier and the temporary password to give the client.' })
export class AccessGrant {
  @Field(() => String) identifier!: string;
  @Field(() => String) temporaryPassword!: string;
  @Field(() => String, { nullable: true, description: 'The address the password was e-mailed to (sendByEmail); null when not sent.' })
  emailedTo!: string | null;
}

@InputType({ description: 'How a new temporary password reaches the client, besides being shown once.' })
export class TemporaryPasswordDelivery {
  @Field(() => Boolean, { defaultValue: false, description: "Also e-mail it to the client's first address (skipped when they have none)." })
  sendByEmail!: boolean;
}

@ObjectType({ description: 'Shown once: the grants of an "activation par salve" and their letters in one PDF.' })
export class BulkAccessGrantPayload {
  @Field(() => [AccessGrant], { description: 'One per client, in the order given.' }) grants!: unknown[];
  @Field(() => String, {
    description: 'Every letter to print or post, one page per client, in one PDF (base64). Only in this payload; never stored, so never downloadable again.',
  })
  lettersPdfBase64!: string;
}

@InputType({ description: "A new manager of the caller's agency; they sign in with a first password valid once, as a client does." })
export class AddCollaboratorInput {
  @Field(() => String, { nullable: true, description: 'Madame, Monsieur… (printed on the letter).' }) civility?: string | null;
  @Field(() => String, { description: 'As on the portfolio ("DUPONT Claire"); the sign-in identifier is made from it.' }) displayName!: string;
  @Field(() => String, { description: 'Their work address; the first password is e-mailed there when asked.' }) email!: string;
  @Field(() => TemporaryPasswordDelivery, { nullable: true }) delivery?: TemporaryPasswordDelivery | null;
}

export enum PasswordResetLinkStatus {
  VALID = 'VALID',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(PasswordResetLinkStatus, { name: 'PasswordResetLinkStatus', description: 'Whether a reset link can still be used (checked when its page opens).' });

@ObjectType({ implements: Node, description: "An integrator's API token (the secret is never shown again)." })
export class ApiToken extends Node {
  @Field(() => String) name!: string;
  @Field(() => [IntegratorScopeEnum]) scopes!: IntegratorScopeEnum[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When set, the token stops working at this instant.' }) expiresAt!: Date | null;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => String, { description: 'The bearer secret, shown this once.' }) token!: string;
  @Field(() => ApiToken) apiToken!: unknown;
}

@ObjectType()
export class LoginPayload {
  @Field(() => Viewer) viewer!: unknown;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String) newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the e-mailed link.' }) token!: string;
  @Field(() => String) newPassword!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String) name!: string;
  @Field(() => [IntegratorScopeEnum]) scopes!: IntegratorScopeEnum[];
  @Field(() => Date, { nullable: true, description: 'Optional expiry, in the future; none: until revoked.' }) expiresAt?: Date | null;
}

export const PersonConnection = Connection(Person, 'Person');
export const ApiTokenConnection = Connection(ApiToken, 'ApiToken');

declare module '../graphql/node' {
  /** This module's node types (global ids "Person:uuid"…). */
  interface NodeTypes {
    Person: true;
    ApiToken: true;
  }
}
