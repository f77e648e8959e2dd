// The SQL twins of the application's key functions must return exactly what the TypeScript
// returns: normalize_email / normalize_domain / normalize_linkedin_url (normalize.ts),
// person_id_for_email / company_id_for_domain (identity.ts) and generate_event_hash
// (event-hash.ts), whatever the session's time zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventType } from '../../src/generated/prisma/enums.js';
import { normalizeDomain, normalizeEmail, normalizeLinkedinUrl } from '../../src/modules/common/normalize.js';
import { eventHashCanonical, generateEventHash } from '../../src/modules/funnel/event-hash.js';
import { companyIdForDomain, personIdForEmail } from '../../src/modules/funnel/identity.js';
import { one, openSqlTest, rows, type SqlTestContext } from '../helpers/sql.js';

let t: SqlTestContext;
beforeAll(async () => {
  t = await openSqlTest();
});
afterAll(() => t?.close());

const EMAILS = [
  'jane@example.com',
  'Jane.Doe@Example.COM',
  '  jane@example.com  ',
  '\tJANE@EXAMPLE.COM\n',
  '\u00a0jane@example.com\u3000',
  '\ufeffjane@example.com',
  'jane+tag@sub.example.co.uk',
  'ÄNNE@BÜCHER.DE',
  'İSTANBUL@example.com',
  'ǅOKIĆ@example.com',
  'jane doe@example.com',
  '',
  '   ',
  '\n\t ',
  null,
];

const DOMAINS = [
  'example.com',
  'Example.COM',
  '  www.example.com  ',
  'https://www.Example.com/about',
  'HTTP://EXAMPLE.COM',
  'http://www2.example.com/',
  'https://user:pw@www.example.com:8443/path?q=1#frag',
  'example.com:8080',
  'example.com.',
  'example.com...',
  'www.example.com./x',
  'ftp://files.example.com',
  'git+ssh://example.com/repo',
  'example.com?utm=1',
  'example.com#top',
  'mailto:jane@example.com',
  'jane@example.com',
  'www.',
  'www3.example.com',
  'wwwexample.com',
  'sub.www.example.com',
  'München.DE',
  'https://',
  '//example.com',
  '/',
  '',
  '  ',
  null,
];

const LINKEDIN = [
  'https://www.linkedin.com/in/jane-doe',
  'HTTPS://www.LinkedIn.com/in/Jane-Doe/?trk=x',
  'linkedin.com/in/jane-doe/',
  'http://uk.linkedin.com/in/jane-doe///',
  'https://de.linkedin.com/in/jane-doe#about',
  'www.linkedin.com/in/jane-doe',
  '  https://linkedin.com/in/jane-doe  ',
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com/in/%C3%A4nne/',
  'https://mobile.linkedin.com/in/jane',
  'https://linkedin.com',
  'https://linkedin.com/',
  'https://example.com/in/jane',
  'in/jane-doe',
  '/',
  '',
  ' ',
  null,
];

