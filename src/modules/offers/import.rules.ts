// Pure rules for bulk imports: how one input row of companies or contacts is checked and
// normalized (domain, email, LinkedIn URL), and how duplicates inside one import are found.
// A row that breaks a rule is rejected with its reasons; the others go on to the upsert.
import type { FieldProblem } from '../../errors.js';
import type {
  CompanySizeValue,
  ContactStatusValue,
  EmailStatusValue,
  PriorityValue,
  SeniorityValue,
} from '../common/enums.js';
import { normalizeDomain, normalizeEmail, normalizeLinkedinUrl } from '../common/normalize.js';

/** Most rows one import call takes. */
export const MAX_IMPORT_ROWS = 10_000;

/** Contact statuses an import may set; the later ones belong to outreach. */
export const IMPORTABLE_CONTACT_STATUSES: readonly ContactStatusValue[] = ['new', 'enriched', 'ready', 'skip'];

export type RowCheck<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

type Maybe<T> = T | null | undefined;

const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const EMAIL = /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** Trimmed text, null when blank. */
function text(value: Maybe<string>): string | null {
  const v = value?.trim();
  return v ? v : null;
}

function intBetween(value: Maybe<number>, min: number, max: number, path: string, problems: FieldProblem[]) {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push({ path, message: `must be a whole number from ${min} to ${max}` });
    return null;
  }
  return value;
}

/** A website URL with a scheme ("acme.com/about" → "https://acme.com/about"), or null. */
export function normalizeWebsiteUrl(input: Maybe<string>): string | null | undefined {
  const v = text(input);
  if (!v) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.toString();
  } catch {
    return undefined;
  }
}

export interface CompanyRowInput {
  name?: Maybe<string>;
  domain?: Maybe<string>;
  url?: Maybe<string>;
  description?: Maybe<string>;
  size?: Maybe<CompanySizeValue>;
  sizeExact?: Maybe<number>;
  vertical?: Maybe<string>;
  industry?: Maybe<string>;
  headquartersCity?: Maybe<string>;
  headquartersState?: Maybe<string>;
  headquartersCountry?: Maybe<string>;
  signals?: Maybe<Record<string, unknown>>;
  fitScore?: Maybe<number>;
  fitReasoning?: Maybe<string>;
  priority?: Maybe<PriorityValue>;
  sourceTool?: Maybe<string>;
  sourceQuery?: Maybe<string>;
  sourceRaw?: unknown;
}

export interface CompanyRow {
  name: string;
  domain: string;
  url: string | null;
  description: string | null;
  size: CompanySizeValue | null;
  size_exact: number | null;
  vertical: string | null;
  industry: string | null;
  headquarters_city: string | null;
  headquarters_state: string | null;
  headquarters_country: string | null;
  signals: Record<string, unknown> | null;
  fit_score: number | null;
  fit_reasoning: string | null;
  priority: PriorityValue | null;
  source_tool: string;
  source_query: string | null;
  source_raw: unknown;
}

/** Checks and normalizes one company row; the domain (from `domain`, else `url`) is its key. */
export function checkCompanyRow(row: CompanyRowInput): RowCheck<CompanyRow> {
  const problems: FieldProblem[] = [];
  const name = text(row.name);
  if (!name) problems.push({ path: 'name', message: 'is required' });
  const url = normalizeWebsiteUrl(row.url);
  if (url === undefined) problems.push({ path: 'url', message: 'is not a web address' });
  const domain = normalizeDomain(row.domain ?? row.url);
  if (!domain) problems.push({ path: 'domain', message: 'is required (give a domain or a url)' });
  else if (!DOMAIN.test(domain)) problems.push({ path: 'domain', message: `"${domain}" is not a domain name` });
  const sourceTool = text(row.sourceTool);
  if (!sourceTool) problems.push({ path: 'sourceTool', message: 'is required' });
  const fitScore = intBetween(row.fitScore, 1, 10, 'fitScore', problems);
  const sizeExact = intBetween(row.sizeExact, 0, 10_000_000, 'sizeExact', problems);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name: name!,
      domain: domain!,
      url: url ?? null,
      description: text(row.description),
      size: row.size ?? null,
      size_exact: sizeExact,
      vertical: text(row.vertical),
      industry: text(row.industry),
      headquarters_city: text(row.headquartersCity),
      headquarters_state: text(row.headquartersState),
      headquarters_country: text(row.headquartersCountry),
      signals: row.signals ?? null,
      fit_score: fitScore,
      fit_reasoning: text(row.fitReasoning),
      priority: row.priority ?? null,
      source_tool: sourceTool!,
      source_query: text(row.sourceQuery),
      source_raw: row.sourceRaw ?? null,
    },
  };
}

export interface ContactRowInput {
  companyId?: Maybe<string>;
  companyDomain?: Maybe<string>;
  companyName?: Maybe<string>;
  firstName?: Maybe<string>;
  lastName?: Maybe<string>;
  fullName?: Maybe<string>;
  title?: Maybe<string>;
  titleNormalized?: Maybe<string>;
  department?: Maybe<string>;
  seniority?: Maybe<SeniorityValue>;
  email?: Maybe<string>;
  emailStatus?: Maybe<EmailStatusValue>;
  emailVerificationSource?: Maybe<string>;
  phone?: Maybe<string>;
  linkedinUrl?: Maybe<string>;
  linkedinId?: Maybe<string>;
  connectionDegree?: Maybe<number>;
  buyerFitScore?: Maybe<number>;
  priority?: Maybe<PriorityValue>;
  status?: Maybe<ContactStatusValue>;
  skipReason?: Maybe<string>;
  sourceTool?: Maybe<string>;
  sourceRaw?: unknown;
  notes?: Maybe<string>;
}

