// The read shapes of the `graph` benchmark suite: for each, how to draw random variables from the
// database, the query our graph answers, the equivalent query for PostGraphile's schema, the shape
// name the plain SQL floor answers (scripts/bench/servers/floor-sql.ts), and a normalizer per
// server that reduces a response to the same canonical data (ids and values), so the suite can
// check all three carry the same data before it times them.
import type pg from 'pg';

export type Vars = Record<string, unknown>;
export type Target = 'ours' | 'postgraphile' | 'floor';

export interface Shape {
  name: string;
  description: string;
  /** Variable sets drawn at random from the database. */
  sample(pool: pg.Pool, n: number): Promise<Vars[]>;
  ours: { query: string; normalize(data: any): unknown };
  postgraphile: { query: string; normalize(data: any): unknown };
  /** The floor answers { shape, vars } with one SQL statement returning the canonical data. */
  floor: { normalize(data: any): unknown };
}

const LIFECYCLE_STATES = ['SUSPECT', 'WARM', 'TALENTFLOW_WARM', 'REENGAGEMENT', 'APPOINTMENT', 'CLIENT', 'DISQUALIFIED', 'UNSUBSCRIBED'];

async function randomIds(pool: pg.Pool, sql: string, n: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(sql, [n]);
  if (!rows.length) throw new Error(`no rows to draw variables from: ${sql}`);
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) out.push(rows[i % rows.length]!.id);
  return out;
}

