// Input rows and per-row results of the bulk imports.
import { builder } from '../../builder.js';
import { CompanySize, ContactStatus, EmailStatus, Priority, Seniority } from '../common/enums.js';
import { FieldProblem } from '../common/errors.type.js';
import type { CompanyImportResult, ContactImportResult, ImportSummary } from './import.service.js';
import { MAX_IMPORT_ROWS } from './import.rules.js';

export const ImportOutcome = builder.enumType('ImportOutcome', {
  description: 'What an import did with one row.',
  values: {
    created: { description: 'A new row was inserted.' },
    updated: { description: 'An existing row (same key) was updated.' },
    rejected: { description: 'Nothing was written for this row; see problems.' },
  } as const,
});

export const CompanyImportRow = builder.inputType('CompanyImportRow', {
  description:
    'One company to import. Its key is the normalized domain (from domain, else url): an existing company of the offer with that domain is updated, keeping what the row leaves out.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Company name.' }),
    domain: t.string({ description: 'Domain or website; normalized (lower-case, no scheme, no www).' }),
    url: t.string({ description: 'Website URL ("https://" is added when missing).' }),
    description: t.string({ description: 'What the company does.' }),
    size: t.field({ type: CompanySize, description: 'Head-count band.' }),
    sizeExact: t.int({ description: 'Exact head count.' }),
    vertical: t.string({ description: 'Vertical.' }),
    industry: t.string({ description: 'Industry.' }),
    headquartersCity: t.string({ description: 'Headquarters city.' }),
    headquartersState: t.string({ description: 'Headquarters state or region.' }),
    headquartersCountry: t.string({ description: 'Headquarters country.' }),
    signals: t.field({
      type: 'JSONObject',
      description: 'Signals (snake_case keys as in CompanySignals); merged key by key into existing ones.',
    }),
    fitScore: t.int({ description: 'ICP fit, 1 to 10.' }),
    fitReasoning: t.string({ description: 'Why that fit score.' }),
    priority: t.field({ type: Priority, description: 'How soon to work it.' }),
    sourceTool: t.string({ required: true, description: 'Tool that found it.' }),
    sourceQuery: t.string({ description: 'The query that found it.' }),
    sourceRaw: t.field({ type: 'JSON', description: 'Raw API response.' }),
  }),
});

export const ContactImportRow = builder.inputType('ContactImportRow', {
  description:
    'One contact to import. Its keys are the normalized email and LinkedIn URL (at least one): a contact of the offer with either is updated, keeping what the row leaves out. The company is named by id or by domain (an unknown domain creates the company).',
  fields: (t) => ({
    companyId: t.field({ type: 'UUID', description: 'Database id of a company of the offer.' }),
    companyDomain: t.string({ description: 'Domain of the company (normalized); created when the offer has none.' }),
    companyName: t.string({ description: 'Name for a company created from companyDomain (default: the domain).' }),
    firstName: t.string({ description: 'First name.' }),
    lastName: t.string({ description: 'Last name.' }),
    fullName: t.string({ description: 'Full name (default: first and last name).' }),
    title: t.string({ description: 'Job title.' }),
    titleNormalized: t.string({ description: 'Normalized title ("vp_sales", …).' }),
    department: t.string({ description: 'Department.' }),
    seniority: t.field({ type: Seniority, description: 'Seniority.' }),
    email: t.string({ description: 'Email address (normalized: trimmed, lower-case).' }),
    emailStatus: t.field({ type: EmailStatus, description: 'What is known about the email (default unknown).' }),
    emailVerificationSource: t.string({ description: 'Who verified the email.' }),
    phone: t.string({ description: 'Phone number.' }),
    linkedinUrl: t.string({ description: 'LinkedIn profile URL (normalized to https://linkedin.com/in/…).' }),
    linkedinId: t.string({ description: "LinkedIn's internal id." }),
    connectionDegree: t.int({ description: 'LinkedIn connection degree, 1 to 3.' }),
    buyerFitScore: t.int({ description: 'Buyer fit, 1 to 10.' }),
    priority: t.field({ type: Priority, description: 'How soon to work them.' }),
    status: t.field({
      type: ContactStatus,
      description: 'new, enriched, ready or skip (default new); never moves a contact back once outreach began.',
    }),
    skipReason: t.string({ description: 'Why they are skipped.' }),
    sourceTool: t.string({ required: true, description: 'Tool that found them.' }),
    sourceRaw: t.field({ type: 'JSON', description: 'Raw API response.' }),
    notes: t.string({ description: 'Free notes.' }),
  }),
});

const CompanyImportResultRef = builder.objectRef<CompanyImportResult>('CompanyImportResult').implement({
  description: 'What happened to one company row.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the row in the input (0-based).' }),
    outcome: t.field({ type: ImportOutcome, description: 'Created, updated or rejected.', resolve: (r) => r.outcome }),
    companyId: t.exposeString('companyId', { nullable: true, description: 'Database id of the company written.' }),
    domain: t.exposeString('domain', { nullable: true, description: 'The normalized domain (the key).' }),
    problems: t.field({ type: [FieldProblem], description: 'Why the row was rejected (empty otherwise).', resolve: (r) => r.problems }),
    reason: t.string({
      nullable: true,
      description: 'The problems in one sentence (null unless rejected).',
      resolve: (r) => (r.problems.length ? r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ') : null),
    }),
  }),
});

const ContactImportResultRef = builder.objectRef<ContactImportResult>('ContactImportResult').implement({
  description: 'What happened to one contact row.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the row in the input (0-based).' }),
    outcome: t.field({ type: ImportOutcome, description: 'Created, updated or rejected.', resolve: (r) => r.outcome }),
    contactId: t.exposeString('contactId', { nullable: true, description: 'Database id of the contact written.' }),
    companyId: t.exposeString('companyId', { nullable: true, description: 'Database id of its company.' }),
    email: t.exposeString('email', { nullable: true, description: 'The normalized email (a key).' }),
    linkedinUrl: t.exposeString('linkedinUrl', { nullable: true, description: 'The normalized LinkedIn URL (a key).' }),
    problems: t.field({ type: [FieldProblem], description: 'Why the row was rejected (empty otherwise).', resolve: (r) => r.problems }),
    reason: t.string({
      nullable: true,
      description: 'The problems in one sentence (null unless rejected).',
      resolve: (r) => (r.problems.length ? r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ') : null),
    }),
  }),
});

export const CompanyImportSummary = builder.objectRef<ImportSummary<CompanyImportResult>>('CompanyImportSummary').implement({
  description: 'The outcome of a company import: counts, and one result per input row, in input order.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'Rows inserted.' }),
    updated: t.exposeInt('updated', { description: 'Rows that updated an existing company.' }),
    rejected: t.exposeInt('rejected', { description: 'Rows rejected.' }),
    results: t.field({
      type: [CompanyImportResultRef],
      description: `One result per input row (at most ${MAX_IMPORT_ROWS}).`,
      resolve: (s) => s.results,
    }),
  }),
});

export const ContactImportSummary = builder.objectRef<ImportSummary<ContactImportResult>>('ContactImportSummary').implement({
  description: 'The outcome of a contact import: counts, and one result per input row, in input order.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'Rows inserted.' }),
    updated: t.exposeInt('updated', { description: 'Rows that updated an existing contact.' }),
    rejected: t.exposeInt('rejected', { description: 'Rows rejected.' }),
    results: t.field({
      type: [ContactImportResultRef],
      description: `One result per input row (at most ${MAX_IMPORT_ROWS}).`,
      resolve: (s) => s.results,
    }),
  }),
});
