import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Node } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars/local-date';

export enum BinderModule {
  GERANCE = 'GERANCE',
  SYNDIC = 'SYNDIC',
}
registerEnumType(BinderModule, { name: 'BinderModule', description: 'The module a binder belongs to (manual: "Classeurs Gérance", "Classeurs Syndic").' });

export enum SyndicLevel {
  PRESIDENT = 'PRESIDENT',
  COUNCIL = 'COUNCIL',
  ALL_COOWNERS = 'ALL_COOWNERS',
}
registerEnumType(SyndicLevel, {
  name: 'SyndicLevel',
  description: 'Who a syndic binder opens to, one ordered level: the council president, every council member (president included), every co-owner (council included).',
});

export enum AgencyWideAudience {
  COUNCILS = 'COUNCILS',
  ALL_COOWNERS = 'ALL_COOWNERS',
}
registerEnumType(AgencyWideAudience, {
  name: 'AgencyWideAudience',
  description: 'Who an agency-wide document of "Documents du syndic" reaches (loi ÉLAN): every council member of every building, or every co-owner.',
});

@ObjectType({ description: "A binder's rights: a syndic binder's level (null: nobody), a gérance binder's owner and tenant columns." })
export class BinderRights {
  @Field(() => SyndicLevel, { nullable: true }) syndicLevel!: SyndicLevel | null;
  @Field(() => Boolean) owner!: boolean;
  @Field(() => Boolean) tenant!: boolean;
  @Field(() => Boolean, { description: 'Its documents published without a word on `notify` e-mail the people who can see them ("Activer les notifications" of the model).' })
  notifyByDefault!: boolean;
}

@ObjectType({ implements: Node, description: 'Classeur: where documents are filed, per module, with its rights; " / " in its name makes sub-folders.' })
export class Binder extends Node {
  @Field(() => String) name!: string;
  @Field(() => BinderModule) module!: BinderModule;
}

@ObjectType({ implements: Node, description: 'A published file (manual: an "événement" and its attachment).' })
export class Document extends Node {
  @Field(() => String) title!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'application/pdf, image/jpeg, image/png (checked on the content).' }) contentType!: string;
  @Field(() => Int) byteSize!: number;
  @Field(() => LocalDateScalar, { description: 'First day of publication.' }) publishedOn!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day it is no longer shown; null: published "ad vitam".' }) expiresOn!: string | null;
  @Field(() => Boolean, { description: 'False once unpublished ("Dépublier"); clients never see such a document.' }) isPublished!: boolean;
}

export const DocumentConnection = Connection(Document, 'Document');

@InputType({ description: 'Exactly one: a person, an account, a lease, a lot (personal), a building (generic), or the whole agency (only in "Documents du syndic").' })
export class DocumentTargetInput {
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => ID, { nullable: true }) accountId?: string | null;
  @Field(() => ID, { nullable: true }) leaseId?: string | null;
  @Field(() => ID, { nullable: true }) lotId?: string | null;
  @Field(() => ID, { nullable: true }) buildingId?: string | null;
  @Field(() => AgencyWideAudience, { nullable: true }) agencyWide?: AgencyWideAudience | null;
}

@InputType({ description: 'A document to publish; the file inline (base64, up to 10 MB) or as a staged upload (POST /uploads).' })
export class PublishDocumentInput {
  @Field(() => ID) binderId!: string;
  @Field(() => String, { description: 'The title clients see (the file name when `useFileNameAsTitle` or the agency says so).' }) title!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'application/pdf, image/jpeg or image/png; the bytes must match.' }) contentType!: string;
  @Field(() => String, { nullable: true, description: 'The file, base64, up to 10 MB decoded.' }) contentBase64?: string | null;
  @Field(() => ID, { nullable: true, description: 'A staged upload of the caller (POST /uploads), used once.' }) uploadId?: string | null;
  @Field(() => DocumentTargetInput) target!: DocumentTargetInput;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of publication; today when omitted.' }) publishOn?: string | null;
  @Field(() => Int, { nullable: true, description: 'Months of publication ("Durée de publication en mois"); none: forever.' }) durationMonths?: number | null;
  @Field(() => String, { nullable: true, description: '"Regrouper par type de dossier": the sub-folder it is filed in.' }) dossier?: string | null;
  @Field(() => String, { nullable: true, description: '"Préfixer les documents (ref. dossier)": put before the title as "<ref> – ".' }) dossierReference?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Use the file name as the title (overrides the agency setting for this call).' }) useFileNameAsTitle?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      '"Activer les notifications": e-mail the people who can see it (one message per person and batch, after commit; on its first day when dated ahead). Omitted: as its binder\'s model says (notifyByDefault).',
  })
  notify?: boolean | null;
}

@InputType({ description: 'A new binder with its rights.' })
export class CreateBinderInput {
  @Field(() => BinderModule) module!: BinderModule;
  @Field(() => String, { description: '" / " makes sub-folders ("Courriers / Locataires").' }) name!: string;
  @Field(() => SyndicLevel, { nullable: true }) syndicLevel?: SyndicLevel | null;
  @Field(() => Boolean, { nullable: true }) owner?: boolean | null;
  @Field(() => Boolean, { nullable: true }) tenant?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Notify on the documents published in it without a word on `notify` (default false).' }) notifyByDefault?: boolean | null;
}

@InputType({ description: "A binder's new rights; the level for a syndic binder (null: nobody), owner and tenant for a gérance one." })
export class SetBinderRightsInput {
  @Field(() => ID) binderId!: string;
  @Field(() => SyndicLevel, { nullable: true }) syndicLevel?: SyndicLevel | null;
  @Field(() => Boolean, { nullable: true }) owner?: boolean | null;
  @Field(() => Boolean, { nullable: true }) tenant?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Notify on the documents published in it without a word on `notify`; unchanged when omitted.' }) notifyByDefault?:
    boolean | null;
}

declare module '../graphql/node' {
  /** This module's node types. */
  interface NodeTypes {
    Binder: true;
    Document: true;
  }
}