export interface ContactRow {
  company_id: string | null;
  company_domain: string | null;
  company_name: string | null;
  first_name: string | null;
  last_name: string | null;
  full_name: string | null;
  title: string | null;
  title_normalized: string | null;
  department: string | null;
  seniority: SeniorityValue | null;
  email: string | null;
  email_status: EmailStatusValue | null;
  email_verification_source: string | null;
  phone: string | null;
  linkedin_url: string | null;
  linkedin_id: string | null;
  connection_degree: number | null;
  buyer_fit_score: number | null;
  priority: PriorityValue | null;
  status: ContactStatusValue | null;
  skip_reason: string | null;
  source_tool: string;
  source_raw: unknown;
  notes: string | null;
}

/**
 * Checks and normalizes one contact row. Its keys are the normalized email and LinkedIn URL (at
 * least one); its company is named by id or by domain.
 */
export function checkContactRow(row: ContactRowInput): RowCheck<ContactRow> {
  const problems: FieldProblem[] = [];
  const email = normalizeEmail(row.email);
  if (email && !EMAIL.test(email)) problems.push({ path: 'email', message: `"${email}" is not an email address` });
  const linkedinUrl = normalizeLinkedinUrl(row.linkedinUrl);
  if (linkedinUrl && !/^https:\/\/linkedin\.com\/[^\s/]+\/[^\s]+$/.test(linkedinUrl)) {
    problems.push({ path: 'linkedinUrl', message: `"${linkedinUrl}" is not a LinkedIn profile URL` });
  }
  if (!email && !linkedinUrl) problems.push({ path: 'email', message: 'give an email or a LinkedIn URL (or both)' });
  const companyId = text(row.companyId);
  const companyDomain = normalizeDomain(row.companyDomain);
  if (!companyId && !companyDomain) problems.push({ path: 'companyDomain', message: 'give companyId or companyDomain' });
  if (companyId && companyDomain) problems.push({ path: 'companyDomain', message: 'give companyId or companyDomain, not both' });
  if (companyDomain && !DOMAIN.test(companyDomain)) {
    problems.push({ path: 'companyDomain', message: `"${companyDomain}" is not a domain name` });
  }
  const sourceTool = text(row.sourceTool);
  if (!sourceTool) problems.push({ path: 'sourceTool', message: 'is required' });
  if (row.status && !IMPORTABLE_CONTACT_STATUSES.includes(row.status)) {
    problems.push({ path: 'status', message: `an import may set ${IMPORTABLE_CONTACT_STATUSES.join(', ')}` });
  }
  const connectionDegree = intBetween(row.connectionDegree, 1, 3, 'connectionDegree', problems);
  const buyerFitScore = intBetween(row.buyerFitScore, 1, 10, 'buyerFitScore', problems);
  if (problems.length) return { ok: false, problems };
  const firstName = text(row.firstName);
  const lastName = text(row.lastName);
  return {
    ok: true,
    value: {
      company_id: companyId,
      company_domain: companyDomain,
      company_name: text(row.companyName),
      first_name: firstName,
      last_name: lastName,
      full_name: text(row.fullName) ?? (text([firstName, lastName].filter(Boolean).join(' ')) || null),
      title: text(row.title),
      title_normalized: text(row.titleNormalized),
      department: text(row.department),
      seniority: row.seniority ?? null,
      email,
      email_status: row.emailStatus ?? null,
      email_verification_source: text(row.emailVerificationSource),
      phone: text(row.phone),
      linkedin_url: linkedinUrl,
      linkedin_id: text(row.linkedinId),
      connection_degree: connectionDegree,
      buyer_fit_score: buyerFitScore,
      priority: row.priority ?? null,
      status: row.status ?? null,
      skip_reason: text(row.skipReason),
      source_tool: sourceTool!,
      source_raw: row.sourceRaw ?? null,
      notes: text(row.notes),
    },
  };
}

/**
 * The first row with each key wins; a later row with a key already seen is a duplicate of that
 * row. `keys` gives a row's keys (null keys never collide). Returns, per index, the index of the
 * row it duplicates (or undefined).
 */
export function findDuplicates<T>(
  rows: readonly { index: number; value: T }[],
  keys: (value: T) => readonly (string | null)[],
): Map<number, { of: number; key: string }> {
  const firstByKey = new Map<string, number>();
  const duplicates = new Map<number, { of: number; key: string }>();
  for (const { index, value } of rows) {
    const own = keys(value).filter((k): k is string => k !== null);
    const clash = own.find((k) => firstByKey.has(k));
    if (clash !== undefined) {
      duplicates.set(index, { of: firstByKey.get(clash)!, key: clash });
      continue;
    }
    for (const k of own) firstByKey.set(k, index);
  }
  return duplicates;
}
