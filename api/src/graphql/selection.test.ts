import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields, selectsPath } from './selection';

/** The resolve info of the operation's first root field, as graphql-js hands it to that field's resolver. */
function infoOf(source: string): GraphQLResolveInfo {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const field = operation.selectionSet.selections[0];
  if (field.kind !== Kind.FIELD) throw new Error('a field first');
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsPath', () => {
  it('follows a path of fields under the resolved field', () => {
    const info = infoOf('{ lot { code shares { shares allocationKey { code } } } }');
    expect(selectsPath(info, ['shares', 'allocationKey'])).toBe(true);
    expect(selectsPath(info, ['shares'])).toBe(true);
    expect(selectsPath(info, ['shares', 'lot'])).toBe(false);
    expect(selectsPath(info, ['allocationKey'])).toBe(false);
  });

  it('reads through named and inline fragments, as the SPA colocates them', () => {
    const info = infoOf(`
      { lot { ...LotCard } }
      fragment LotCard on Lot { code ... on Lot { shares { ...ShareLine } } }
      fragment ShareLine on LotShare { allocationKey { code } }`);
    expect(selectsPath(info, ['shares', 'allocationKey'])).toBe(true);
    expect(selectedFields(info)).toEqual(new Set(['code', 'shares']));
  });

  it('answers the same for every row of a list, and tells paths apart', () => {
    const info = infoOf('{ lot { shares { shares } } }');
    expect(selectsPath(info, ['shares', 'allocationKey'])).toBe(false);
    expect(selectsPath(info, ['shares', 'allocationKey'])).toBe(false);
    expect(selectsPath(info, ['shares', 'shares'])).toBe(true);
  });
});
