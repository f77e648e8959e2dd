// The funnel through the public graph: events in by mutation, the journey out (state, counters,
// BIT history, events, movements, meetings, conversion, summary, contacts), typed errors naming
// the state and event of a refused move, access for overrides, the lists, the state machine, the
// dashboards (equal to the raw rows), and no N+1 on lists of people.
import { graphql as execute } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type Role } from '../../src/context.js';
import { prisma } from '../../src/db.js';
import { personIdForEmail } from '../../src/modules/funnel/identity.js';
import { stateMachine } from '../../src/modules/funnel/dashboards.service.js';
import { schema } from '../../src/schema.js';
import { graphql } from '../generated/gql.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
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
          prospect { id uuid state funnel opens bitScore }
          event { eventType subtype processed triggeredTransition }
          movement { fromState toState eventType movedAt }
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
      state
      funnel
      opens
      clicks
      replies
      bitScore
      bitLevel
      inCooldown
      journeySummary { state funnel movementCount eventCount bitScore firstContactAt }
      events { totalCount edges { node { eventType subtype eventAt } } }
      movements { totalCount edges { node { fromState toState eventType triggeringEvent { subtype } } } }
      bitHistory(first: 1) { edges { node { score openPoints replyPoints level reason } } }
      warmProfile { reason opensAtPromotion active }
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
    const first = await record({ email, kind: 'OPEN', sendId: 's1', occurredAt: at(0).toISOString() });
    expect(first).toMatchObject({ duplicate: false, noMoveReason: 'NO_EVENT', prospect: { state: 'SUSPECT', funnel: 'COLD_UNIVERSE', opens: 1 } });
    await record({ email, kind: 'OPEN', sendId: 's2', occurredAt: at(0, 1).toISOString() });
    const third = await record({ email, kind: 'OPEN', sendId: 's3', occurredAt: at(0, 2).toISOString() });
    expect(third.movement).toMatchObject({ fromState: 'SUSPECT', toState: 'WARM', eventType: 'EVENT_OPENS_X3', movedAt: at(0, 2).toISOString() });
    expect(third.event).toMatchObject({ eventType: 'EVENT_OPENS_X3', subtype: 'email_open', processed: true, triggeredTransition: true });
    await record({ email, kind: 'REPLY', replySentiment: 'POSITIVE', occurredAt: at(0, 3).toISOString(), sourceEmailId: 'r' });

    const j = (await t.gql(JOURNEY, { email: email.toUpperCase() })).data!.prospect!;
    expect(j).toMatchObject({
      personId: personIdForEmail(email),
      state: 'WARM',
      funnel: 'WARM_UNIVERSE',
      opens: 3,
      replies: 1,
      bitScore: 21,
      bitLevel: 'NONE',
      inCooldown: false,
      journeySummary: { state: 'WARM', funnel: 'WARM_UNIVERSE', movementCount: 1, eventCount: 4, bitScore: 21, firstContactAt: at(0).toISOString() },
      events: { totalCount: 4 },
      movements: { totalCount: 1, edges: [{ node: { fromState: 'SUSPECT', toState: 'WARM', eventType: 'EVENT_OPENS_X3', triggeringEvent: { subtype: 'email_open' } } }] },
      bitHistory: { edges: [{ node: { score: 21, openPoints: 6, replyPoints: 15, level: 'NONE', reason: 'reply_received' } }] },
      warmProfile: { reason: 'opens_x3', opensAtPromotion: 3, active: true },
      appointments: { totalCount: 0 },
      conversion: null,
      contactIds: [],
    });
    expect(j.events.edges.map((e) => e.node.subtype)).toEqual(['email_open', 'email_open', 'email_open', 'positive_reply']);
    // The same node through node(id).
    const node = await t.gql('query ($id: ID!) { node(id: $id) { __typename ... on Prospect { email state } } }', { id: j.id });
    expect(node.data!.node).toEqual({ __typename: 'Prospect', email: email.toLowerCase(), state: 'WARM' });
  });

  it('is idempotent per provider event', async () => {
    const email = newEmail();
    const input = { email, kind: 'REPLY', replySentiment: 'NEUTRAL', occurredAt: at(1).toISOString(), sourceSystem: 'esp', sourceEmailId: 'm-1' };
    const a = await record(input);
    const b = await record(input);
    expect([a.duplicate, b.duplicate]).toEqual([false, true]);
    expect(b.movement).toBeNull();
    expect(b.prospect.state).toBe('WARM');
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
    await record({ email, kind: 'WEBSITE_VISIT', occurredAt: at(2).toISOString(), sourceEmailId: 'v' });
    const byContact = await t.gql('query ($id: UUID) { prospect(contactId: $id) { email contactIds } }', { id: ids[1] });
    expect(byContact.data!.prospect).toEqual({ email: email.toLowerCase(), contactIds: ids });
    const missing = await t.gql('query ($id: UUID) { prospect(contactId: $id) { email } }', { id: '00000000-0000-4000-8000-000000000000' }, { allowErrors: true });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('typed errors', () => {
  it('a refused move names the state and the event', async () => {
    const email = newEmail();
    await record({ email, kind: 'OPEN', sendId: 's', occurredAt: at(3).toISOString() });
    const r = await t.gql(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) {
        __typename ... on InvalidTransition { entity from to event message code } } }`,
      { input: { email, startsAt: at(10).toISOString(), bookedAt: at(3, 1).toISOString() } },
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
    const future = await t.gql(RECORD, { input: { email: newEmail(), kind: 'WEBINAR', occurredAt: new Date(Date.now() + 3_600_000).toISOString() } });
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
          ... on MutationSignClientSuccess { signing { client { annualRevenue contractEndDate sourceFunnel } lifecycle { prospect { state } } } }
          ... on Conflict { message } } }`,
        { input: { email, annualRevenue: '99000.50', contractStartDate: '2026-01-01', contractEndDate: '2026-12-31', signedAt: at(5).toISOString() } },
      );
    const first = await sign(a.email);
    expect(first.data!.signClient).toEqual({
      __typename: 'MutationSignClientSuccess',
      signing: { client: { annualRevenue: '99000.50', contractEndDate: '2026-12-31', sourceFunnel: 'WARM_UNIVERSE' }, lifecycle: { prospect: { state: 'CLIENT' } } },
    });
    expect((await sign(b.email)).data!.signClient.__typename).toBe('Conflict');
  });
});

