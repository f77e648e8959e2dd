// The funnel through the public graph: events in by mutation, the journey out (state, counters,
// BIT history, events, movements, meetings, conversion, summary, contacts), typed errors naming
// the state and event of a refused move, access for overrides, the lists, the state machine, the
// dashboards (equal to the raw rows), and no N+1 on lists of people.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/context.js';
import { prisma } from '../../src/db.js';
import { personIdForEmail } from '../../src/modules/funnel/identity.js';
import { stateMachine } from '../../src/modules/funnel/dashboards.service.js';
import { graphql } from '../generated/gql.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { headersFor } from '../helpers/auth.js';
import { at, newEmail, personIn } from '../helpers/funnel.js';
import { make } from '../helpers/sql.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const RECORD = graphql(`
  mutation RecordEngagementForTest($input: RecordEngagementInput!) {
    recordEngagement(input: $input) {
      __typename
      ... on MutationRecordEngagementSuccess {
        outcome {
          duplicate
          heldByCooldown
          noMoveReason
          prospect { id uuid funnelState funnelMembership emailOpenCount currentBitScore }
          event { eventType eventSubtype isProcessed triggeredTransition }
          movement { fromState toState eventType transitionProcessedAt }
        }
      }
      ... on ValidationFailed { problems { path message } }
    }
  }
`);

const JOURNEY = graphql(`
  query JourneyForTest($email: String) {
    prospect(email: $email) {
      id
      personId
      funnelState
      funnelMembership
      emailOpenCount
      emailClickCount
      emailReplyCount
      currentBitScore
      bitLevel
      inCooldown
      journeySummary { funnelState funnelMembership movementCount eventCount currentBitScore firstContactTs }
      events(orderBy: [{ field: eventTs, direction: ASC }]) { totalCount edges { node { eventType eventSubtype eventTs } } }
      movements { totalCount edges { node { fromState toState eventType triggeringEvent { eventSubtype } } } }
      bitHistory(first: 1) { edges { node { bitScore openPoints replyPoints level bitReason } } }
      warmProfile { warmReason opensAtPromotion isActive }
      appointments { totalCount edges { node { status sourceFunnel } } }
      conversion { annualRevenue sourceFunnel }
      contactIds
    }
  }
