import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';

/** Apollo's own choice of response type (ApolloServer's chooseContentTypeForSingleResultResponse, not exported). */
const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/** Whether Apollo answers this Accept header with `application/graphql-response+json`. */
export function prefersGraphQLResponse(accept: string): boolean {
  if (!accept) return false;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE]) === GRAPHQL_RESPONSE_TYPE;
}

/**
 * GraphQL over HTTP (the spec the `graphql-http` audit checks): a request that fails before
 * execution (a syntax error, a document over the limits, a validation or variable-coercion
 * failure) answers 400 with `application/graphql-response+json`, and 200 with legacy
 * `application/json`, whose clients read errors from the body. Apollo answers 400 for both.
 */
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
