// Callers with roles for tests: API keys created straight through the service (the app under
// test must be built, so the database is open), and the headers that send them.
import type { Role } from '../../src/context.js';
import { createApiKey } from '../../src/modules/auth/auth.service.js';

/** Creates an API key with the given role(s) and returns its token. */
export async function createKey(roles: Role | Role[], name = `test ${[roles].flat().join('+')}`): Promise<string> {
  const { token } = await createApiKey({ name, roles: [roles].flat() });
  return token;
}

/** Headers that authenticate a request with a token (API key or JWT). */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** Headers for a new key with the given role(s). */
export async function headersFor(roles: Role | Role[]): Promise<Record<string, string>> {
  return bearer(await createKey(roles));
}