`);

async function record(input: Record<string, unknown>) {
  const r = await t.gql(RECORD, { input: input as never });
  const result = r.data!.recordEngagement;
  if (result.__typename !== 'MutationRecordEngagementSuccess') throw new Error(JSON.stringify(result));
  return result.outcome;
}

describe('a journey through the graph', () => {
  it('records events and shows the journey', async () => {
    const email = newEmail();
    const first = await record({ email, kind: 'OPEN', sendId: 's1', eventTs: at(0).toISOString() });
    expect(first).toMatchObject({ duplicate: false, noMoveReason: 'NO_EVENT', prospect: { funnelState: 'SUSPECT', funnelMembership: 'COLD_UNIVERSE', emailOpenCount: 1 } });
    await record({ email, kind: 'OPEN', sendId: 's2', eventTs: at(0, 1).toISOString() });
    const third = await record({ email, kind: 'OPEN', sendId: 's3', eventTs: at(0, 2).toISOString() });
    expect(third.movement).toMatchObject({ fromState: 'SUSPECT', toState: 'WARM', eventType: 'EVENT_OPENS_X3', transitionProcessedAt: at(0, 2).toISOString() });
    expect(third.event).toMatchObject({ eventType: 'EVENT_OPENS_X3', eventSubtype: 'email_open', isProcessed: true, triggeredTransition: true });
    await record({ email, kind: 'REPLY', replySentiment: 'positive', eventTs: at(0, 3).toISOString(), sourceEmailId: 'r' });

    const j = (await t.gql(JOURNEY, { email: email.toUpperCase() })).data!.prospect!;
    expect(j).toMatchObject({
      personId: personIdForEmail(email),
      funnelState: 'WARM',
      funnelMembership: 'WARM_UNIVERSE',
      emailOpenCount: 3,
      emailReplyCount: 1,
      currentBitScore: 21,
      bitLevel: 'NONE',
      inCooldown: false,
      journeySummary: { funnelState: 'WARM', funnelMembership: 'WARM_UNIVERSE', movementCount: 1, eventCount: 4, currentBitScore: 21, firstContactTs: at(0).toISOString() },
      events: { totalCount: 4 },
      movements: { totalCount: 1, edges: [{ node: { fromState: 'SUSPECT', toState: 'WARM', eventType: 'EVENT_OPENS_X3', triggeringEvent: { eventSubtype: 'email_open' } } }] },
      bitHistory: { edges: [{ node: { bitScore: 21, openPoints: 6, replyPoints: 15, level: 'NONE', bitReason: 'reply_received' } }] },
      warmProfile: { warmReason: 'opens_x3', opensAtPromotion: 3, isActive: true },
      appointments: { totalCount: 0 },
      conversion: null,
      contactIds: [],
    });
    expect(j.events.edges.map((e) => e.node.eventSubtype)).toEqual(['email_open', 'email_open', 'email_open', 'positive_reply']);
    // The same node through node(id).
    const node = await t.gql('query ($id: ID!) { node(id: $id) { __typename ... on Prospect { email funnelState } } }', { id: j.id });
    expect(node.data!.node).toEqual({ __typename: 'Prospect', email: email.toLowerCase(), funnelState: 'WARM' });
  });

  it('is idempotent per provider event', async () => {
    const email = newEmail();
    const input = { email, kind: 'REPLY', replySentiment: 'neutral', eventTs: at(1).toISOString(), sourceSystem: 'esp', sourceEmailId: 'm-1' };
    const a = await record(input);
    const b = await record(input);
    expect([a.duplicate, b.duplicate]).toEqual([false, true]);
    expect(b.movement).toBeNull();
    expect(b.prospect.funnelState).toBe('WARM');
  });

  it('links contacts of every offer to the person, and a contact to its journey', async () => {
    const email = newEmail();
    const c = new pg.Client({ connectionString: t.testDb.url });
    await c.connect();
    const ids: string[] = [];
    try {
      for (const variant of [email, ` ${email.toUpperCase()}`]) {
        const offer = await make.offer(c);
        const company = await make.company(c, offer.id);
        ids.push((await make.contact(c, company.id, offer.id, { email: variant })).id);
      }
    } finally {
      await c.end();
    }
    await record({ email, kind: 'WEBSITE_VISIT', eventTs: at(2).toISOString(), sourceEmailId: 'v' });
    const byContact = await t.gql('query ($id: UUID) { prospect(contactId: $id) { email contactIds contacts { uuid offerId } } }', { id: ids[1] });
    expect(byContact.data!.prospect).toMatchObject({ email: email.toLowerCase(), contactIds: ids });
    expect(byContact.data!.prospect.contacts.map((c: any) => c.uuid)).toEqual(ids);
    // And back: from each contact (of any offer) to the same journey.
    const contacts = await t.gql('query ($ids: [UUID!]) { contacts(filter: { id: { in: $ids } }) { edges { node { uuid prospect { email funnelState } } } } }', { ids });
    expect(contacts.data!.contacts.edges.map((e: any) => e.node.prospect)).toEqual([
      { email: email.toLowerCase(), funnelState: 'SUSPECT' },
      { email: email.toLowerCase(), funnelState: 'SUSPECT' },
    ]);
    const missing = await t.gql('query ($id: UUID) { prospect(contactId: $id) { email } }', { id: '00000000-0000-4000-8000-000000000000' }, { allowErrors: true });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('typed errors', () => {
  it('a refused move names the state and the event', async () => {
    const email = newEmail();
    await record({ email, kind: 'OPEN', sendId: 's', eventTs: at(3).toISOString() });
    const r = await t.gql(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) {
        __typename ... on InvalidTransition { entity from to event message code } } }`,
      { input: { email, appointmentTs: at(10).toISOString(), bookedAt: at(3, 1).toISOString() } },
    );
    expect(r.data!.bookAppointment).toMatchObject({
      __typename: 'InvalidTransition',
      entity: 'Prospect',
      from: 'SUSPECT',
      to: 'APPOINTMENT',
      event: 'EVENT_APPOINTMENT',
      code: 'INVALID_TRANSITION',
    });
    const sign = await t.gql(
      `mutation ($input: SignClientInput!) { signClient(input: $input) { __typename ... on InvalidTransition { from event } } }`,
      { input: { email, annualRevenue: '100.00' } },
    );
    expect(sign.data!.signClient).toEqual({ __typename: 'InvalidTransition', from: 'SUSPECT', event: 'EVENT_CLIENT_SIGNED' });
  });

  it('invalid input is ValidationFailed; an unknown person NotFound', async () => {
    const r = await t.gql(RECORD, { input: { email: newEmail(), kind: 'OPEN' } });
    expect(r.data!.recordEngagement).toMatchObject({ __typename: 'ValidationFailed', problems: [{ path: 'sendId' }] });
    const future = await t.gql(RECORD, { input: { email: newEmail(), kind: 'WEBINAR', eventTs: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(future.data!.recordEngagement).toMatchObject({ __typename: 'ValidationFailed', problems: [{ path: 'eventTs' }] });
    const unknown = await t.gql(
      `mutation { overrideProspectState(input: { email: "nobody@nowhere.example", toState: WARM, reason: "x" }) {
        __typename ... on NotFound { entity } } }`,
    );
    expect(unknown.data!.overrideProspectState).toEqual({ __typename: 'NotFound', entity: 'Prospect' });
  });

  it('a second client for the company is a Conflict', async () => {
    const domain = `graph-${Date.now()}.example`;
    const a = await personIn('APPOINTMENT', { email: `a@${domain}` });
    const b = await personIn('APPOINTMENT', { email: `b@${domain}` });
    const sign = (email: string) =>
      t.gql(
        `mutation ($input: SignClientInput!) { signClient(input: $input) { __typename
          ... on MutationSignClientSuccess { signing { client { annualRevenue contractEndDate sourceFunnel } lifecycle { prospect { funnelState } } } }
          ... on Conflict { message } } }`,
        { input: { email, annualRevenue: '99000.50', contractStartDate: '2026-01-01', contractEndDate: '2026-12-31', signedTs: at(5).toISOString() } },
      );
    const first = await sign(a.email);
    expect(first.data!.signClient).toEqual({
      __typename: 'MutationSignClientSuccess',
      signing: { client: { annualRevenue: '99000.50', contractEndDate: '2026-12-31', sourceFunnel: 'WARM_UNIVERSE' }, lifecycle: { prospect: { funnelState: 'CLIENT' } } },
    });
    expect((await sign(b.email)).data!.signClient.__typename).toBe('Conflict');
  });
});

describe('access', () => {
  it('lets admins, sales managers and customer success override (recording who), not operators or viewers', async () => {
    const p = await personIn('WARM');
    const op = async (role: Role, to: string) =>
      t.gql(
        `mutation { overrideProspectState(input: { personId: "${p.person_id}", toState: ${to}, reason: "call notes" }) {
          __typename ... on MutationOverrideProspectStateSuccess { outcome { movement { overrideUserId overrideReason isManualOverride } } } } }`,
        {},
        { headers: await headersFor(role), allowErrors: true },
      );
    // An operator gets the typed result; a viewer is refused before execution (no mutation at all).
    expect((await op('operator', 'SUSPECT')).data!.overrideProspectState).toEqual({ __typename: 'Forbidden' });
    expect((await op('viewer', 'SUSPECT')).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await prisma.prospectMovement.count({ where: { personId: p.person_id } })).toBe(0);
    const ok = await op('sales_manager', 'REENGAGEMENT');
    const movement = ok.data!.overrideProspectState.outcome.movement;
    expect(movement).toMatchObject({ overrideReason: 'call notes', isManualOverride: true });
    expect(movement.overrideUserId).toEqual(expect.any(String));
    const sweep = await t.gql('mutation { runFunnelSweep { __typename } }', {}, { headers: await headersFor('sales_manager'), allowErrors: true });
    expect(sweep.data!.runFunnelSweep).toEqual({ __typename: 'Forbidden' });
  });
});

describe('lists', () => {
  it('filters and orders people, pages without gaps, and counts', async () => {
    const domain = `list-${Date.now()}.example`;
    const people = await Promise.all([10, 30, 30, 60, 5].map(async (score, i) => {
      const p = await personIn(i === 4 ? 'SUSPECT' : 'WARM', { email: `p${i}@${domain}` });
      await prisma.$executeRaw`UPDATE funnel.suspect_universe SET current_bit_score = ${score} WHERE person_id = ${p.person_id}::uuid`;
      return p;
    }));
    const companyIds = [...new Set(people.map((p) => p.company_id))];
    const q = `query ($after: String, $filter: ProspectFilter) {
      prospects(first: 2, after: $after, filter: $filter, orderBy: [{ field: currentBitScore, direction: DESC }]) {
        totalCount edges { node { email currentBitScore } } pageInfo { hasNextPage endCursor } } }`;
    const filter = { companyId: { in: companyIds }, funnelState: { equals: 'WARM' }, currentBitScore: { gte: 10 } };
    const seen: { email: string; currentBitScore: number }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await t.gql(q, { after, filter });
      expect(page.data.prospects.totalCount).toBe(4);
      seen.push(...page.data.prospects.edges.map((e: any) => e.node));
      if (!page.data.prospects.pageInfo.hasNextPage) break;
      after = page.data.prospects.pageInfo.endCursor;
    }
    expect(seen.map((s) => s.currentBitScore)).toEqual([60, 30, 30, 10]);
    expect(new Set(seen.map((s) => s.email)).size).toBe(4);
    const tooMany = await t.gql('query ($ids: [UUID!]) { prospects(filter: { personId: { in: $ids } }) { totalCount } }', {
      ids: Array.from({ length: 1001 }, () => '00000000-0000-4000-8000-000000000000'),
    }, { allowErrors: true });
    expect(tooMany.errors![0]!.extensions!.code).toBe('VALIDATION_FAILED');
  });

  it('lists movements and events by filter', async () => {
    const email = newEmail();
    await record({ email, kind: 'REPLY', replySentiment: 'positive', eventTs: at(4).toISOString(), sourceEmailId: 'x' });
    const personId = personIdForEmail(email);
    const r = await t.gql(
      `query ($ids: [UUID!]) {
        prospectMovements(filter: { personId: { in: $ids }, eventType: { in: [EVENT_REPLY] }, toState: { equals: WARM } }) { totalCount edges { node { fromState toState } } }
        engagementEvents(filter: { personId: { in: $ids }, eventSubtype: { equals: "positive_reply" }, triggeredTransition: { equals: true } }) { totalCount }
        none: engagementEvents(filter: { personId: { in: $ids }, isProcessed: { equals: false } }) { totalCount }
      }`,
      { ids: [personId] },
    );
    expect(r.data).toEqual({
      prospectMovements: { totalCount: 1, edges: [{ node: { fromState: 'SUSPECT', toState: 'WARM' } }] },
      engagementEvents: { totalCount: 1 },
      none: { totalCount: 0 },
    });
  });

  it('loads journeys of a page of people without a query per person', async () => {
    const domain = `nplus1-${Date.now()}.example`;
    for (let i = 0; i < 20; i += 1) await record({ email: `n${i}@${domain}`, kind: 'REPLY', replySentiment: 'positive', eventTs: at(6).toISOString(), sourceEmailId: 'r' });
    const q = `query ($n: Int, $d: String) { prospects(first: $n, filter: { email: { contains: $d } }) { edges { node {
      email journeySummary { movementCount } contactIds contacts { uuid } warmProfile { warmReason }
      movements(first: 5) { edges { node { eventType triggeringEvent { eventSubtype } } } } } } } }`;
    const few = await t.gqlCounted(q, { n: 4, d: domain });
    const many = await t.gqlCounted(q, { n: 20, d: domain });
    expect(many.response.errors).toBeUndefined();
    expect((many.response.data as any).prospects.edges).toHaveLength(20);
    expect(many.statements).toBe(few.statements);
  });
});

