// graphql-codegen document transform for the API tests' target (codegen.yml). The generated
// types give `__typename` to every member of an interface or union selection (`node(id:)`), as
// Apollo adds it on the web; the test client adds nothing, so this selects `__typename` in each
// selection set on an abstract type, and the documents sent then match their types.
const { buildASTSchema, getNamedType, isAbstractType, Kind, TypeInfo, visit, visitWithTypeInfo } = require('graphql');

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

function transform({ documents, schema }) {
  const typeInfo = new TypeInfo(buildASTSchema(schema, { assumeValidSDL: true }));
  return documents.map((source) => ({
    ...source,
    document:
      source.document &&
      visit(
        source.document,
        visitWithTypeInfo(typeInfo, {
          SelectionSet(node) {
            const type = typeInfo.getParentType();
            if (!type || !isAbstractType(getNamedType(type))) return undefined;
            const hasTypename = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
            return hasTypename ? undefined : { ...node, selections: [TYPENAME, ...node.selections] };
          },
        }),
      ),
  }));
}

module.exports = { transform };
