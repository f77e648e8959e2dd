// Bulk import of companies and contacts: mixed good and bad rows, upserts on the seed's unique
// keys, counters kept right, and a 10,000-row import in one call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeCompany, makeContact, makeOffer } from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const IMPORT_COMPANIES = `
  mutation ($input: ImportCompaniesInput!) {
    importCompanies(input: $input) {
      __typename
      ... on MutationImportCompaniesSuccess {
        summary { created updated rejected results { index outcome companyId domain reason problems { path message } } }
      }
      ... on ValidationFailed { problems { path message } }
      ... on NotFound { entity }
    }
  }`;

const IMPORT_CONTACTS = `
  mutation ($input: ImportContactsInput!) {
    importContacts(input: $input) {
      __typename
      ... on MutationImportContactsSuccess {
        summary { created updated rejected results { index outcome contactId companyId email linkedinUrl reason } }
      }
      ... on ValidationFailed { problems { path message } }
      ... on NotFound { entity }
    }
  }`;

async function counters(offerId: string) {
  const offer = await prisma.offer.findUniqueOrThrow({ where: { id: offerId } });
  return {
    totalCompanies: offer.totalCompanies,
    totalContacts: offer.totalContacts,
    companies: await prisma.company.count({ where: { offerId } }),
    contacts: await prisma.contact.count({ where: { offerId } }),
  };
}

describe('importCompanies', () => {
  it('creates, updates and rejects row by row, normalizing domains', async () => {
    const offer = await makeOffer();
    const existing = await makeCompany(offer.id, {
      domain: 'existing.com',
      name: 'Old name',
      industry: 'Software',
      signals: { tech_stack: ['hubspot'], funding: { stage: 'seed' } },
    });
    const r: any = await t.gql(IMPORT_COMPANIES, {
      input: {
        offerId: offer.id,
        rows: [
          { name: 'Acme', url: 'HTTPS://www.Acme.com/about', sourceTool: 'exa', fitScore: 8, signals: { tech_stack: ['gong'] } },
          { name: 'Acme again', domain: 'acme.com', sourceTool: 'exa' },
          { name: 'No domain', sourceTool: 'exa' },
          { name: '', domain: 'blank-name.com', sourceTool: 'exa' },
          { name: 'Bad score', domain: 'bad-score.com', sourceTool: 'exa', fitScore: 11 },
          { name: 'New name', domain: 'WWW.EXISTING.COM', sourceTool: 'theirstack', signals: { funding: { stage: 'series_a' } } },
          { name: 'Not a domain', domain: 'not a domain', sourceTool: 'exa' },
        ],
      },
    });
    const summary = r.data.importCompanies.summary;
    expect({ created: summary.created, updated: summary.updated, rejected: summary.rejected }).toEqual({
      created: 1,
      updated: 1,
      rejected: 5,
    });
    expect(summary.results.map((x: any) => x.outcome)).toEqual([
      'created',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'updated',
      'rejected',
    ]);
    expect(summary.results[0].domain).toBe('acme.com');
    expect(summary.results[1].reason).toMatch(/duplicate of row 0/);
    expect(summary.results[2].problems[0].path).toBe('domain');
    expect(summary.results[3].problems[0].path).toBe('name');
    expect(summary.results[4].problems[0].path).toBe('fitScore');
    expect(summary.results[5].companyId).toBe(existing.id);

    const acme = await prisma.company.findUniqueOrThrow({ where: { id: summary.results[0].companyId } });
    expect(acme).toMatchObject({ domain: 'acme.com', url: 'https://www.acme.com/about', fitScore: 8, offerId: offer.id });
    const updated = await prisma.company.findUniqueOrThrow({ where: { id: existing.id } });
    expect(updated).toMatchObject({ name: 'New name', industry: 'Software', sourceTool: 'manual' });
    expect(updated.signals).toEqual({ tech_stack: ['hubspot'], funding: { stage: 'series_a' } });
    expect(await counters(offer.id)).toMatchObject({ totalCompanies: 2, companies: 2 });
  });

  it('refuses more than 10,000 rows and unknown offers, writing nothing', async () => {
    const offer = await makeOffer();
    const rows = Array.from({ length: 10_001 }, (_, i) => ({ name: `C${i}`, domain: `c${i}.com`, sourceTool: 'x' }));
    const tooMany: any = await t.gql(IMPORT_COMPANIES, { input: { offerId: offer.id, rows } });
    expect(tooMany.data.importCompanies.__typename).toBe('ValidationFailed');
    expect(await prisma.company.count({ where: { offerId: offer.id } })).toBe(0);
    const missing: any = await t.gql(IMPORT_COMPANIES, {
      input: { offerId: '00000000-0000-4000-8000-000000000000', rows: [{ name: 'A', domain: 'a.com', sourceTool: 'x' }] },
    });
    expect(missing.data.importCompanies).toEqual({ __typename: 'NotFound', entity: 'Offer' });
  });
});

describe('importContacts', () => {
  it('upserts on email and on LinkedIn URL, rejects conflicts and bad rows, and creates unknown companies', async () => {
    const offer = await makeOffer();
    const company = await makeCompany(offer.id, { domain: 'known.com' });
    const byEmail = await makeContact(company, {
      email: 'jane@known.com',
      linkedinUrl: null,
      title: 'VP Sales',
      emailStatus: 'valid',
    });
    const byLinkedin = await makeContact(company, { email: null, linkedinUrl: 'https://linkedin.com/in/bob' });
    const contacted = await makeContact(company, { email: 'carl@known.com', status: 'contacted' });
    const otherOffer = await makeOffer();
    const foreign = await makeCompany(otherOffer.id);

    const rows = [
      /* 0 */ { companyDomain: 'known.com', email: ' Jane@Known.com ', firstName: 'Jane', lastName: 'Doe', sourceTool: 'x' },
      /* 1 */ { companyDomain: 'known.com', linkedinUrl: 'HTTPS://www.LinkedIn.com/in/Bob/?trk=1', email: 'bob@known.com', sourceTool: 'x' },
      /* 2 */ { companyDomain: 'https://www.newco.io', email: 'ann@newco.io', companyName: 'NewCo', sourceTool: 'x' },
      /* 3 */ { companyId: company.id, linkedinUrl: 'linkedin.com/in/dan', sourceTool: 'x' },
      /* 4 */ { companyDomain: 'known.com', email: 'jane@known.com', linkedinUrl: 'https://linkedin.com/in/bob', sourceTool: 'x' },
      /* 5 */ { companyDomain: 'known.com', firstName: 'Nobody', sourceTool: 'x' },
      /* 6 */ { companyDomain: 'known.com', email: 'not-an-email', sourceTool: 'x' },
      /* 7 */ { companyDomain: 'known.com', email: 'ANN@newco.io', sourceTool: 'x' },
      /* 8 */ { companyId: foreign.id, email: 'eve@known.com', sourceTool: 'x' },
      /* 9 */ { companyDomain: 'known.com', email: 'carl@known.com', status: 'ready', sourceTool: 'x' },
      /* 10 */ { companyDomain: 'known.com', email: 'zed@known.com', connectionDegree: 4, sourceTool: 'x' },
      /* 11 */ { companyDomain: 'known.com', email: 'x@known.com', status: 'contacted', sourceTool: 'x' },
    ];
    const r: any = await t.gql(IMPORT_CONTACTS, { input: { offerId: offer.id, rows } });
    const summary = r.data.importContacts.summary;
    const outcomes = summary.results.map((x: any) => x.outcome);
    expect(outcomes).toEqual([
      'updated',
      'updated',
      'created',
      'created',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'updated',
      'rejected',
      'rejected',
    ]);
    expect({ created: summary.created, updated: summary.updated, rejected: summary.rejected }).toEqual({
      created: 2,
      updated: 3,
      rejected: 7,
    });
    expect(summary.results[0].contactId).toBe(byEmail.id);
    expect(summary.results[1].contactId).toBe(byLinkedin.id);
    expect(summary.results[4].reason).toMatch(/duplicate of row 0|belongs to contact/);
    expect(summary.results[5].reason).toMatch(/email or a LinkedIn URL/);
    expect(summary.results[6].reason).toMatch(/not an email address/);
    expect(summary.results[7].reason).toMatch(/duplicate of row 2/);
    expect(summary.results[8].reason).toMatch(/not a company of this offer/);
    expect(summary.results[10].reason).toMatch(/connectionDegree/);
    expect(summary.results[11].reason).toMatch(/status/);

    const jane = await prisma.contact.findUniqueOrThrow({ where: { id: byEmail.id } });
    expect(jane).toMatchObject({ email: 'jane@known.com', firstName: 'Jane', fullName: 'Jane Doe', title: 'VP Sales', emailStatus: 'valid' });
    const bob = await prisma.contact.findUniqueOrThrow({ where: { id: byLinkedin.id } });
    expect(bob).toMatchObject({ email: 'bob@known.com', linkedinUrl: 'https://linkedin.com/in/bob', emailStatus: 'unknown' });
    const ann = await prisma.contact.findUniqueOrThrow({ where: { id: summary.results[2].contactId }, include: { company: true } });
    expect(ann.company).toMatchObject({ domain: 'newco.io', name: 'NewCo', offerId: offer.id });
    const dan = await prisma.contact.findUniqueOrThrow({ where: { id: summary.results[3].contactId } });
    expect(dan).toMatchObject({ linkedinUrl: 'https://linkedin.com/in/dan', email: null, status: 'new', companyId: company.id });
    expect((await prisma.contact.findUniqueOrThrow({ where: { id: contacted.id } })).status).toBe('contacted');

    const c = await counters(offer.id);
    expect(c.totalContacts).toBe(c.contacts);
    expect(c.totalCompanies).toBe(c.companies);
    expect(c).toMatchObject({ contacts: 5, companies: 2 });
  });

  it('rejects a row whose email and LinkedIn URL belong to two different contacts', async () => {
    const offer = await makeOffer();
    const company = await makeCompany(offer.id);
    const a = await makeContact(company, { email: 'a@x.com', linkedinUrl: 'https://linkedin.com/in/a' });
    const b = await makeContact(company, { email: 'b@x.com', linkedinUrl: 'https://linkedin.com/in/b' });
    const r: any = await t.gql(IMPORT_CONTACTS, {
      input: { offerId: offer.id, rows: [{ companyId: company.id, email: 'a@x.com', linkedinUrl: 'https://linkedin.com/in/b', sourceTool: 'x' }] },
    });
    const result = r.data.importContacts.summary.results[0];
    expect(result.outcome).toBe('rejected');
    expect(result.reason).toContain(a.id);
    expect(result.reason).toContain(b.id);
  });
});

describe('a 10,000-row import', () => {
  it('imports 10,000 companies and then 10,000 contacts in one call each, with correct counters', async () => {
    const offer = await makeOffer();
    const companies = Array.from({ length: 10_000 }, (_, i) => ({
      name: `Company ${i}`,
      domain: `www.company-${i}.example.com`,
      sourceTool: 'parallel',
      fitScore: (i % 10) + 1,
      signals: { tech_stack: ['hubspot'] },
    }));
    let started = performance.now();
    const first: any = await t.gql(IMPORT_COMPANIES, { input: { offerId: offer.id, rows: companies } });
    const companyMs = performance.now() - started;
    expect(first.data.importCompanies.summary).toMatchObject({ created: 10_000, updated: 0, rejected: 0 });

    const contacts = Array.from({ length: 10_000 }, (_, i) => ({
      companyDomain: `company-${i % 5000}.example.com`,
      email: `Person.${i}@Company-${i % 5000}.example.com`,
      linkedinUrl: i % 2 ? `https://www.linkedin.com/in/person-${i}/` : null,
      firstName: 'Person',
      lastName: String(i),
      sourceTool: 'leadmagic',
    }));
    started = performance.now();
    const second: any = await t.gql(IMPORT_CONTACTS, { input: { offerId: offer.id, rows: contacts } });
    const contactMs = performance.now() - started;
    expect(second.data.importContacts.summary).toMatchObject({ created: 10_000, updated: 0, rejected: 0 });

    // The same rows again update every one of them.
    started = performance.now();
    const again: any = await t.gql(IMPORT_COMPANIES, { input: { offerId: offer.id, rows: companies } });
    const reimportMs = performance.now() - started;
    expect(again.data.importCompanies.summary).toMatchObject({ created: 0, updated: 10_000, rejected: 0 });

    expect(await counters(offer.id)).toEqual({ totalCompanies: 10_000, totalContacts: 10_000, companies: 10_000, contacts: 10_000 });
    console.log(
      `10,000-row imports: companies ${companyMs.toFixed(0)} ms, contacts ${contactMs.toFixed(0)} ms, companies again (all updates) ${reimportMs.toFixed(0)} ms`,
    );
  }, 300_000);
});
