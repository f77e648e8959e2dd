// Runs `prisma generate`. Prisma's CLI looks for its native schema engine even though
// generate never runs it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file keeps it
// from trying to download one (which fails on machines without access to binaries.prisma.sh).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= cli;
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
// Generators are looked up on PATH (the pothos types generator is a bin of @pothos/plugin-prisma).
env.PATH = [path.resolve('node_modules/.bin'), env.PATH].join(path.delimiter);
const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