describe('the state machine', () => {
  it('lists states, events with priorities, and every allowed transition', async () => {
    const r = await t.gql(`{ lifecycleStateMachine {
      states { state funnel terminal }
      events { event priority cooldownExempt lockExempt }
      transitions { from event to condition } } }`);
    const m = r.data!.lifecycleStateMachine;
    expect(m.states).toHaveLength(8);
    expect(m.states.find((s: any) => s.state === 'APPOINTMENT')).toEqual({ state: 'APPOINTMENT', funnel: null, terminal: false });
    expect(m.events.find((e: any) => e.event === 'EVENT_REPLY')).toEqual({ event: 'EVENT_REPLY', priority: 70, cooldownExempt: false, lockExempt: false });
    expect(m.transitions).toContainEqual({ from: 'SUSPECT', event: 'EVENT_OPENS_X3', to: 'WARM', condition: '3 unique opens within 30 days' });
    expect(m.transitions).not.toContainEqual(expect.objectContaining({ from: 'SUSPECT', event: 'EVENT_APPOINTMENT' }));
    expect(m.transitions).toHaveLength(stateMachine().transitions.length);
    const overrides = m.transitions.filter((x: any) => x.event === 'EVENT_MANUAL_OVERRIDE');
    expect(overrides).toHaveLength(6 * 6); // 6 overridable states, 7 targets each minus itself
  });
});