describe('access', () => {
  const as = (roles: Role[], source: string) =>
    execute({ schema, source, contextValue: createContext({ requestId: 'test', caller: { id: `user-${roles[0]}`, roles } }) });

  it('lets admins, sales managers and customer success override (recording who), not operators', async () => {
    const p = await personIn('WARM');
    const op = (roles: Role[], to: string) =>
      as(roles, `mutation { overrideProspectState(input: { personId: "${p.person_id}", toState: ${to}, reason: "call notes" }) {
        __typename ... on MutationOverrideProspectStateSuccess { outcome { movement { overrideUserId overrideReason isManualOverride } } } } }`);
    expect((await op(['operator'], 'SUSPECT')).data!.overrideProspectState).toEqual({ __typename: 'Forbidden' });
    expect((await op(['viewer'], 'SUSPECT')).data!.overrideProspectState).toEqual({ __typename: 'Forbidden' });
    const ok = await op(['sales_manager'], 'REENGAGEMENT');
    expect(ok.data!.overrideProspectState).toEqual({
      __typename: 'MutationOverrideProspectStateSuccess',
      outcome: { movement: { overrideUserId: 'user-sales_manager', overrideReason: 'call notes', isManualOverride: true } },
    });
    const sweep = await as(['sales_manager'], 'mutation { runFunnelSweep { __typename } }');
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
      prospects(first: 2, after: $after, filter: $filter, orderBy: BIT_SCORE_DESC) {
        totalCount edges { node { email bitScore } } pageInfo { hasNextPage endCursor } } }`;
    const filter = { companyIds, states: ['WARM'], minBitScore: 10 };
    const seen: { email: string; bitScore: number }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await t.gql(q, { after, filter });
      expect(page.data.prospects.totalCount).toBe(4);
      seen.push(...page.data.prospects.edges.map((e: any) => e.node));
      if (!page.data.prospects.pageInfo.hasNextPage) break;
      after = page.data.prospects.pageInfo.endCursor;
    }
    expect(seen.map((s) => s.bitScore)).toEqual([60, 30, 30, 10]);
    expect(new Set(seen.map((s) => s.email)).size).toBe(4);
    const tooMany = await t.gql('query ($ids: [UUID!]) { prospects(filter: { personIds: $ids }) { totalCount } }', {
      ids: Array.from({ length: 1001 }, () => '00000000-0000-4000-8000-000000000000'),
    }, { allowErrors: true });
    expect(tooMany.errors![0]!.extensions!.code).toBe('VALIDATION_FAILED');
  });

  it('lists movements and events by filter', async () => {
    const email = newEmail();
    await record({ email, kind: 'REPLY', replySentiment: 'POSITIVE', occurredAt: at(4).toISOString(), sourceEmailId: 'x' });
    const personId = personIdForEmail(email);
    const r = await t.gql(
      `query ($ids: [UUID!]) {
        prospectMovements(filter: { personIds: $ids, eventTypes: [EVENT_REPLY], toStates: [WARM] }) { totalCount edges { node { fromState toState } } }
        engagementEvents(filter: { personIds: $ids, subtypes: ["positive_reply"], triggeredTransition: true }) { totalCount }
        none: engagementEvents(filter: { personIds: $ids, processed: false }) { totalCount }
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
    for (let i = 0; i < 20; i += 1) await record({ email: `n${i}@${domain}`, kind: 'REPLY', replySentiment: 'POSITIVE', occurredAt: at(6).toISOString(), sourceEmailId: 'r' });
    const q = `query ($n: Int, $d: String) { prospects(first: $n, filter: { emailContains: $d }) { edges { node {
      email journeySummary { movementCount } contactIds warmProfile { reason }
      movements(first: 5) { edges { node { eventType triggeringEvent { subtype } } } } } } } }`;
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
    await record({ email: warm, kind: 'REPLY', replySentiment: 'POSITIVE', occurredAt: ago(50), sourceEmailId: 'r' });
    const booked = await t.gql(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename ... on MutationBookAppointmentSuccess { change { appointment { uuid } } } } }`,
      { input: { email: warm, startsAt: new Date(now + 2 * 86_400_000).toISOString(), bookedAt: ago(48), meetingType: 'demo' } },
    );
    expect(booked.data!.bookAppointment.__typename).toBe('MutationBookAppointmentSuccess');
    const client = await personIn('APPOINTMENT', { lastStateChangeTs: new Date(now - 30 * 86_400_000) });
    const end = new Date(now + 40 * 86_400_000).toISOString().slice(0, 10);
    await t.gql(`mutation ($input: SignClientInput!) { signClient(input: $input) { __typename } }`, {
      input: { email: client.email, annualRevenue: '1000.10', lives: 7, contractStartDate: '2025-01-01', contractEndDate: end, signedAt: ago(1) },
    });

    const r = await t.gql(`{ funnelDashboard {
      stateCounts { state funnel people active }
      movementSummary { fromState toState eventType movements }
      recentMovements(first: 100) { uuid toState }
      upcomingAppointments(first: 100) { uuid startsAt }
      appointmentOutcomes { total }
      activeClients(first: 100) { uuid annualRevenue }
      revenueByFunnel { sourceFunnel clients lives totalAnnualRevenue averageAnnualRevenue }
      monthlyConversions { month clients totalAnnualRevenue }
      upcomingRenewals(first: 100) { daysUntilEnd client { uuid } }
      currentBitScores(first: 100, minScore: 1) { score level prospect { email } }
      conversionRates { stage entered converted ratePercent }
    } }`);
    const d = r.data!.funnelDashboard;
    const raw = await prisma.suspect.groupBy({ by: ['funnelState', 'funnelMembership'], _count: { _all: true } });
    expect(d.stateCounts.map((s: any) => [s.state, s.funnel, s.people]).sort()).toEqual(
      raw.map((g) => [g.funnelState, g.funnelMembership, g._count._all]).sort(),
    );
    expect(d.movementSummary.reduce((n: number, m: any) => n + m.movements, 0)).toBe(await prisma.prospectMovement.count());
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
    expect(d.currentBitScores.every((b: any, i: number, all: any[]) => i === 0 || all[i - 1].score >= b.score)).toBe(true);
    expect(d.conversionRates.map((c: any) => c.stage)).toEqual(['SUSPECT_TO_WARM', 'WARM_TO_APPOINTMENT', 'APPOINTMENT_TO_CLIENT']);
  });

  it('computes conversion rates over a cohort', async () => {
    // Five people enter in one window: four become warm, two reach APPOINTMENT, one signs.
    const from = at(200);
    const emails = [0, 1, 2, 3, 4].map(() => newEmail('cohort'));
    for (const [i, email] of emails.entries()) {
      if (i === 4) await record({ email, kind: 'OPEN', sendId: 's', occurredAt: at(200, i).toISOString() });
      else await record({ email, kind: 'REPLY', replySentiment: 'POSITIVE', occurredAt: at(200, i).toISOString(), sourceEmailId: 'r' });
    }
    for (const email of emails.slice(0, 2)) {
      await t.gql(`mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename } }`, {
        input: { email, startsAt: at(205).toISOString(), bookedAt: at(201).toISOString() },
      });
    }
    await t.gql(`mutation ($input: SignClientInput!) { signClient(input: $input) { __typename } }`, {
      input: { email: emails[0], signedAt: at(206).toISOString() },
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
    await record({ email, kind: 'REPLY', replySentiment: 'POSITIVE', occurredAt: at(100).toISOString(), sourceEmailId: 'r' });
    const r = await t.gql(
      `mutation ($now: DateTime) { runFunnelSweep(now: $now) { __typename ... on MutationRunFunnelSweepSuccess { report { now peopleSwept movements { toState eventType prospect { email } } } } } }`,
      { now: at(131).toISOString() },
    );
    const report = r.data!.runFunnelSweep.report;
    expect(report.now).toBe(at(131).toISOString());
    expect(report.movements).toContainEqual({ toState: 'REENGAGEMENT', eventType: 'EVENT_INACTIVITY_30D', prospect: { email: email.toLowerCase() } });
  });
});