describe('normalization twins', () => {
  it('normalize_email equals normalizeEmail, and person_id_for_email equals personIdForEmail', async () => {
    const got = await rows<{ n: string | null; id: string | null }>(
      t.client,
      `SELECT public.normalize_email(x) AS n, funnel.person_id_for_email(x)::text AS id
       FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i`,
      [EMAILS],
    );
    expect(got).toEqual(EMAILS.map((e) => ({ n: normalizeEmail(e), id: personIdForEmail(e) })));
    // What the rule means, so both sides cannot agree on something wrong.
    expect(got[1]!.n).toBe('jane.doe@example.com');
    expect(got[2]!.id).toBe(got[0]!.id);
    expect(got[3]!.id).toBe(got[0]!.id);
    expect(got.slice(-4).every((r) => r.n === null && r.id === null)).toBe(true);
  });

  it('normalize_domain equals normalizeDomain, and company_id_for_domain equals companyIdForDomain', async () => {
    const got = await rows<{ n: string | null; id: string | null }>(
      t.client,
      `SELECT public.normalize_domain(x) AS n, funnel.company_id_for_domain(x)::text AS id
       FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i`,
      [DOMAINS],
    );
    expect(got).toEqual(DOMAINS.map((d) => ({ n: normalizeDomain(d), id: companyIdForDomain(d) })));
    expect(got.slice(0, 8).every((r) => r.n === 'example.com')).toBe(true);
  });

  it('normalize_linkedin_url equals normalizeLinkedinUrl', async () => {
    const got = await rows<{ n: string | null }>(
      t.client,
      `SELECT public.normalize_linkedin_url(x) AS n FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i`,
      [LINKEDIN],
    );
    expect(got.map((r) => r.n)).toEqual(LINKEDIN.map(normalizeLinkedinUrl));
    expect(got.slice(0, 7).every((r) => r.n === 'https://linkedin.com/in/jane-doe')).toBe(true);
  });

  it('agree on every combination of scheme, case, www, port, path and padding', async () => {
    const inputs: string[] = [];
    for (const pad of ['', ' ', '\t'])
      for (const scheme of ['', 'https://', 'HTTP://', 'https://user@'])
        for (const host of ['Example.com', 'WWW.example.com', 'www2.EXAMPLE.com', 'linkedin.com', 'fr.LinkedIn.com', 'www.linkedin.com'])
          for (const port of ['', ':443'])
            for (const rest of ['', '/', '/in/Jane-Doe/', '/in/jane?trk=1', '#x', '//'])
              inputs.push(`${pad}${scheme}${host}${port}${rest}${pad}`);
    const got = await rows<{ e: string | null; d: string | null; l: string | null; p: string; c: string }>(
      t.client,
      `SELECT public.normalize_email(x) AS e, public.normalize_domain(x) AS d, public.normalize_linkedin_url(x) AS l,
              funnel.person_id_for_email(x)::text AS p, funnel.company_id_for_domain(x)::text AS c
       FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i`,
      [inputs],
    );
    expect(got).toEqual(
      inputs.map((x) => ({
        e: normalizeEmail(x),
        d: normalizeDomain(x),
        l: normalizeLinkedinUrl(x),
        p: personIdForEmail(x),
        c: companyIdForDomain(x),
      })),
    );
  });

  it('js_lower lower-cases every code point as toLowerCase() does, whatever the database locale', async () => {
    const chars: string[] = [];
    // The BMP and the supplementary planes that hold cased letters (Deseret, Adlam, …).
    for (let cp = 1; cp <= 0x1ffff; cp += 1) if (cp < 0xd800 || cp > 0xdfff) chars.push(String.fromCodePoint(cp));
    const got = await one<{ l: string[] }>(
      t.client,
      `SELECT array_agg(public.js_lower(x) ORDER BY i) AS l FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i)`,
      [chars],
    );
    const differences = chars.filter((c, i) => got.l[i] !== c.toLowerCase()).map((c) => `U+${c.codePointAt(0)!.toString(16)}`);
    expect(differences).toEqual([]);
  });

  it('js_trim trims exactly what trim() trims', async () => {
    const chars: string[] = [];
    for (let cp = 1; cp <= 0xffff; cp += 1) if (cp < 0xd800 || cp > 0xdfff) chars.push(String.fromCodePoint(cp));
    const got = await one<{ l: string[] }>(
      t.client,
      `SELECT array_agg(public.js_trim('x' || c || 'x' || c) ORDER BY i) AS l FROM unnest($1::text[]) WITH ORDINALITY AS u(c, i)`,
      [chars],
    );
    const differences = chars.filter((c, i) => got.l[i] !== `x${c}x${c}`.trim()).map((c) => `U+${c.codePointAt(0)!.toString(16)}`);
    expect(differences).toEqual([]);
  });
});

// ───────────────────────────── event hash ─────────────────────────────

const PERSON = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const HASH_CASES: [string | null, EventType | null, string | null, string | null, string | null][] = [
  [PERSON, EventType.EVENT_REPLY, 'instantly', 'msg-1', '2025-03-09T12:34:56.789Z'],
  [PERSON, EventType.EVENT_REPLY, 'instantly', 'msg-1', '2025-03-09T12:00:00Z'],
  [PERSON, EventType.EVENT_REPLY, 'instantly', 'msg-1', '2025-03-09T13:00:00Z'],
  [PERSON, EventType.EVENT_REPLY, 'instantly', 'msg-1', '2025-03-09T23:59:59+05:30'],
  [PERSON, EventType.EVENT_OPENS_X3, 'instantly', 'msg-1', '2025-11-02T01:30:00-04:00'],
  [PERSON, EventType.EVENT_CLICKS_X2, null, null, '2024-02-29T00:00:00Z'],
  [PERSON, EventType.EVENT_HARD_BOUNCE, 'sys|with|pipes', 'id\\with\\backslashes', '2025-06-01T10:00:00Z'],
  [PERSON, EventType.EVENT_HARD_BOUNCE, 'sys', 'with|pipes|id', '2025-06-01T10:00:00Z'],
  [PERSON, EventType.EVENT_REPLY, 'ünïcödé', 'Ω≈ç√', '1999-12-31T23:30:00-01:00'],
  [PERSON, EventType.EVENT_REPLY, '', '', '2025-01-01T00:00:00Z'],
  [null, null, null, null, null],
];