describe('dashboards', () => {
  it('show the same numbers as the raw rows', async () => {
    // A small recent history: meetings ahead, a client whose contract ends within 90 days.
    const now = Date.now();
    const ago = (h: number) => new Date(now - h * 3_600_000).toISOString();
    const warm = newEmail();
    await record({ email: warm, kind: 'REPLY', replySentiment: 'positive', eventTs: ago(50), sourceEmailId: 'r' });
    const booked = await t.gql(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename ... on MutationBookAppointmentSuccess { change { appointment { uuid } } } } }`,
      { input: { email: warm, appointmentTs: new Date(now + 2 * 86_400_000).toISOString(), bookedAt: ago(48), meetingType: 'demo' } },
    );
    expect(booked.data!.bookAppointment.__typename).toBe('MutationBookAppointmentSuccess');
    const client = await personIn('APPOINTMENT', { lastStateChangeTs: new Date(now - 30 * 86_400_000) });
    const end = new Date(now + 40 * 86_400_000).toISOString().slice(0, 10);
    await t.gql(`mutation ($input: SignClientInput!) { signClient(input: $input) { __typename } }`, {
      input: { email: client.email, annualRevenue: '1000.10', lives: 7, contractStartDate: '2025-01-01', contractEndDate: end, signedTs: ago(1) },
    });

    const r = await t.gql(`{ funnelDashboard {
      stateCounts { state funnel people active }
      movementSummary { fromState toState eventType movementCount }
      recentMovements(first: 100) { uuid toState }
      upcomingAppointments(first: 100) { uuid appointmentTs }
      appointmentOutcomes { totalAppointments }
      activeClients(first: 100) { uuid annualRevenue }
      revenueByFunnel { sourceFunnel clientCount totalLives totalAnnualRevenue avgAnnualRevenue }
      monthlyConversions { signingMonth clientCount totalAnnualRevenue }
      upcomingRenewals(first: 100) { daysUntilEnd client { uuid } }
      currentBitScores(first: 100, minScore: 1) { bitScore level prospect { email } }
      conversionRates { stage entered converted ratePercent }
    } }`);
    const d = r.data!.funnelDashboard;
    const raw = await prisma.suspect.groupBy({ by: ['funnelState', 'funnelMembership'], _count: { _all: true } });
    expect(d.stateCounts.map((s: any) => [s.state, s.funnel, s.people]).sort()).toEqual(
      raw.map((g) => [g.funnelState, g.funnelMembership, g._count._all]).sort(),
    );
    expect(d.movementSummary.reduce((n: number, m: any) => n + m.movementCount, 0)).toBe(await prisma.prospectMovement.count());
    expect(d.recentMovements.length).toBe(
      await prisma.prospectMovement.count({ where: { transitionProcessedAt: { gt: new Date(Date.now() - 7 * 86_400_000) } } }),
    );
    expect(d.upcomingAppointments.map((a: any) => a.uuid)).toContain(booked.data!.bookAppointment.change.appointment.uuid);
    const clients = await prisma.clientConversion.findMany({ where: { contractStatus: { in: ['signed', 'active'] } } });
    expect(d.activeClients).toHaveLength(clients.length);
    const total = clients.reduce((n, c) => n + Number(c.annualRevenue ?? 0) * 100, 0) / 100;
    expect(d.revenueByFunnel.reduce((n: number, f: any) => n + Number(f.totalAnnualRevenue) * 100, 0) / 100).toBe(total);
    expect(d.revenueByFunnel.every((f: any) => /^\d+\.\d{2}$/.test(f.totalAnnualRevenue))).toBe(true);
    expect(d.upcomingRenewals.map((x: any) => x.daysUntilEnd)).toContain(40);
    expect(d.currentBitScores.every((b: any, i: number, all: any[]) => i === 0 || all[i - 1].bitScore >= b.bitScore)).toBe(true);
    expect(d.conversionRates.map((c: any) => c.stage)).toEqual(['SUSPECT_TO_WARM', 'WARM_TO_APPOINTMENT', 'APPOINTMENT_TO_CLIENT']);
  });

  it('computes conversion rates over a cohort', async () => {
    // Five people enter in one window: four become warm, two reach APPOINTMENT, one signs.
    const from = at(200);
    const emails = [0, 1, 2, 3, 4].map(() => newEmail('cohort'));
    for (const [i, email] of emails.entries()) {
      if (i === 4) await record({ email, kind: 'OPEN', sendId: 's', eventTs: at(200, i).toISOString() });
      else await record({ email, kind: 'REPLY', replySentiment: 'positive', eventTs: at(200, i).toISOString(), sourceEmailId: 'r' });
    }
    for (const email of emails.slice(0, 2)) {
      await t.gql(`mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename } }`, {
        input: { email, appointmentTs: at(205).toISOString(), bookedAt: at(201).toISOString() },
      });
    }
    await t.gql(`mutation ($input: SignClientInput!) { signClient(input: $input) { __typename } }`, {
      input: { email: emails[0], signedTs: at(206).toISOString() },
    });
    const r = await t.gql(
      `query ($from: DateTime, $to: DateTime) { funnelDashboard { conversionRates(from: $from, to: $to) { stage entered converted ratePercent } } }`,
      { from: from.toISOString(), to: at(201).toISOString() },
    );
    expect(r.data!.funnelDashboard.conversionRates).toEqual([
      { stage: 'SUSPECT_TO_WARM', entered: 5, converted: 4, ratePercent: '80.00' },
      { stage: 'WARM_TO_APPOINTMENT', entered: 4, converted: 2, ratePercent: '50.00' },
      { stage: 'APPOINTMENT_TO_CLIENT', entered: 0, converted: 0, ratePercent: null },
    ]);
  });
});

describe('the sweep as a mutation', () => {
  it('runs the time rules at a given now (admins)', async () => {
    const email = newEmail();
    await record({ email, kind: 'REPLY', replySentiment: 'positive', eventTs: at(100).toISOString(), sourceEmailId: 'r' });
    const r = await t.gql(
      `mutation ($now: DateTime) { runFunnelSweep(input: { now: $now }) { __typename ... on MutationRunFunnelSweepSuccess { report { now peopleSwept movements { toState eventType prospect { email } } } } } }`,
      { now: at(131).toISOString() },
    );
    const report = r.data!.runFunnelSweep.report;
    expect(report.now).toBe(at(131).toISOString());
    expect(report.movements).toContainEqual({ toState: 'REENGAGEMENT', eventType: 'EVENT_INACTIVITY_30D', prospect: { email: email.toLowerCase() } });
  });
});
