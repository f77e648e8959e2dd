// The yoga plugin that makes access control automatic for every operation, HTTP or WebSocket:
//   - authenticates each HTTP request before anything is parsed (API key or JWT; demo caller in
//     demo mode), refuses bad credentials with 401, and applies the per-caller rate limit;
//   - at validation time, before any input is coerced or any resolver runs:
//       anonymous callers (AUTH_MODE=required, no credentials): every operation refused (401);
//       read-only callers (viewer): every mutation refused with FORBIDDEN, whatever its input;
//       callers outside SCHEMA_DISCOVERY_ROLES: no introspection and no "did you mean" hints.
// Field rules (scope-auth `authScopes`) then apply as usual during execution.
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config.js';
import type { Caller, Role } from '../../context.js';
import { refusalsTotal } from '../../observability/metrics.js';
import { stateOf } from '../../observability/request-state.js';
import type { RateLimits } from '../../security/rate-limit.js';
import * as access from '../common/access.js';
import { credentialsFrom } from './auth.rules.js';
import type { Authenticator } from './authenticate.js';

const WRITE_ROLES = new Set<string>([...Object.keys(access.write), ...Object.keys(access.manage), ...Object.keys(access.admin)]);

export const UNAUTHENTICATED_MESSAGE =
  'Authentication required: send an API key or a JWT as `Authorization: Bearer <token>`.';
export const FORBIDDEN_MESSAGE = 'You are not allowed to do this';

export function canWrite(caller: Caller | null | undefined): boolean {
  return Boolean(caller?.roles.some((role) => WRITE_ROLES.has(role)));
}

export function unauthenticatedError(message = UNAUTHENTICATED_MESSAGE, nodes?: GraphQLError['nodes']): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });
}

export function forbiddenError(nodes?: GraphQLError['nodes']): GraphQLError {
  return new GraphQLError(FORBIDDEN_MESSAGE, { nodes, extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('Too many requests; try again later.', {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
    },
  });
}

/** Every operation of an anonymous caller is refused. (Named: the validation cache keys on rule names.) */
const AnonymousCallerRule: ValidationRule = function AnonymousCallerRule(context) {
  return {
    OperationDefinition(node) {
      context.reportError(unauthenticatedError(UNAUTHENTICATED_MESSAGE, [node]));
    },
  };
};

/** Every mutation of a caller without a write role is refused, before its input is looked at. */
const ReadOnlyCallerRule: ValidationRule = function ReadOnlyCallerRule(context) {
  return {
    OperationDefinition(node) {
      if (node.operation === 'mutation') context.reportError(forbiddenError([node]));
    },
  };
};

/** Marks validation results whose suggestions were removed (keeps the validation cache apart). */
const HideSuggestionsRule: ValidationRule = function HideSuggestionsRule() {
  return {};
};

const SUGGESTION = /\s*Did you mean .+\?$/;

function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

interface AuthPluginOptions {
  authenticator: Authenticator;
  rateLimits: RateLimits;
  discoveryRoles: readonly Role[];
}

interface AuthContext {
  caller?: Caller | null;
  requestId?: string;
  req?: { socket?: { remoteAddress?: string } };
}

export function clientAddress(context: AuthContext): string {
  return context.req?.socket?.remoteAddress ?? 'local';
}

export function mayDiscoverSchema(caller: Caller | null | undefined, roles: readonly Role[]): boolean {
  return Boolean(caller?.roles.some((role) => roles.includes(role)));
}

/** Authenticates once (throttled per address) and returns the verdict; shared with graphql-ws. */
export async function authenticateWithThrottle(
  options: Pick<AuthPluginOptions, 'authenticator' | 'rateLimits'>,
  credential: string | null,
  address: string,
) {
  if (credential) {
    const verdict = await options.rateLimits.mayAuthenticate(address);
    if (!verdict.ok) return { kind: 'throttled' as const, retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const result = await options.authenticator.authenticate(credential);
  if (result.kind === 'invalid') await options.rateLimits.authenticationFailed(address);
  return result;
}

export function useAuth(options: AuthPluginOptions): Plugin<AuthContext> {
  return {
    async onParams({ request, context, setResult }) {
      const state = stateOf(request);
      const ctx = context as AuthContext;
      const address = clientAddress(ctx);
      state.auth ??= authenticateWithThrottle(options, credentialsFrom((name) => request.headers.get(name)), address);
      const auth = await state.auth;
      ctx.requestId = state.requestId;
      if (auth.kind === 'throttled') {
        state.refusal = 'auth_throttled';
        refusalsTotal.inc({ reason: 'auth_throttled' });
        return setResult({ errors: [rateLimitedError(auth.retryAfterSeconds)] });
      }
      if (auth.kind === 'invalid') {
        state.refusal = 'bad_credentials';
        refusalsTotal.inc({ reason: 'bad_credentials' });
        return setResult({ errors: [unauthenticatedError(`Invalid credentials: ${auth.reason}.`)] });
      }
      ctx.caller = auth.caller;
      state.caller = auth.caller;
      if (auth.caller?.via === 'demo') return;
      const limit = await options.rateLimits.consume(auth.caller ? `caller:${auth.caller.id}` : `addr:${address}`);
      if (!limit.ok) {
        state.refusal = 'rate_limit';
        refusalsTotal.inc({ reason: 'rate_limit' });
        setResult({ errors: [rateLimitedError(limit.retryAfterSeconds)] });
      }
    },
    onValidate({ context, addValidationRule }) {
      const caller = (context as AuthContext).caller ?? null;
      const anonymous = caller === null;
      const readOnly = !anonymous && !canWrite(caller);
      const hideSchema = !mayDiscoverSchema(caller, options.discoveryRoles);
      if (anonymous) addValidationRule(AnonymousCallerRule);
      else if (readOnly) addValidationRule(ReadOnlyCallerRule);
      if (hideSchema) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
        addValidationRule(HideSuggestionsRule);
      }
      return ({ result, setResult }) => {
        // A refusal replaces every other validation error: a caller who may not run the
        // operation learns nothing about its input or the schema.
        const code = anonymous ? 'UNAUTHENTICATED' : readOnly ? 'FORBIDDEN' : null;
        const refusal = code
          ? result.find((e) => e instanceof GraphQLError && e.extensions?.code === code)
          : undefined;
        if (refusal) {
          refusalsTotal.inc({ reason: code === 'FORBIDDEN' ? 'read_only' : 'anonymous' });
          return setResult([refusal]);
        }
        if (hideSchema && result.length) {
          setResult(result.map((e) => (e instanceof GraphQLError ? withoutSuggestion(e) : e)));
        }
      };
    },
  };
}