const byNodes = <T>(c: { nodes: T[] }) => c.nodes;
const byEdges = <T>(c: { edges: { node: T }[] }) => c.edges.map((e) => e.node);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export const SHAPES: Shape[] = [
  {
    name: 'offer',
    description: 'point lookup: offer(id)',
    sample: async (pool, n) =>
      (await randomIds(pool, 'SELECT id FROM offers ORDER BY random() LIMIT $1', n)).map((id) => ({ id })),
    ours: {
      query: `query Offer($id: UUID!) { offer(id: $id) { uuid name slug status type totalCompanies totalContacts totalSent totalReplies createdAt } }`,
      normalize: (d) => d.offer && { id: d.offer.uuid, name: d.offer.name, status: d.offer.status.toLowerCase(), totalContacts: d.offer.totalContacts, totalSent: d.offer.totalSent },
    },
    postgraphile: {
      query: `query Offer($id: UUID!) { offer(rowId: $id) { rowId name slug status type totalCompanies totalContacts totalSent totalReplies createdAt } }`,
      normalize: (d) => d.offer && { id: d.offer.rowId, name: d.offer.name, status: d.offer.status.toLowerCase(), totalContacts: d.offer.totalContacts, totalSent: d.offer.totalSent },
    },
    floor: {
      normalize: (d) => d && { id: d.id, name: d.name, status: String(d.status).toLowerCase(), totalContacts: d.total_contacts, totalSent: d.total_sent },
    },
  },
  {
    name: 'companies',
    description: 'companies(20) → contacts(10) and offer → campaigns(5)',
    sample: async (pool, n) =>
      (await randomIds(pool, `SELECT id FROM offers WHERE total_companies > 0 OR EXISTS (SELECT 1 FROM companies c WHERE c.offer_id = offers.id) ORDER BY random() LIMIT $1`, n)).map((offerId) => ({ offerId })),
    ours: {
      query: `query Companies($offerId: UUID!) {
  companies(first: 20, filter: { offerId: { equals: $offerId } }, orderBy: [{ field: status, direction: ASC }]) {
    edges { node { uuid name domain status fitScore
      contacts(first: 10, orderBy: [{ field: status, direction: ASC }]) { edges { node { uuid fullName email status } } }
      offer { uuid campaigns(first: 5, orderBy: [{ field: status, direction: ASC }]) { edges { node { uuid name status } } } } } }
  }
}`,
      normalize: (d) =>
        byEdges<any>(d.companies).map((c) => ({
          id: c.uuid,
          name: c.name,
          contacts: byEdges<any>(c.contacts).map((x) => x.uuid),
          campaigns: byEdges<any>(c.offer.campaigns).map((x) => x.uuid),
        })),
    },
    postgraphile: {
      query: `query Companies($offerId: UUID!) {
  companies(first: 20, condition: { offerId: $offerId }, orderBy: [STATUS_ASC, PRIMARY_KEY_ASC]) {
    nodes { rowId name domain status fitScore
      contacts(first: 10, orderBy: [STATUS_ASC, PRIMARY_KEY_ASC]) { nodes { rowId fullName email status } }
      offer { rowId campaigns(first: 5, orderBy: [STATUS_ASC, PRIMARY_KEY_ASC]) { nodes { rowId name status } } } }
  }
}`,
      normalize: (d) =>
        byNodes<any>(d.companies).map((c) => ({
          id: c.rowId,
          name: c.name,
          contacts: byNodes<any>(c.contacts).map((x) => x.rowId),
          campaigns: byNodes<any>(c.offer.campaigns).map((x) => x.rowId),
        })),
    },
    floor: {
      normalize: (d) =>
        (d ?? []).map((c: any) => ({
          id: c.id,
          name: c.name,
          contacts: (c.contacts ?? []).map((x: any) => x.id),
          campaigns: (c.campaigns ?? []).map((x: any) => x.id),
        })),
    },
  },
  {
    name: 'chain',
    description: 'campaign → send queue items(20) → contact → company',
    sample: async (pool, n) =>
      (await randomIds(pool, `SELECT c.id FROM campaigns c WHERE EXISTS (SELECT 1 FROM send_queue q WHERE q.campaign_id = c.id) ORDER BY random() LIMIT $1`, n)).map((id) => ({ id })),
    ours: {
      query: `query Chain($id: UUID!) { campaign(id: $id) { uuid name
  sendQueue(first: 20, orderBy: [{ field: scheduledFor, direction: ASC }]) { edges { node { uuid status scheduledFor
    contact { uuid fullName email company { uuid name domain } } } } } } }`,
      normalize: (d) =>
        d.campaign && {
          id: d.campaign.uuid,
          items: byEdges<any>(d.campaign.sendQueue).map((q) => [q.uuid, q.contact.uuid, q.contact.company.uuid, q.contact.company.name]),
        },
    },
    postgraphile: {
      query: `query Chain($id: UUID!) { campaign(rowId: $id) { rowId name
  sendQueues(first: 20, orderBy: [SCHEDULED_FOR_ASC, PRIMARY_KEY_ASC]) { nodes { rowId status scheduledFor
    contact { rowId fullName email company { rowId name domain } } } } } }`,
      normalize: (d) =>
        d.campaign && {
          id: d.campaign.rowId,
          items: byNodes<any>(d.campaign.sendQueues).map((q) => [q.rowId, q.contact.rowId, q.contact.company.rowId, q.contact.company.name]),
        },
    },
    floor: {
      normalize: (d) => d && { id: d.id, items: (d.items ?? []).map((q: any) => [q.id, q.contact_id, q.company_id, q.company_name]) },
    },
  },
  {
    name: 'leads',
    description: 'leads-for-review page (50 rows of one campaign, by name)',
    sample: async (pool, n) =>
      (await randomIds(pool, `SELECT c.id FROM campaigns c WHERE EXISTS (SELECT 1 FROM campaign_contacts cc WHERE cc.campaign_id = c.id) ORDER BY random() LIMIT $1`, n)).map((campaignId) => ({ campaignId })),
    ours: {
      query: `query Leads($campaignId: UUID!) { leadsForReview(first: 50, filter: { campaignId: { equals: $campaignId } }, orderBy: { field: fullName, direction: ASC }) {
  edges { node { contactId fullName email title companyName domain fitScore campaignStatus queueStatus scheduledFor sendingAccount } } } }`,
      normalize: (d) => byEdges<any>(d.leadsForReview).map((r) => [r.contactId, r.fullName, r.companyName, r.fitScore]),
    },
    postgraphile: {
      query: `query Leads($campaignId: UUID!) { leadsForReviews(first: 50, condition: { campaignId: $campaignId }, orderBy: [FULL_NAME_ASC, CONTACT_ID_ASC, CAMPAIGN_CONTACT_ID_ASC]) {
  nodes { contactId fullName email title companyName domain fitScore campaignStatus queueStatus scheduledFor sendingAccount } } }`,
      normalize: (d) => byNodes<any>(d.leadsForReviews).map((r) => [r.contactId, r.fullName, r.companyName, r.fitScore]),
    },
    floor: { normalize: (d) => (d ?? []).map((r: any) => [r.contact_id, r.full_name, r.company_name, r.fit_score]) },
  },
  {
    name: 'dashboard',
    description: 'dashboard: campaign performance of an offer + funnel counts by state',
    sample: async (pool, n) =>
      (await randomIds(pool, `SELECT id FROM offers ORDER BY random() LIMIT $1`, n)).map((offerId) => ({ offerId })),
    ours: {
      query: `query Dashboard($offerId: UUID!) { campaignPerformance(offerId: $offerId) { campaignId name totalSent totalReplied replyRate }
  funnelDashboard { stateCounts { state funnel people active } } }`,
      normalize: (d) => ({
        campaigns: d.campaignPerformance.map((c: any) => [c.campaignId, c.totalSent, c.totalReplied]).sort(),
        states: Object.fromEntries(
          LIFECYCLE_STATES.map((s) => [s, d.funnelDashboard.stateCounts.filter((x: any) => x.state === s).reduce((a: number, x: any) => a + x.people, 0)]),
        ),
      }),
    },
    postgraphile: {
      query: `query Dashboard($offerId: UUID!) { campaignPerformances(condition: { offerId: $offerId }) { nodes { rowId name totalSent totalReplied replyRate } }
  ${LIFECYCLE_STATES.map((s) => `${s}: funnelSuspectUniverses(condition: { funnelState: ${s} }) { totalCount }`).join('\n  ')} }`,
      normalize: (d) => ({
        campaigns: d.campaignPerformances.nodes.map((c: any) => [c.rowId, c.totalSent, c.totalReplied]).sort(),
        states: Object.fromEntries(LIFECYCLE_STATES.map((s) => [s, d[s].totalCount])),
      }),
    },
    floor: {
      normalize: (d) => ({
        campaigns: (d.campaigns ?? []).map((c: any) => [c.campaign_id, c.total_sent, c.total_replied]).sort(),
        states: Object.fromEntries(LIFECYCLE_STATES.map((s) => [s, num((d.states ?? {})[s]) ?? 0])),
      }),
    },
  },
  {
    name: 'journey',
    description: 'a journey: prospect(id) with 10 movements and 10 events',
    sample: async (pool, n) =>
      (await randomIds(pool, `SELECT suspect_id AS id FROM funnel.suspect_universe TABLESAMPLE SYSTEM (1) WHERE funnel_state <> 'SUSPECT' LIMIT $1`, n)).map((id) => ({ id })),
    ours: {
      query: `query Journey($id: UUID!) { prospect(id: $id) { uuid email funnelState currentBitScore emailOpenCount
  movements(first: 10, orderBy: [{ field: transitionProcessedAt, direction: DESC }]) { edges { node { uuid fromState toState eventType transitionProcessedAt } } }
  events(first: 10, orderBy: [{ field: eventTs, direction: DESC }]) { edges { node { uuid eventType eventTs } } } } }`,
      normalize: (d) =>
        d.prospect && {
          id: d.prospect.uuid,
          state: d.prospect.funnelState,
          movements: byEdges<any>(d.prospect.movements).map((m) => m.uuid).sort(),
          events: byEdges<any>(d.prospect.events).map((m) => m.uuid).sort(),
        },
    },
    postgraphile: {
      query: `query Journey($id: UUID!) { funnelSuspectUniverse(suspectId: $id) { suspectId email funnelState currentBitScore emailOpenCount
  funnelProspectMovementsBySuspectId(first: 10, orderBy: [TRANSITION_PROCESSED_AT_DESC, PRIMARY_KEY_DESC]) { nodes { movementId fromState toState eventType transitionProcessedAt } }
  funnelEngagementEventsBySuspectId(first: 10, orderBy: [EVENT_TS_DESC, PRIMARY_KEY_DESC]) { nodes { eventId eventType eventTs } } } }`,
      normalize: (d) =>
        d.funnelSuspectUniverse && {
          id: d.funnelSuspectUniverse.suspectId,
          state: d.funnelSuspectUniverse.funnelState,
          movements: byNodes<any>(d.funnelSuspectUniverse.funnelProspectMovementsBySuspectId).map((m) => m.movementId).sort(),
          events: byNodes<any>(d.funnelSuspectUniverse.funnelEngagementEventsBySuspectId).map((m) => m.eventId).sort(),
        },
    },
    floor: {
      normalize: (d) =>
        d && { id: d.id, state: d.funnel_state, movements: [...(d.movements ?? [])].sort(), events: [...(d.events ?? [])].sort() },
    },
  },
];

export const TYPENAME_QUERY = '{ __typename }';
