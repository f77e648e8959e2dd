// The mutation part of the `graph` suite, through our running server: bulk import of 10,000
// contacts (importContacts, one request) and event ingestion (recordEngagement with the whole
// lifecycle evaluated, under wrk load). Everything written is removed again at the end, so the
// seeded data set stays as it was: imported rows live under *.import-bench.example domains and
// ingested people under @ingest-bench.example addresses.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { BENCH_DIR, type Child, median, processCpuMs, runWrk } from '../lib/common.js';

interface Options {
  log: (m: string) => void;
  notes: string[];
}

const IMPORT_ROWS = 10_000;
const IMPORT_DOMAIN = 'import-bench.example';
const INGEST_DOMAIN = 'ingest-bench.example';

async function cleanImport(pool: pg.Pool): Promise<void> {
  // The import writes companies and contacts only, and nothing else refers to them yet. A plain
  // DELETE would run every foreign key's check against the large tables (send_queue, messages,
  // outreach…) once per row, minutes on the bench data; with the foreign-key triggers off for this
  // transaction (replica role) the two deletes, children first, take a second.
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const companies = `SELECT id FROM companies WHERE domain LIKE '%.${IMPORT_DOMAIN}'`;
    await client.query(`DELETE FROM contacts WHERE company_id IN (${companies})`);
    await client.query(`DELETE FROM companies WHERE id IN (${companies})`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Removes the synthetic people; retried, since requests wrk left in flight may still be finishing. */
async function cleanIngestion(pool: pg.Pool): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await cleanIngestionOnce(pool);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

async function cleanIngestionOnce(pool: pg.Pool): Promise<void> {
  const ids = `(SELECT suspect_id FROM funnel.suspect_universe WHERE email LIKE '%@${INGEST_DOMAIN}')`;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const table of ['bit_signal_log', 'prospect_movement', 'warm_universe', 'talentflow_signal_log', 'client_conversion', 'appointment_history', 'engagement_events']) {
      await client.query(`DELETE FROM funnel.${table} WHERE suspect_id IN ${ids}`);
    }
    await client.query(`DELETE FROM funnel.suspect_universe WHERE email LIKE '%@${INGEST_DOMAIN}'`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const IMPORT_MUTATION = `mutation Import($input: ImportContactsInput!) { importContacts(input: $input) {
  __typename ... on MutationImportContactsSuccess { summary { created updated rejected } } ... on ValidationFailed { message } } }`;

export async function importBench(pool: pg.Pool, ours: Child, options: Options & { runs: number }): Promise<Record<string, unknown>[]> {
  const { rows: offers } = await pool.query<{ id: string }>(`SELECT id FROM offers ORDER BY created_at LIMIT 1`);
  const offerId = offers[0]!.id;
  await cleanImport(pool);
  const runs: { seconds: number; cpuMs: number; created: number }[] = [];
  try {
    for (let run = 0; run < options.runs; run += 1) {
      const tag = `r${run}x${Date.now().toString(36)}`;
      const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => ({
        companyDomain: `c${i % 500}.${tag}.${IMPORT_DOMAIN}`,
        companyName: `Import Bench ${i % 500}`,
        firstName: `First${i}`,
        lastName: `Last${i}`,
        title: i % 3 ? 'VP Sales' : 'Head of Growth',
        email: `p${i}.${tag}@${IMPORT_DOMAIN}`,
        linkedinUrl: `https://linkedin.com/in/import-bench-${tag}-${i}`,
        sourceTool: 'bench',
      }));
      const text = JSON.stringify({ query: IMPORT_MUTATION, variables: { input: { offerId, rows } } });
      const cpu0 = processCpuMs(ours.pid);
      const t0 = performance.now();
      const res = await fetch(ours.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
      const json = (await res.json()) as any;
      const seconds = (performance.now() - t0) / 1000;
      const cpuMs = processCpuMs(ours.pid) - cpu0;
      const summary = json.data?.importContacts?.summary;
      if (!summary) throw new Error(`import failed: ${JSON.stringify(json).slice(0, 500)}`);
      if (summary.created !== IMPORT_ROWS) options.notes.push(`import run ${run + 1}: created ${summary.created}, rejected ${summary.rejected}`);
      runs.push({ seconds, cpuMs, created: summary.created });
      options.log(`import ${run + 1}/${options.runs}: ${IMPORT_ROWS} contacts in ${seconds.toFixed(2)} s`);
    }
  } finally {
    await cleanImport(pool);
  }
  const seconds = median(runs.map((r) => r.seconds));
  return [
    {
      name: `bulk import ${IMPORT_ROWS} contacts (ours)`,
      shape: 'import',
      target: 'ours',
      seconds,
      contactsPerSecond: IMPORT_ROWS / seconds,
      throughput: IMPORT_ROWS / seconds,
      cpuMs: median(runs.map((r) => r.cpuMs)),
      runs: runs.length,
    },
  ];
}

/** A realistic mix of engagement over a population of synthetic people (new ones get created). */
function ingestionBodies(people: number, count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const who = (i * 7919) % people;
    const email = `p${who}@${INGEST_DOMAIN}`;
    const x = (i * 37) % 100;
    let input: Record<string, unknown>;
    if (x < 60) input = { email, kind: 'OPEN', sendId: `send-__UNIQ__` };
    else if (x < 80) input = { email, kind: 'CLICK', sendId: `send-__UNIQ__`, url: `https://acme.example/p${x % 8}` };
    else if (x < 88) input = { email, kind: 'REPLY', replySentiment: x % 2 ? 'positive' : 'negative', sourceEmailId: 'r-__UNIQ__' };
    else if (x < 96) input = { email, kind: 'WEBSITE_VISIT', sourceEmailId: 'v-__UNIQ__' };
    else input = { email, kind: 'CONTENT_DOWNLOAD', sourceEmailId: 'd-__UNIQ__' };
    lines.push(
      JSON.stringify({
        query: 'mutation Ingest($input: RecordEngagementInput!) { recordEngagement(input: $input) { __typename ... on MutationRecordEngagementSuccess { outcome { duplicate } } } }',
        variables: { input },
      }),
    );
  }
  return lines;
}

export async function ingestionBench(
  pool: pg.Pool,
  ours: Child,
  options: Options & { seconds: number; warmup: number; connections: number },
): Promise<Record<string, unknown>[]> {
  await cleanIngestion(pool);
  const file = path.join(BENCH_DIR, 'graph', 'ingest.ours.jsonl');
  writeFileSync(file, `${ingestionBodies(2000, 4000).join('\n')}\n`);
  try {
    await runWrk(ours.url, file, options.warmup, options.connections);
    const cpu0 = processCpuMs(ours.pid);
    const r = await runWrk(ours.url, file, options.seconds, options.connections);
    const cpuMs = (processCpuMs(ours.pid) - cpu0) / Math.max(1, r.requests);
    const { rows } = await pool.query<{ events: number; movements: number }>(
      `SELECT (SELECT count(*)::int FROM funnel.engagement_events e JOIN funnel.suspect_universe s USING (suspect_id) WHERE s.email LIKE '%@${INGEST_DOMAIN}') AS events,
              (SELECT count(*)::int FROM funnel.prospect_movement m JOIN funnel.suspect_universe s USING (suspect_id) WHERE s.email LIKE '%@${INGEST_DOMAIN}') AS movements`,
    );
    options.log(`ingestion: ${r.rps.toFixed(0)} events/s (${r.requests} in ${r.seconds.toFixed(1)} s, ${r.errors} errors)`);
    options.notes.push(
      `ingestion: recordEngagement mutations over HTTP, ${options.connections} connections, 2,000 synthetic people; stored ${rows[0]!.events} events and ${rows[0]!.movements} state changes (warm-up included)`,
    );
    return [
      {
        name: 'ingestion recordEngagement (ours)',
        shape: 'ingestion',
        target: 'ours',
        rps: r.rps,
        eventsPerSecond: r.rps,
        throughput: r.rps,
        p50ms: r.p50ms,
        p95ms: r.p95ms,
        p99ms: r.p99ms,
        cpuMs,
        errors: r.errors,
        requests: r.requests,
      },
    ];
  } finally {
    await cleanIngestion(pool);
  }
}
