// Helpers of the benchmark suites: child servers, wrk runs, server CPU from /proc, a statement-counting
// PostgreSQL proxy, results files and tables.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase } from '../../../src/database/migrate.js';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BENCH_DIR = path.join(ROOT, '.bench');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');

export interface SuiteResult {
  suite: string;
  rows: Record<string, unknown>[];
  notes: string[];
}

export function writeResult(result: SuiteResult): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${result.suite}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export function loadAverage(): string {
  return os.loadavg().map((x) => x.toFixed(2)).join(' ');
}

// ───────────────────────────── child servers ─────────────────────────────

export interface Child {
  name: string;
  pid: number;
  port: number;
  url: string;
  proc: ChildProcess;
  log: string[];
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHooked = false;
/** Servers started here are killed when the suite is stopped (SIGTERM/SIGINT) or exits. */
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  const killAll = () => {
    for (const p of running) p.kill('SIGKILL');
  };
  process.on('exit', killAll);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** Spawns a server that prints `LISTENING <port>` once ready. */
export function startServer(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<Child> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    hookExit();
    running.add(proc);
    proc.once('exit', () => running.delete(proc));
    const log: string[] = [];
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      proc.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${options.timeoutMs ?? 120000} ms:\n${log.join('').slice(-3000)}`));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log.push(text);
      if (log.length > 200) log.splice(0, log.length - 200);
      const m = /LISTENING (\d+)/.exec(text);
      if (m && !done) {
        done = true;
        clearTimeout(timer);
        const port = Number(m[1]);
        resolve({
          name,
          pid: proc.pid!,
          port,
          url: `http://127.0.0.1:${port}/graphql`,
          proc,
          log,
          stop: () =>
            new Promise<void>((res) => {
              if (proc.exitCode !== null) return res();
              const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000);
              proc.once('exit', () => {
                clearTimeout(kill);
                res();
              });
              proc.kill('SIGTERM');
            }),
        });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening:\n${log.join('').slice(-3000)}`));
    });
  });
}

// ───────────────────────────── CPU of a process ─────────────────────────────

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/** User + system CPU milliseconds used so far by a process (from /proc/<pid>/stat). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime is field 14, stime field 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

/** CPU milliseconds used so far by each of these processes (PostgreSQL backends) still alive. */
export function processesCpuMs(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      out.set(pid, processCpuMs(pid));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** CPU used between two samples by the processes alive at both (a pool may close idle backends). */
export function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) {
    const b = before.get(pid);
    if (b !== undefined && ms >= b) total += ms - b;
  }
  return total;
}

// ───────────────────────────── wrk ─────────────────────────────

export interface WrkResult {
  requests: number;
  seconds: number;
  rps: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  errors: number;
}

const LUA = path.join(import.meta.dirname, 'wrk-post.lua');

/** Runs wrk posting a random line of `bodiesFile` per request; fixed connections, one thread. */
export function runWrk(url: string, bodiesFile: string, seconds: number, connections: number): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', LUA, url], {
      env: { ...process.env, BENCH_BODIES: bodiesFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (out += c.toString()));
    proc.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCHJSON '));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (${code}): ${out.slice(-2000)}`));
      const r = JSON.parse(line.slice('BENCHJSON '.length)) as Record<string, number>;
      const secs = r.duration_us! / 1e6;
      resolve({
        requests: r.requests!,
        seconds: secs,
        rps: r.requests! / secs,
        p50ms: r.p50_us! / 1000,
        p95ms: r.p95_us! / 1000,
        p99ms: r.p99_us! / 1000,
        errors: r.errors! + r.socket_errors!,
      });
    });
  });
}

export function hasWrk(): boolean {
  return spawnSync('which', ['wrk']).status === 0;
}

/** Installs wrk from Debian's packages when missing (first run only). */
export function ensureWrk(log: (m: string) => void): void {
  if (hasWrk()) return;
  log('wrk is missing: installing it (apt-get install -y wrk)');
  let r = spawnSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'ignore' });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore' });
    r = spawnSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'ignore' });
  }
  if (!hasWrk()) throw new Error('wrk is not installed and apt-get install -y wrk failed');
}

// ───────────────────────────── statement-counting proxy ─────────────────────────────

/**
 * A TCP proxy in front of PostgreSQL that counts the statements its clients send: every simple
 * Query ('Q') and every extended-protocol Execute ('E') message. Bytes pass through unchanged.
 * It measures every server the same way (ours, PostGraphile, the floor), with no logging setting
 * or extension on the database. BEGIN/COMMIT count as statements too.
 */
export async function startStatementProxy(target: { host: string; port: number }): Promise<{
  port: number;
  count(): number;
  close(): Promise<void>;
}> {
  let statements = 0;
  /** BENCH_PROXY_LOG=<file>: append the text of every statement (for looking at what a server sends). */
  const logFile = process.env.BENCH_PROXY_LOG;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    let pending: Buffer = Buffer.alloc(0);
    let startup = true;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (startup) {
          if (pending.length < 8) break;
          const len = pending.readInt32BE(0);
          if (pending.length < len) break;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(len);
          // SSLRequest / GSSENCRequest are followed by another untyped startup message.
          if (code !== 80877103 && code !== 80877104) startup = false;
          continue;
        }
        if (pending.length < 5) break;
        const len = pending.readInt32BE(1);
        if (pending.length < len + 1) break;
        const type = pending[0];
        if (type === 0x51 /* Q */ || type === 0x45 /* E */) statements += 1;
        if (logFile && (type === 0x51 || type === 0x50 /* P */)) {
          const text = pending.subarray(5, len + 1).toString('utf8').replace(/\0/g, ' ');
          appendFileSync(logFile, `${String.fromCharCode(type!)} ${text}\n`);
        }
        pending = pending.subarray(len + 1);
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    count: () => statements,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

// ───────────────────────────── table ─────────────────────────────

export function printTable(rows: Record<string, unknown>[], columns: { key: string; label: string; digits?: number }[]): void {
  const cell = (v: unknown, digits?: number) =>
    v === null || v === undefined ? '–' : typeof v === 'number' ? (digits === undefined ? String(v) : v.toFixed(digits)) : String(v);
  const widths = columns.map((c) => Math.max(c.label.length, ...rows.map((r) => cell(r[c.key], c.digits).length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === 0 ? s.padEnd(widths[i]!) : s.padStart(widths[i]!))).join('  ');
  console.log(line(columns.map((c) => c.label)));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c.key], c.digits))));
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Drops and re-creates the database a URL names (through the server's `postgres` database), then migrates it. */
export async function freshDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(url);
}
