// Creates an admin API key and prints its token once (only a hash is stored):
//   npm run auth:create-admin-key -- [--name "ops laptop"] [--role admin] [--expires-in-days 90]
// Uses DATABASE_URL (or the embedded database in DATA_DIR, which must not be in use by a running
// server). Applies pending migrations first when MIGRATE_ON_START is true (the default).
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.js';
import { isRole } from '../src/modules/auth/auth.rules.js';
import { createApiKey } from '../src/modules/auth/auth.service.js';
import { openDatabase } from '../src/db.js';
import type { Role } from '../src/context.js';

const { values } = parseArgs({
  options: {
    name: { type: 'string', default: 'admin key' },
    role: { type: 'string', multiple: true, default: ['admin'] },
    'expires-in-days': { type: 'string' },
  },
});

const roles = values.role as string[];
if (!roles.every(isRole)) {
  console.error(`unknown role in ${roles.join(', ')}`);
  process.exit(2);
}
let config;
try {
  config = loadConfig({ ...process.env, AUTH_MODE: process.env.AUTH_MODE ?? 'required' });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const days = values['expires-in-days'] ? Number(values['expires-in-days']) : undefined;
if (days !== undefined && !(days > 0)) {
  console.error('--expires-in-days must be a positive number');
  process.exit(2);
}
const db = await openDatabase(config);
try {
  const { apiKey, token } = await createApiKey(
    {
      name: values.name!,
      roles: roles as Role[],
      expiresAt: days ? new Date(Date.now() + days * 86_400_000) : null,
    },
    { caller: { id: 'cli', roles: ['admin'] } },
  );
  console.error(`Created API key "${apiKey.name}" (${apiKey.roles.join(', ')}), id ${apiKey.id}, prefix ${apiKey.prefix}.`);
  console.error('The token follows; it is shown this once. Send it as "Authorization: Bearer <token>".');
  console.log(token);
} finally {
  await db.close();
}
