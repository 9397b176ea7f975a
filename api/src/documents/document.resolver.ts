import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Guarded, Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { foldersOf } from './default-binders';
import { deleteDocuments } from './delete-documents.service';
import { concernsOf } from './document-concerns';
import type { DocumentRow } from './document-list.service';
import { Binder, Document, PublishDocumentInput } from './document.types';
import { publishDocument, publishDocuments } from './publish-document.service';
import { regenerateCoOwnerLists } from './regenerate-co-owner-lists.service';
import { setDocumentsPublished } from './set-documents-published.service';

/** Where a document downloads; authorised like the document itself (document.routes.ts). */
export const downloadUrlOf = (document: DocumentRow) => `/files/documents/${toGlobalId('Document', document.id)}`;

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => ID)
  id(@Root() document: DocumentRow) {
    return toGlobalId('Document', document.id);
  }

  @FieldResolver(() => Binder)
  async binder(@Root() document: DocumentRow, @Context() ctx: Ctx) {
    // A document the viewer sees opens its binder to them (the document scope implies the binder scope).
    const binder = await ctx.loaders.binderById.load(document.binderId);
    if (!binder) throw new Error('unreachable: a visible document has a visible binder');
    return binder;
  }

  @FieldResolver(() => String, { nullable: true, description: '"Regrouper par type de dossier": the sub-folder it is filed in, under its binder.' })
  dossier(@Root() document: DocumentRow) {
    return document.dossier;
  }

  @FieldResolver(() => [String], { description: 'Where it is filed: the binder\'s folders, then its dossier ("Courriers", "Locataires", "Sinistre").' })
  async path(@Root() document: DocumentRow, @Context() ctx: Ctx) {
    const binder = await ctx.loaders.binderById.load(document.binderId);
    return [...foldersOf(binder?.name ?? ''), ...(document.dossier ? [document.dossier] : [])];
  }

  @FieldResolver(() => String, { description: 'Download link (same-origin), refused to anyone who may not see the document.' })
  downloadUrl(@Root() document: DocumentRow) {
    return downloadUrlOf(document);
  }

  @Guarded('document.readConcerns')
  @FieldResolver(() => String, { nullable: true, description: '"Concerne": whom it is about, in words (managers and document readers).' })
  concerns(@Root() document: DocumentRow, @Context() ctx: Ctx) {
    return concernsOf(ctx, document);
  }

  @Guarded('document.readConcerns')
  @FieldResolver(() => String, { nullable: true, description: 'SHA-256 of the file, hex (managers and document readers).' })
  sha256(@Root() document: DocumentRow) {
    return document.sha256;
  }

  @Guarded('document.readConcerns')
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Whether its readers are to be e-mailed (managers and document readers): the publication's choice, or its binder's model when it made none.",
  })
  async notify(@Root() document: DocumentRow, @Context() ctx: Ctx) {
    return document.notify ?? (await ctx.loaders.binderById.loadNow(document.binderId))?.notifyByDefault ?? false;
  }

  @Policy('document.publish')
  @Mutation(() => Document, { description: 'Publishes a document to one target; the file inline (base64, up to 10 MB) or from POST /uploads.' })
  publishDocument(@Arg('input', () => PublishDocumentInput) input: PublishDocumentInput, @Context() ctx: Ctx) {
    return publishDocument(ctx, input);
  }

  @Policy('document.publish')
  @Mutation(() => [Document], {
    description:
      'Publishes up to 1 000 documents in one transaction, all or none (a refused one is named `inputs[i].…`); one e-mail per person for the batch. Files inline or from POST /uploads.',
  })
  publishDocuments(@Arg('inputs', () => [PublishDocumentInput]) inputs: PublishDocumentInput[], @Context() ctx: Ctx) {
    return publishDocuments(ctx, inputs);
  }

  @Policy('document.setPublished')
  @Mutation(() => [Document], { description: '"(Dé)publier": unpublishes or republishes a selection; clients see the change at once.' })
  setDocumentsPublished(@Arg('documentIds', () => [ID]) documentIds: string[], @Arg('isPublished', () => Boolean) isPublished: boolean, @Context() ctx: Ctx) {
    return setDocumentsPublished(ctx, documentIds, isPublished);
  }

  @Policy('document.generateCoOwnerList')
  @Mutation(() => [Document], {
    description: '"Générer la liste des copropriétaires": the council-only list of each syndic building of the selection, in "Conseil syndical", replacing the previous one.',
  })
  regenerateCoOwnerLists(@Arg('buildingIds', () => [ID]) buildingIds: string[], @Context() ctx: Ctx) {
    return regenerateCoOwnerLists(ctx, buildingIds);
  }

  @Policy('document.delete')
  @Mutation(() => Int, { description: 'Deletes a selection of documents (all of the agency or none); answers how many.' })
  deleteDocuments(@Arg('documentIds', () => [ID]) documentIds: string[], @Context() ctx: Ctx) {
    return deleteDocuments(ctx, documentIds);
  }
}
