// graphql-codegen document transform for the API tests' target (codegen.yml). The generated
// types give `__typename` to every member of a union or interface selection, as Apollo adds it
// on the web; the test client adds nothing, so this adds `__typename` to each selection set that
// holds a fragment, and the documents sent then match their types.
const { Kind, visit } = require('graphql');

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

function transform({ documents }) {
  return documents.map((source) => ({
    ...source,
    document: source.document && visit(source.document, {
      SelectionSet(node) {
        const hasFragment = node.selections.some((s) => s.kind === Kind.INLINE_FRAGMENT || s.kind === Kind.FRAGMENT_SPREAD);
        const hasTypename = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
        return hasFragment && !hasTypename ? { ...node, selections: [TYPENAME, ...node.selections] } : undefined;
      },
    }),
  }));
}

module.exports = { transform };
