// Bulk import of companies and contacts for an offer: up to MAX_IMPORT_ROWS rows in one call, one
// transaction, set-based (each step is one statement over all rows, never a round trip per row).
//
// - Rows are checked and normalized first (import.rules.ts); a bad row is rejected with its
//   reasons and the others go on. Inside one import the first row with a key wins and later rows
//   with that key are rejected as duplicates.
// - Companies upsert on (offer_id, domain) with INSERT … SELECT FROM jsonb_to_recordset(…)
//   ON CONFLICT … DO UPDATE … RETURNING (xmax = 0), which tells created rows from updated ones.
// - Contacts have two unique keys, (offer_id, email) and (offer_id, linkedin_url), and ON CONFLICT
//   can name only one, so one statement first matches every row against both keys; a row whose
//   email and LinkedIn URL point at two different existing contacts is rejected, the others update
//   the contact they match or insert a new one (ids chosen up front so results map back to rows).
//   A contact's company is named by id or by domain; an unknown domain creates the company.
// - Updates keep what the import does not say (COALESCE), merge company signals key by key, and
//   never move a contact's status back once outreach has begun.
// - The offer row is locked first: imports into one offer run one after another, and
//   offers.total_companies / total_contacts are recounted in the same transaction.
import { randomUUID } from 'node:crypto';
import { prisma, type Tx } from '../../db.js';
import { type FieldProblem, NotFoundError, ValidationFailedError } from '../../errors.js';
import {
  checkCompanyRow,
  checkContactRow,
  type CompanyRow,
  type CompanyRowInput,
  type ContactRow,
  type ContactRowInput,
  findDuplicates,
  MAX_IMPORT_ROWS,
} from './import.rules.js';

/** Large imports take longer than Prisma's 5-second default for an interactive transaction. */
const IMPORT_TRANSACTION = { timeout: 300_000, maxWait: 30_000 };

export type ImportOutcome = 'created' | 'updated' | 'rejected';

export interface CompanyImportResult {
  index: number;
  outcome: ImportOutcome;
  companyId: string | null;
  domain: string | null;
  problems: FieldProblem[];
}

export interface ContactImportResult {
  index: number;
  outcome: ImportOutcome;
  contactId: string | null;
  companyId: string | null;
  email: string | null;
  linkedinUrl: string | null;
  problems: FieldProblem[];
}

export interface ImportSummary<R> {
  created: number;
  updated: number;
  rejected: number;
  results: R[];
}

function checkSize(rows: readonly unknown[]): void {
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ValidationFailedError([
      { path: 'rows', message: `at most ${MAX_IMPORT_ROWS} rows per import (got ${rows.length})` },
    ]);
  }
}

