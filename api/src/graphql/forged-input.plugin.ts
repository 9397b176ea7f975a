import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import type { Ctx } from './context';
import { badInput } from './errors';

/** The first variable path holding a string with a NUL character ("input.label"), or null. */
function nulPathInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPathInValue(item, `${path}.${index}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPathInValue(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** Apollo hands every request of the same query text the same cached document: one walk per document. */
const nulArgumentOf = new WeakMap<DocumentNode, string | null>();

function nulArgumentInDocument(document: DocumentNode): string | null {
  let found = nulArgumentOf.get(document);
  if (found === undefined) nulArgumentOf.set(document, (found = walkForNulArgument(document)));
  return found;
}

/** The name of the first argument whose literal string holds a NUL character, or null. */
function walkForNulArgument(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    [Kind.ARGUMENT](node) {
      if (found) return;
      visit(node.value, {
        [Kind.STRING](value) {
          if (value.value.includes('\u0000')) found = node.name.value;
        },
      });
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold NUL (0x00): a string carrying one would fail as a database error.
 * Every string argument, in variables or in the document, is refused first as BAD_USER_INPUT
 * naming the argument, whatever the operation.
 */
export const refuseNulCharacters: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const field = nulPathInValue(request.variables ?? {}, '') ?? nulArgumentInDocument(document);
        if (field) throw badInput(field, 'INVALID_VALUE', 'Text must not contain the NUL character');
      },
    };
  },
};