async function sqlHashes(zone: string): Promise<{ h: string; c: string }[]> {
  await t.client.query(`SET TIME ZONE '${zone}'`);
  try {
    return await rows<{ h: string; c: string }>(
      t.client,
      `SELECT funnel.generate_event_hash(p, e, s, m, ts) AS h
       FROM unnest($1::uuid[], $2::funnel.event_type[], $3::text[], $4::text[], $5::timestamptz[]) WITH ORDINALITY AS u(p, e, s, m, ts, i)
       ORDER BY i`,
      HASH_CASES[0]!.map((_, column) => HASH_CASES.map((row) => row[column])),
    );
  } finally {
    await t.client.query('RESET TIME ZONE');
  }
}

describe('generate_event_hash', () => {
  const expected = HASH_CASES.map((c) => generateEventHash(...c));

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Pacific/Chatham'])(
    'equals generateEventHash in session time zone %s',
    async (zone) => {
      const got = await sqlHashes(zone);
      expect(got.map((r) => r.h)).toEqual(expected);
    },
  );

  it('is 64 hex digits, the same within a UTC hour and different across hours', () => {
    for (const h of expected) expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(expected[0]).toBe(expected[1]);
    expect(expected[0]).not.toBe(expected[2]);
    // 23:59:59+05:30 is 18:29:59Z: not the same hour as 12:34Z.
    expect(expected[3]).not.toBe(expected[0]);
  });

  it('hashes an unambiguous canonical string', () => {
    expect(eventHashCanonical(PERSON, EventType.EVENT_REPLY, 'instantly', 'msg-1', new Date('2025-03-09T12:34:56Z'))).toBe(
      `gtm-graph:event:v1|${PERSON}|EVENT_REPLY|instantly|msg-1|2025-03-09T12:00:00Z`,
    );
    expect(eventHashCanonical(null, null, null, null, null)).toBe('gtm-graph:event:v1|||||');
    // Pipes in the free-text fields cannot move a boundary.
    expect(generateEventHash(PERSON, EventType.EVENT_REPLY, 'a|b', 'c', '2025-01-01T00:00:00Z')).not.toBe(
      generateEventHash(PERSON, EventType.EVENT_REPLY, 'a', 'b|c', '2025-01-01T00:00:00Z'),
    );
    // Upper-case or brace-wrapped ids are the same UUID.
    expect(generateEventHash(`{${PERSON.toUpperCase()}}`, EventType.EVENT_REPLY, 's', 'm', '2025-01-01T00:00:00Z')).toBe(
      generateEventHash(PERSON, EventType.EVENT_REPLY, 's', 'm', '2025-01-01T00:00:00Z'),
    );
  });

  it('lets engagement_events store a provider event delivered twice only once', async () => {
    const hash = generateEventHash(PERSON, EventType.EVENT_REPLY, 'instantly', 'msg-9', '2025-03-09T12:10:00Z');
    const insertEvent = (ts: string) =>
      t.client.query(
        `INSERT INTO funnel.engagement_events (company_id, person_id, event_type, source_system, source_email_id, event_ts, event_hash)
         VALUES ($1, $2, 'EVENT_REPLY', 'instantly', 'msg-9', $3,
                 funnel.generate_event_hash($2, 'EVENT_REPLY', 'instantly', 'msg-9', $3))
         RETURNING event_hash`,
        [PERSON, PERSON, ts],
      );
    await t.client.query(`SET TIME ZONE 'Asia/Kolkata'`);
    try {
      const first = await insertEvent('2025-03-09T12:10:00Z');
      expect(first.rows[0].event_hash).toBe(hash);
      await expect(insertEvent('2025-03-09T12:50:00Z')).rejects.toMatchObject({ code: '23505' });
    } finally {
      await t.client.query('RESET TIME ZONE');
    }
  });
});
