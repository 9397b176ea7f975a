import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportResult } from '../graphql/batch';
import { AVAILABLE_KINDS, type ImportKindName } from './kinds';

/** The kinds with a batch service (see `kinds/index.ts`); the enum grows as services land. */
export const ImportKind = Object.fromEntries(AVAILABLE_KINDS.map((kind) => [kind, kind])) as Record<ImportKindName, ImportKindName>;
registerEnumType(ImportKind, { name: 'ImportKind', description: 'What a CSV import loads (the console\'s "Import CSV").' });

export enum ImportColumnFormat {
  TEXT = 'TEXT',
  DECIMAL = 'DECIMAL',
  INTEGER = 'INTEGER',
  DATE = 'DATE',
  LIST = 'LIST',
}
registerEnumType(ImportColumnFormat, {
  name: 'ImportColumnFormat',
  description: 'How a cell is read: DECIMAL "1 000,91516" or "66.0142"; DATE jj/mm/aaaa or YYYY-MM-DD; LIST values separated by "|" or ",".',
});

@ObjectType({ description: "A column of an import kind's CSV." })
export class ImportColumn {
  @Field(() => String, { description: 'The French header, as in the template (case and accents do not matter).' }) header!: string;
  @Field(() => ImportColumnFormat) format!: ImportColumnFormat;
  @Field(() => Boolean, { description: 'Required on every row; address and share columns are required when their group is filled.' }) isRequired!: boolean;
}

@ObjectType({ description: 'An import kind: its columns and its template.' })
export class ImportKindInfo {
  @Field(() => ImportKind) kind!: ImportKindName;
  @Field(() => [ImportColumn]) columns!: ImportColumn[];
  @Field(() => String, { description: 'The template CSV: BOM, semicolons, French headers, example rows.' }) template!: string;
}

@ObjectType({ description: 'An error of an imported file, placed on its line (1 = the header) and column.' })
export class ImportError {
  @Field(() => Int, { nullable: true, description: 'The CSV line; null for the file as a whole.' }) line!: number | null;
  @Field(() => String, { nullable: true, description: 'The column header; null for the whole line.' }) column!: string | null;
  @Field(() => String, { description: 'A stable reason (ERROR_REASONS).' }) reason!: string;
  @Field(() => String, { description: 'For developers; the console words the reason.' }) message!: string;
}

@ObjectType({ description: 'What an import would do, computed in a transaction that is rolled back: nothing is written.' })
export class ImportPreview {
  @Field(() => ImportKind) kind!: ImportKindName;
  @Field(() => Int, { description: 'Data lines read.' }) lineCount!: number;
  @Field(() => ImportResult, { nullable: true, description: 'The counts the import would give; null when there are errors.' }) result!: ImportResult | null;
  @Field(() => [ImportError], { description: 'Every error found, by line (capped at 500).' }) errors!: ImportError[];
  @Field(() => Boolean, { description: 'No error: commitImport will write it.' }) isCommittable!: boolean;
}
