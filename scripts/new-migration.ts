// Writes a new migration from the change in prisma/schema.prisma since a git revision:
//   npm run db:new-migration -- <name> [--from <git-ref>] [--empty]
// The SQL is Prisma's own diff between the two schema files (no database needed). Add by hand
// what Prisma cannot express (CHECKs, functions, triggers, views) to the same file, then run
// `npm run db:migrate` and the drift test.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MIGRATIONS_DIR, diffSchemas, readSchema } from '../src/database/schema-engine.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string', default: 'HEAD' }, empty: { type: 'boolean', default: false } },
});
const name = positionals[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <snake_case_name> [--from <git-ref>] [--empty]');
  process.exit(2);
}
const to = await readSchema();
let sql = '';
if (!values.empty) {
  const from = execFileSync('git', ['show', `${values.from}:prisma/schema.prisma`], { encoding: 'utf8' });
  sql = await diffSchemas(from, to);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'migration.sql'), sql || '-- (no schema.prisma change)\n');
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql${sql ? '' : ' (empty)'}`);
