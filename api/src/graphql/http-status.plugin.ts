import type { ApolloServerPlugin } from '@apollo/server';

/**
 * GraphQL over HTTP (the spec the `graphql-http` audit checks): a request that fails before
 * execution (a syntax error, a document over the limits, a validation or variable-coercion
 * failure) answers 400 with `application/graphql-response+json`, and 200 with legacy
 * `application/json`, whose clients read errors from the body. Apollo answers 400 for both, and
 * 500 when a limit is enforced while parsing.
 */
/** Whether the Accept header ranks `application/graphql-response+json` at least as high as `application/json`. */
export function prefersGraphQLResponse(accept: string): boolean {
  const quality = (type: string) => {
    const ranges = accept.split(',').map((part) => part.trim().split(';'));
    const range = ranges.find(([media]) => media.trim() === type);
    if (!range) return -1;
    const q = range
      .slice(1)
      .map((p) => p.trim())
      .find((p) => p.startsWith('q='));
    return q ? Number(q.slice(2)) : 1;
  };
  const graphql = quality('application/graphql-response+json');
  return graphql >= 0 && graphql >= quality('application/json');
}

export const specHttpStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const isRequestError = result.errors?.length && result.data === undefined;
        if (!isRequestError) return;
        response.http.status = prefersGraphQLResponse(request.http?.headers.get('accept') ?? '') ? 400 : 200;
      },
    };
  },
};
