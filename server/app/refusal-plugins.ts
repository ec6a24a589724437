// Yoga plugins for requests refused before GraphQL runs: malformed parameters and empty-bodied refusals get codes.
import { GraphQLError } from 'graphql';
import type { Plugin as YogaPlugin } from 'graphql-yoga';
import { refusalBody } from './http-routes.js';

/**
 * Yoga's GET (and form) parser JSON-parses `variables` and `extensions` without a guard, so `variables=[`
 * would be an unexpected error: any parser failure that is not already a GraphQL error is the client's.
 */
export function useMalformedParams(): YogaPlugin {
  return {
    onRequestParse: ({ requestParser, setRequestParser }) => {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          throw new GraphQLError(
            'Request parameters are malformed: variables and extensions must be JSON objects',
            {
              extensions: { code: 'VALIDATION_FAILED', http: { status: 400 } },
            },
          );
        }
      });
    },
  };
}

/** Yoga answers some refusals (415, 406) with an empty body; every refusal gets a coded JSON body instead. */
export function useCodedRefusals(): YogaPlugin {
  return {
    onResponse: ({ request, response, setResponse, fetchAPI }) => {
      if (response.status < 400 || response.headers.get('content-type')) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      const message = response.statusText || `Request refused (${response.status})`;
      const body = refusalBody(response.status, message, request.headers.get('x-request-id') ?? '');
      setResponse(new fetchAPI.Response(JSON.stringify(body), { status: response.status, headers }));
    },
  };
}
