import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected directly under the resolved field, through fragments and
 * inline fragments, so a list can start the statements of what was asked for beside its page
 * instead of after it. `@skip` / `@include` are ignored: at worst a count runs that nobody reads.
 */
export function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** Per field node and path: the same field of every row of a list asks once. */
const pathsSelected = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, boolean>>();

/**
 * Whether the selection under the resolved field reaches `path` (e.g. `['shares', 'allocationKey']`),
 * through fragments, so a resolver can start a later step's statement beside its own.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let known = pathsSelected.get(info.fieldNodes);
  if (!known) pathsSelected.set(info.fieldNodes, (known = new Map<string, boolean>()));
  const key = path.join('.');
  let found = known.get(key);
  if (found === undefined) {
    found = reaches(
      info,
      info.fieldNodes.map((node) => node.selectionSet),
      path,
    );
    known.set(key, found);
  }
  return found;
}

function reaches(info: GraphQLResolveInfo, sets: (SelectionSetNode | undefined)[], path: readonly string[]): boolean {
  if (path.length === 0) return true;
  const [name, ...rest] = path;
  const next: (SelectionSetNode | undefined)[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) next.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  sets.forEach(visit);
  return next.length > 0 && reaches(info, next, rest);
}
