// `npm run contract:check [-- --base <git rev> | --base-file <sdl file>] [--verbose]`: compares
// schema.graphql with an earlier version (default: as published on main, see
// scripts/contract/contract.ts) and exits 1 on a breaking change that
// contract/accepted-changes.json does not declare. CONTRACT_BASE=<rev> is the same as --base.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ACCEPTED_CHANGES_FILE,
  type Base,
  compareContracts,
  defaultBase,
  describe,
  readAcceptedChanges,
  SCHEMA_PATH,
  schemaAt,
} from './contract/contract.js';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'base-file': { type: 'string' },
    schema: { type: 'string', default: path.join(root, SCHEMA_PATH) },
    accepted: { type: 'string', default: path.join(root, ACCEPTED_CHANGES_FILE) },
    verbose: { type: 'boolean', default: false },
  },
});

const current = await readFile(values.schema, 'utf8');
const baseRev = values.base ?? process.env.CONTRACT_BASE;
let base: Base | null;
if (values['base-file']) {
  base = { rev: values['base-file'], sdl: await readFile(values['base-file'], 'utf8'), why: 'given file' };
} else if (baseRev) {
  const sdl = schemaAt(root, baseRev);
  if (sdl === null) {
    console.error(`contract: ${baseRev} has no ${SCHEMA_PATH}`);
    process.exit(2);
  }
  base = { rev: baseRev, sdl, why: 'given revision' };
} else {
  // A clone without a local main (CI on a detached checkout) compares with its own history.
  base = defaultBase(root, current) ?? defaultBase(root, current, 'HEAD');
}
if (!base) {
  console.log(`contract: no earlier ${SCHEMA_PATH} in git history to compare with; nothing to check.`);
  process.exit(0);
}

const accepted = await readAcceptedChanges(values.accepted);
const report = await compareContracts(base.sdl, current, accepted);
console.log(`contract: ${SCHEMA_PATH} against ${base.rev} (${base.why})`);
console.log(
  `contract: ${report.changes.length} change(s), ${report.breaking.length} breaking, ` +
    `${report.declared.length} declared in ${ACCEPTED_CHANGES_FILE}`,
);
for (const change of values.verbose ? report.changes : []) console.log(`  ${describe(change)}`);
for (const { change, entry } of report.declared) console.log(`  accepted  ${describe(change)}\n            reason: ${entry.reason}`);
if (report.undeclared.length) {
  console.error(`contract: ${report.undeclared.length} undeclared breaking change(s):`);
  for (const change of report.undeclared) console.error(`  ${describe(change)}`);
  console.error(
    `Keep the old field (deprecate it with a reason) or, if clients were told, declare each change in ${ACCEPTED_CHANGES_FILE}:\n` +
      JSON.stringify(
        { changes: report.undeclared.map((c) => ({ path: c.path, message: c.message, reason: 'why this break is acceptable' })) },
        null,
        2,
      ),
  );
  process.exit(1);
}
console.log('contract: no undeclared breaking change.');
