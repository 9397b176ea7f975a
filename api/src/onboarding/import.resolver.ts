import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import { Policy } from '../auth/declarations';
import { assertCan } from '../auth/policy';
import { ImportResult } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { commitImport, previewImport } from './import.service';
import { ImportColumnFormat, ImportKind, ImportKindInfo, ImportPreview } from './import.types';
import { AVAILABLE_KINDS, specOf, type ImportKindName } from './kinds';
import { templateCsv } from './template';

/** The console's CSV import (managers): kinds and templates, a preview that writes nothing, the import. */
@Resolver()
export class ImportResolver {
  @Policy('import.preview')
  @Query(() => [ImportKindInfo], { description: "What a CSV import can load, with each kind's columns and template." })
  importKinds(@Context() ctx: Ctx): ImportKindInfo[] {
    assertCan(ctx.actor, 'import.preview');
    return AVAILABLE_KINDS.map((kind) => {
      const spec = specOf(kind);
      return {
        kind,
        columns: spec.columns.map((column) => ({
          header: column.header,
          format: column.format as ImportColumnFormat,
          isRequired: Boolean(column.required) && !column.path.includes('.'),
        })),
        template: templateCsv(spec),
      };
    });
  }

  @Policy('import.preview')
  @Query(() => ImportPreview, { description: 'Reads a CSV (at most 5 000 lines) and reports every error and the counts it would give; writes nothing.' })
  previewImport(@Arg('kind', () => ImportKind) kind: ImportKindName, @Arg('csv', () => String) csv: string, @Context() ctx: Ctx) {
    return previewImport(ctx, kind, csv);
  }

  @Policy('import.commit')
  @Mutation(() => ImportResult, { description: 'Imports a CSV in one transaction; a file with any error writes nothing (BAD_USER_INPUT, extensions.errors by line).' })
  commitImport(@Arg('kind', () => ImportKind) kind: ImportKindName, @Arg('csv', () => String) csv: string, @Context() ctx: Ctx) {
    return commitImport(ctx, kind, csv);
  }
}
