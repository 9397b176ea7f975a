import { Field, ID, InterfaceType } from 'type-graphql';
import { badInput } from './errors';

/**
 * The types that `node(id:)` resolves, one entry per type, added by each module through
 * declaration merging (`declare module '../graphql/node' { interface NodeTypes { Lot: true } }`),
 * so global ids are type-checked without this layer naming a domain type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declaration merging
export interface NodeTypes {}
export type NodeTypeName = Extract<keyof NodeTypes, string>;

const TYPE_NAME = /^[A-Z][A-Za-z]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque global id: base64url("Type:uuid"). Opaque so that clients never build ids by hand. */
export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** Decodes a global id; a forged or malformed id is a BAD_USER_INPUT on `field`, never a crash. */
export function fromGlobalId(globalId: string, field = 'id'): { type: NodeTypeName; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const [type, id] = decoded.split(':');
  // The type is checked against the installed modules by `node(id:)` and by `expectGlobalId`.
  // One canonical form: Node's decoder skips stray characters, padding and the other alphabet, so
  // an id that does not re-encode to itself is refused (no two spellings of one object).
  if (!TYPE_NAME.test(type ?? '') || !UUID.test(id ?? '') || Buffer.from(decoded).toString('base64url') !== globalId) {
    throw badInput(field, 'INVALID_ID', 'Not a valid id');
  }
  return { type: type as NodeTypeName, id };
}

/** Decodes a global id that must name `expected`. */
export function expectGlobalId(globalId: string, expected: NodeTypeName, field = 'id'): string {
  const { type, id } = fromGlobalId(globalId, field);
  if (type !== expected) throw badInput(field, 'INVALID_ID', `Expected a ${expected} id`);
  return id;
}

@InterfaceType('Node', {
  description: 'An object with an opaque global id, fetchable through `node(id:)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
