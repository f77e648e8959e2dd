// Who is calling: an API key (`gtm_…`), a JWT from the configured issuer, or, in demo mode and
// without credentials, the demo admin. Used by the HTTP plugin and by graphql-ws connection_init,
// so both transports authenticate the same way.
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { Config } from '../../config.js';
import { type Caller, DEMO_CALLER } from '../../context.js';
import { API_KEY_PREFIX, rolesFromClaims } from './auth.rules.js';
import { authenticateApiKey } from './auth.service.js';

export type AuthResult =
  | { kind: 'caller'; caller: Caller | null }
  /** Credentials were sent but are not valid: the request is refused (never treated as anonymous). */
  | { kind: 'invalid'; reason: string };

export interface Authenticator {
  mode: Config['auth']['mode'];
  /** Authenticates a raw credential (API key or JWT); null or empty means none was sent. */
  authenticate(credential: string | null | undefined): Promise<AuthResult>;
}

export function createAuthenticator(config: Pick<Config, 'auth'>): Authenticator {
  const { auth } = config;
  const jwt = auth.jwt;
  let jwtKey: JWTVerifyGetKey | Uint8Array | undefined;
  if (jwt?.jwksUrl) jwtKey = createRemoteJWKSet(new URL(jwt.jwksUrl), { cooldownDuration: 30_000 });
  else if (jwt?.secret) jwtKey = new TextEncoder().encode(jwt.secret);

  async function verifyJwt(token: string): Promise<AuthResult> {
    if (!jwt || !jwtKey) return { kind: 'invalid', reason: 'JWTs are not accepted (no issuer configured)' };
    try {
      const options = {
        issuer: jwt.issuer,
        audience: jwt.audience,
        algorithms: jwt.algorithms ?? (jwt.secret ? ['HS256', 'HS384', 'HS512'] : ['RS256', 'ES256', 'PS256', 'EdDSA']),
        clockTolerance: 30,
        requiredClaims: ['sub', 'exp'],
      };
      const { payload } =
        jwtKey instanceof Uint8Array ? await jwtVerify(token, jwtKey, options) : await jwtVerify(token, jwtKey, options);
      const roles = rolesFromClaims(payload as Record<string, unknown>, jwt.rolesClaim);
      if (!roles.length) return { kind: 'invalid', reason: 'the token grants no known role' };
      return { kind: 'caller', caller: { id: `jwt:${payload.sub}`, roles, via: 'jwt' } };
    } catch (error) {
      return { kind: 'invalid', reason: `the token was refused (${(error as { code?: string }).code ?? 'invalid'})` };
    }
  }

  return {
    mode: auth.mode,
    async authenticate(credential) {
      if (!credential) return { kind: 'caller', caller: auth.mode === 'demo' ? DEMO_CALLER : null };
      if (credential.startsWith(API_KEY_PREFIX)) {
        const caller = await authenticateApiKey(credential, { cacheSeconds: auth.apiKeyCacheSeconds });
        return caller ? { kind: 'caller', caller } : { kind: 'invalid', reason: 'unknown, revoked or expired API key' };
      }
      if (credential.split('.').length === 3) return verifyJwt(credential);
      return { kind: 'invalid', reason: 'unrecognised credentials' };
    },
  };
}
