import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Actor } from './auth/actor';
import type { Config } from './config';
import type { Ctx } from './graphql/context';

/**
 * Security headers (helmet): a Content-Security-Policy that fits the built SPA (its own scripts and
 * styles only, no inline script, no framing), nosniff, no referrer across origins, and HSTS only
 * when the service is behind HTTPS (COOKIE_SECURE), since a browser would then refuse plain http.
 */
export function securityHeaders(config: Config): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xContentTypeOptions: true,
  });
}

/** Body limits: a JSON body from an anonymous caller or a client is small; back-office batches are large. */
export const BODY_LIMITS = { small: '100kb', large: '25mb' };

/** Who may send a large body: integrators (batches over the API) and staff (the back-office loads). */
const mayBatch = (actor: Actor) => actor.kind === 'integrator' || (actor.kind === 'person' && actor.isStaff);

/**
 * Resolves the request's actor once, before the body is read, and picks the body limit from it; the
 * GraphQL context takes the same actor (`actorOf`), so no statement is added.
 */
export function jsonBodyByActor(resolve: (req: express.Request) => Promise<Actor>): RequestHandler {
  const small = express.json({ limit: BODY_LIMITS.small });
  const large = express.json({ limit: BODY_LIMITS.large });
  return (req, res, next) => {
    resolve(req).then((actor) => {
      res.locals.actor = actor;
      (mayBatch(actor) ? large : small)(req, res, next);
    }, next);
  };
}

export function actorOf(res: express.Response): Actor | undefined {
  return res.locals.actor as Actor | undefined;
}

/** An operation name as it may enter a log line: a string, at most 100 characters. */
export function loggedOperationName(body: unknown): string | undefined {
  const name = (body as { operationName?: unknown } | undefined)?.operationName;
  if (typeof name !== 'string') return undefined;
  return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}

/**
 * Who may read the schema (introspection, "Did you mean …" suggestions): integrators and staff, who
 * write against it. Anonymous callers and clients (co-owners, owners, tenants) use the SPA, which
 * needs neither: for them both are off.
 */
export const maySeeSchema = (actor: Actor) => actor.kind === 'integrator' || (actor.kind === 'person' && actor.isStaff);

/** Apollo hands every request of the same query text the same cached document: one walk per document. */
const introspectionOf = new WeakMap<DocumentNode, boolean>();

function usesIntrospection(document: DocumentNode): boolean {
  let found = introspectionOf.get(document);
  if (found === undefined) introspectionOf.set(document, (found = walkForIntrospection(document)));
  return found;
}

function walkForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Introspection and suggestions per caller. Apollo caches a document's validation, so this runs as a
 * plugin on every request, with the request's actor, rather than as a validation rule.
 */
export const schemaDisclosure: ApolloServerPlugin<Ctx> = {
  async requestDidStart({ contextValue }) {
    const allowed = maySeeSchema(contextValue.actor);
    return {
      async didResolveOperation({ document }) {
        if (!allowed && usesIntrospection(document)) {
          throw new GraphQLError('GraphQL introspection is only available to signed-in managers and integrators', {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        }
      },
      async willSendResponse({ response }) {
        if (allowed || response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          (error as { message: string }).message = error.message.replace(SUGGESTION, '');
        }
      },
    };
  },
};