async function lockOffer(tx: Tx, offerId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM offers WHERE id = ${offerId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError('Offer', offerId);
}

async function recountOffer(tx: Tx, offerId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE offers SET
      total_companies = (SELECT count(*) FROM companies WHERE offer_id = ${offerId}::uuid),
      total_contacts = (SELECT count(*) FROM contacts WHERE offer_id = ${offerId}::uuid),
      updated_at = now()
    WHERE id = ${offerId}::uuid`;
}

function summarize<R extends { outcome: ImportOutcome }>(results: R[]): ImportSummary<R> {
  return {
    created: results.filter((r) => r.outcome === 'created').length,
    updated: results.filter((r) => r.outcome === 'updated').length,
    rejected: results.filter((r) => r.outcome === 'rejected').length,
    results,
  };
}

export async function importCompanies(input: {
  offerId: string;
  rows: readonly CompanyRowInput[];
}): Promise<ImportSummary<CompanyImportResult>> {
  checkSize(input.rows);
  const results: CompanyImportResult[] = input.rows.map((_, index) => ({
    index,
    outcome: 'rejected',
    companyId: null,
    domain: null,
    problems: [],
  }));
  const good: { index: number; value: CompanyRow }[] = [];
  input.rows.forEach((row, index) => {
    const checked = checkCompanyRow(row);
    if (checked.ok) {
      good.push({ index, value: checked.value });
      results[index]!.domain = checked.value.domain;
    } else {
      results[index]!.problems = checked.problems;
    }
  });
  const duplicates = findDuplicates(good, (v) => [v.domain]);
  for (const [index, dup] of duplicates) {
    results[index]!.problems = [{ path: 'domain', message: `duplicate of row ${dup.of} (same domain ${dup.key})` }];
  }
  const upsert = good.filter((g) => !duplicates.has(g.index)).map((g) => ({ idx: g.index, ...g.value }));

  await prisma.$transaction(async (tx) => {
    await lockOffer(tx, input.offerId);
    if (upsert.length > 0) {
      const rows = await tx.$queryRaw<{ idx: number; id: string; created: boolean }[]>`
        WITH input AS (
          SELECT * FROM jsonb_to_recordset(${JSON.stringify(upsert)}::jsonb) AS r(
            idx int, name text, domain text, url text, description text, size text, size_exact int,
            vertical text, industry text, headquarters_city text, headquarters_state text,
            headquarters_country text, signals jsonb, fit_score int, fit_reasoning text, priority text,
            source_tool text, source_query text, source_raw jsonb)
        ),
        upserted AS (
          INSERT INTO companies AS c (
            offer_id, name, domain, url, description, size, size_exact, vertical, industry,
            headquarters_city, headquarters_state, headquarters_country, signals, fit_score,
            fit_reasoning, priority, source_tool, source_query, source_raw)
          SELECT ${input.offerId}::uuid, name, domain, url, description, size, size_exact, vertical, industry,
            headquarters_city, headquarters_state, headquarters_country, COALESCE(signals, '{}'::jsonb), fit_score,
            fit_reasoning, priority, source_tool, source_query, source_raw
          FROM input ORDER BY idx
          ON CONFLICT (offer_id, domain) DO UPDATE SET
            name = EXCLUDED.name,
            url = COALESCE(EXCLUDED.url, c.url),
            description = COALESCE(EXCLUDED.description, c.description),
            size = COALESCE(EXCLUDED.size, c.size),
            size_exact = COALESCE(EXCLUDED.size_exact, c.size_exact),
            vertical = COALESCE(EXCLUDED.vertical, c.vertical),
            industry = COALESCE(EXCLUDED.industry, c.industry),
            headquarters_city = COALESCE(EXCLUDED.headquarters_city, c.headquarters_city),
            headquarters_state = COALESCE(EXCLUDED.headquarters_state, c.headquarters_state),
            headquarters_country = COALESCE(EXCLUDED.headquarters_country, c.headquarters_country),
            signals = c.signals || EXCLUDED.signals,
            fit_score = COALESCE(EXCLUDED.fit_score, c.fit_score),
            fit_reasoning = COALESCE(EXCLUDED.fit_reasoning, c.fit_reasoning),
            priority = COALESCE(EXCLUDED.priority, c.priority),
            source_query = COALESCE(c.source_query, EXCLUDED.source_query),
            source_raw = COALESCE(EXCLUDED.source_raw, c.source_raw),
            updated_at = now()
          RETURNING c.id, c.domain, (c.xmax = 0) AS created
        )
        SELECT input.idx, upserted.id::text AS id, upserted.created
        FROM upserted JOIN input ON input.domain = upserted.domain`;
      for (const row of rows) {
        const result = results[row.idx]!;
        result.outcome = row.created ? 'created' : 'updated';
        result.companyId = row.id;
      }
    }
    await recountOffer(tx, input.offerId);
  }, IMPORT_TRANSACTION);

  return summarize(results);
}

interface ContactMatch {
  idx: number;
  by_email: string | null;
  by_linkedin: string | null;
}

export async function importContacts(input: {
  offerId: string;
  rows: readonly ContactRowInput[];
}): Promise<ImportSummary<ContactImportResult>> {
  checkSize(input.rows);
  const results: ContactImportResult[] = input.rows.map((_, index) => ({
    index,
    outcome: 'rejected',
    contactId: null,
    companyId: null,
    email: null,
    linkedinUrl: null,
    problems: [],
  }));
  const good: { index: number; value: ContactRow }[] = [];
  input.rows.forEach((row, index) => {
    const checked = checkContactRow(row);
    if (checked.ok) {
      good.push({ index, value: checked.value });
      Object.assign(results[index]!, { email: checked.value.email, linkedinUrl: checked.value.linkedin_url });
    } else {
      results[index]!.problems = checked.problems;
    }
  });
  const reject = (index: number, problem: FieldProblem) => {
    results[index]!.problems.push(problem);
  };
  const duplicates = findDuplicates(good, (v) => [v.email && `email:${v.email}`, v.linkedin_url && `linkedin:${v.linkedin_url}`]);
  for (const [index, dup] of duplicates) {
    reject(index, { path: dup.key.startsWith('email:') ? 'email' : 'linkedinUrl', message: `duplicate of row ${dup.of} (same ${dup.key})` });
  }
  let pending = good.filter((g) => !duplicates.has(g.index));

  await prisma.$transaction(async (tx) => {
    await lockOffer(tx, input.offerId);
    await upsertContacts(tx);
    await recountOffer(tx, input.offerId);
  }, IMPORT_TRANSACTION);

  return summarize(results);

  async function upsertContacts(tx: Tx): Promise<void> {
    if (pending.length === 0) return;

    // 1. Match every row against both unique keys of the offer's contacts.
    const keys = pending.map((g) => ({ idx: g.index, email: g.value.email, linkedin_url: g.value.linkedin_url }));
    const matches = await tx.$queryRaw<ContactMatch[]>`
      SELECT r.idx, e.id::text AS by_email, l.id::text AS by_linkedin
      FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS r(idx int, email text, linkedin_url text)
      LEFT JOIN contacts e ON e.offer_id = ${input.offerId}::uuid AND e.email = r.email
      LEFT JOIN contacts l ON l.offer_id = ${input.offerId}::uuid AND l.linkedin_url = r.linkedin_url`;
    const target = new Map<number, string | null>();
    const claimedBy = new Map<string, number>();
    for (const m of matches.sort((a, b) => a.idx - b.idx)) {
      if (m.by_email && m.by_linkedin && m.by_email !== m.by_linkedin) {
        reject(m.idx, {
          path: 'linkedinUrl',
          message: `the email belongs to contact ${m.by_email} and the LinkedIn URL to contact ${m.by_linkedin}`,
        });
        continue;
      }
      const existing = m.by_email ?? m.by_linkedin;
      if (existing && claimedBy.has(existing)) {
        reject(m.idx, { path: 'email', message: `duplicate of row ${claimedBy.get(existing)} (same contact ${existing})` });
        continue;
      }
      if (existing) claimedBy.set(existing, m.idx);
      target.set(m.idx, existing);
    }
    pending = pending.filter((g) => target.has(g.index));

    // 2. Companies: check the ids, find or create the domains.
    const companyIds = [...new Set(pending.map((g) => g.value.company_id).filter((x): x is string => x !== null))];
    const knownIds = new Set(
      companyIds.length === 0
        ? []
        : (
            await tx.$queryRaw<{ id: string }[]>`
              SELECT id::text AS id FROM companies
              WHERE offer_id = ${input.offerId}::uuid AND id::text = ANY(${companyIds}::text[])`
          ).map((r) => r.id),
    );
    const wanted = new Map<string, { domain: string; name: string; source_tool: string }>();
    for (const g of pending) {
      const d = g.value.company_domain;
      if (d && !wanted.has(d)) wanted.set(d, { domain: d, name: g.value.company_name ?? d, source_tool: g.value.source_tool });
    }
    const byDomain = new Map<string, string>();
    if (wanted.size > 0) {
      const rows = await tx.$queryRaw<{ id: string; domain: string }[]>`
        WITH wanted AS (
          SELECT * FROM jsonb_to_recordset(${JSON.stringify([...wanted.values()])}::jsonb) AS r(domain text, name text, source_tool text)
        ),
        created AS (
          INSERT INTO companies (offer_id, name, domain, source_tool)
          SELECT ${input.offerId}::uuid, name, domain, source_tool FROM wanted
          ON CONFLICT (offer_id, domain) DO NOTHING
          RETURNING id, domain
        )
        SELECT id::text AS id, domain FROM created
        UNION ALL
        SELECT c.id::text, c.domain FROM companies c JOIN wanted w ON w.domain = c.domain
        WHERE c.offer_id = ${input.offerId}::uuid`;
      for (const r of rows) byDomain.set(r.domain, r.id);
    }
    const upserts: (ContactRow & { idx: number; id: string; existing: boolean; company: string })[] = [];
    for (const g of pending) {
      const company = g.value.company_id ? (knownIds.has(g.value.company_id) ? g.value.company_id : null) : byDomain.get(g.value.company_domain!) ?? null;
      if (!company) {
        reject(g.index, { path: 'companyId', message: `company ${g.value.company_id} is not a company of this offer` });
        continue;
      }
      const existing = target.get(g.index) ?? null;
      upserts.push({ ...g.value, idx: g.index, id: existing ?? randomUUID(), existing: existing !== null, company });
    }
    if (upserts.length === 0) return;

    // 3. One statement updates the matched contacts and inserts the new ones.
    const written = await tx.$queryRaw<{ id: string; created: boolean }[]>`
      WITH input AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(upserts)}::jsonb) AS r(
          id uuid, existing boolean, company uuid, first_name text, last_name text, full_name text, title text,
          title_normalized text, department text, seniority text, email text, email_status text,
          email_verification_source text, phone text, linkedin_url text, linkedin_id text, connection_degree int,
          buyer_fit_score int, priority text, status text, skip_reason text, source_tool text, source_raw jsonb,
          notes text)
      ),
      updated AS (
        UPDATE contacts AS c SET
          company_id = i.company,
          first_name = COALESCE(i.first_name, c.first_name),
          last_name = COALESCE(i.last_name, c.last_name),
          full_name = COALESCE(i.full_name, c.full_name),
          title = COALESCE(i.title, c.title),
          title_normalized = COALESCE(i.title_normalized, c.title_normalized),
          department = COALESCE(i.department, c.department),
          seniority = COALESCE(i.seniority, c.seniority),
          email_status = CASE
            WHEN i.email_status IS NOT NULL THEN i.email_status
            WHEN i.email IS NOT NULL AND c.email IS DISTINCT FROM i.email THEN 'unknown'
            ELSE c.email_status END,
          email = COALESCE(i.email, c.email),
          email_verification_source = COALESCE(i.email_verification_source, c.email_verification_source),
          phone = COALESCE(i.phone, c.phone),
          linkedin_url = COALESCE(i.linkedin_url, c.linkedin_url),
          linkedin_id = COALESCE(i.linkedin_id, c.linkedin_id),
          connection_degree = COALESCE(i.connection_degree, c.connection_degree),
          buyer_fit_score = COALESCE(i.buyer_fit_score, c.buyer_fit_score),
          priority = COALESCE(i.priority, c.priority),
          status = CASE WHEN i.status IS NOT NULL AND c.status IN ('new', 'enriched', 'ready', 'skip')
                        THEN i.status ELSE c.status END,
          skip_reason = COALESCE(i.skip_reason, c.skip_reason),
          source_raw = COALESCE(i.source_raw, c.source_raw),
          notes = COALESCE(i.notes, c.notes),
          updated_at = now()
        FROM input i
        WHERE i.existing AND c.id = i.id AND c.offer_id = ${input.offerId}::uuid
        RETURNING c.id
      ),
      inserted AS (
        INSERT INTO contacts (
          id, offer_id, company_id, first_name, last_name, full_name, title, title_normalized, department,
          seniority, email, email_status, email_verification_source, phone, linkedin_url, linkedin_id,
          connection_degree, buyer_fit_score, priority, status, skip_reason, source_tool, source_raw, notes)
        SELECT id, ${input.offerId}::uuid, company, first_name, last_name, full_name, title, title_normalized,
          department, seniority, email,
          COALESCE(email_status, CASE WHEN email IS NOT NULL THEN 'unknown' END),
          email_verification_source, phone, linkedin_url, linkedin_id, connection_degree, buyer_fit_score,
          priority, COALESCE(status, 'new'), skip_reason, source_tool, source_raw, notes
        FROM input WHERE NOT existing
        RETURNING id
      )
      SELECT id::text AS id, false AS created FROM updated
      UNION ALL
      SELECT id::text AS id, true AS created FROM inserted`;
    const outcome = new Map(written.map((w) => [w.id, w.created]));
    for (const u of upserts) {
      const created = outcome.get(u.id);
      const result = results[u.idx]!;
      if (created === undefined) {
        reject(u.idx, { path: '', message: 'the contact changed during the import; try again' });
        continue;
      }
      result.outcome = created ? 'created' : 'updated';
      result.contactId = u.id;
      result.companyId = u.company;
    }
  }
}
