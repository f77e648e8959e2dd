// `npm run bench [-- <suite>… ] [--quick] [other flags passed to the suites]`
//
// Runs the benchmark suites, each as its own child process (`node --import tsx
// scripts/bench/<suite>.ts [flags]`), one after the other, then merges what they wrote to
// .bench/results/<suite>.json into one table and one file, .bench/results/all.json.
//
// A suite is any scripts/bench/<name>.ts other than this file and other than <suite>-<x>.ts helpers
// of a suite (helpers may also live in sub-folders). Each
// prints its own table and writes { suite, rows: [{ name, …numbers }], notes } (see the shared
// contract in README "Benchmarks"). With no suite named, every suite found runs: `graph` first, then
// the others by name. A suite that fails or overruns its time is reported and the others still run.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadAverage, printTable, RESULTS_DIR, ROOT, type SuiteResult, writeResult } from './lib/common.js';

const BENCH = path.join(ROOT, 'scripts/bench');
// a suite's helper at the top level is named <suite>-<something>.ts (e.g. subscriptions-clients.ts)
const files = readdirSync(BENCH).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const available = files
  .filter((f) => !files.some((other) => other !== f && f.startsWith(`${other.slice(0, -3)}-`)))
  .map((f) => f.slice(0, -3))
  .sort((a, b) => (a === 'graph' ? -1 : b === 'graph' ? 1 : a.localeCompare(b)));

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('-') && available.includes(a));
const unknown = args.filter((a, i) => !a.startsWith('-') && !available.includes(a) && !(i > 0 && args[i - 1]!.startsWith('--') && !args[i - 1]!.includes('=')));
if (unknown.length) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
const flags = args.filter((a) => !named.includes(a));
const suites = named.length ? named : available;
/** Hard limits per suite (the whole run has a 15-minute budget on existing data). */
const LIMIT_MS: Record<string, number> = { graph: 12 * 60_000 };
const DEFAULT_LIMIT_MS = 4 * 60_000;

interface Ran {
  suite: string;
  exitCode: number | null;
  seconds: number;
  timedOut: boolean;
  result: SuiteResult | null;
}

function runSuite(suite: string): Promise<Ran> {
  const file = path.join(RESULTS_DIR, `${suite}.json`);
  rmSync(file, { force: true });
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH, `${suite}.ts`), ...flags], { cwd: ROOT, stdio: 'inherit' });
    let timedOut = false;
    const limit = LIMIT_MS[suite] ?? DEFAULT_LIMIT_MS;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n[bench] ${suite} overran ${limit / 60000} minutes: stopping it`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, limit);
    child.once('exit', (code) => {
      clearTimeout(timer);
      let result: SuiteResult | null = null;
      if (existsSync(file)) {
        try {
          result = JSON.parse(readFileSync(file, 'utf8')) as SuiteResult;
        } catch {
          result = null;
        }
      }
      resolve({ suite, exitCode: code, seconds: (Date.now() - t0) / 1000, timedOut, result });
    });
  });
}

const started = new Date();
const loadBefore = loadAverage();
const ran: Ran[] = [];
for (const [i, suite] of suites.entries()) {
  console.error(`\n[bench] suite ${i + 1}/${suites.length}: ${suite} ${flags.join(' ')}`);
  ran.push(await runSuite(suite));
}

console.log(`\n══════════ npm run bench — ${started.toISOString()} — ${suites.join(', ')} ${flags.join(' ')} ══════════`);
for (const r of ran) {
  const status = r.timedOut ? 'TIMED OUT' : r.exitCode === 0 ? 'ok' : `FAILED (exit ${r.exitCode})`;
  console.log(`\n■ ${r.suite}: ${status}, ${r.seconds.toFixed(0)} s`);
  if (!r.result) {
    console.log('  (no results file)');
    continue;
  }
  const keys = [...new Set(r.result.rows.flatMap((row) => Object.keys(row)))].filter(
    (k) => k !== 'name' && r.result!.rows.some((row) => typeof row[k] === 'number'),
  );
  const digits = (k: string) => (/ms|ratio|^vs|cpu/i.test(k) ? 2 : r.result!.rows.every((row) => typeof row[k] !== 'number' || Number.isInteger(row[k])) ? undefined : 1);
  printTable(r.result.rows, [{ key: 'name', label: 'name' }, ...keys.map((k) => ({ key: k, label: k, digits: digits(k) }))]);
  for (const n of r.result.notes ?? []) console.log(`  - ${n}`);
}
const total = (Date.now() - started.getTime()) / 1000;
console.log(`\ntotal ${total.toFixed(0)} s; load average before ${loadBefore}, after ${loadAverage()}`);
const file = writeResult({
  suite: 'all',
  rows: ran.flatMap((r) => (r.result?.rows ?? []).map((row) => ({ suite: r.suite, ...row }))),
  notes: [
    `started ${started.toISOString()}, total ${total.toFixed(0)} s, load average before ${loadBefore}, after ${loadAverage()}`,
    ...ran.map((r) => `${r.suite}: ${r.timedOut ? 'timed out' : r.exitCode === 0 ? 'ok' : `failed (exit ${r.exitCode})`} in ${r.seconds.toFixed(0)} s`),
    ...ran.flatMap((r) => (r.result?.notes ?? []).map((n) => `${r.suite}: ${n}`)),
  ],
});
console.log(`merged results: ${path.relative(ROOT, file)}`);
process.exit(ran.every((r) => r.exitCode === 0) ? 0 : 1);
