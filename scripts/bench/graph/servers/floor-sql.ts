// The floor of the `graph` benchmark: a plain node:http + pg server answering each shape of
// scripts/bench/shapes.ts with ONE hand-written SQL statement (json_agg / json_build_object), the
// JSON text passed through untouched. POST /graphql { "shape": name, "vars": {...} } → { "data": … }.
//   DATABASE_URL=… PORT=… node --import tsx scripts/bench/graph/servers/floor-sql.ts
import { createServer } from 'node:http';
import pg from 'pg';

const SQL: Record<string, { text: string; params: (v: Record<string, any>) => unknown[] }> = {
  offer: {
    text: `SELECT json_build_object('id', id, 'name', name, 'slug', slug, 'status', status, 'type', type,
      'total_companies', total_companies, 'total_contacts', total_contacts, 'total_sent', total_sent,
      'total_replies', total_replies, 'created_at', created_at)::text AS j FROM offers WHERE id = $1`,
    params: (v) => [v.id],
  },
  companies: {
    text: `SELECT coalesce(json_agg(json_build_object('id', co.id, 'name', co.name, 'domain', co.domain, 'status', co.status,
        'fit_score', co.fit_score,
        'contacts', (SELECT json_agg(json_build_object('id', ct.id, 'full_name', ct.full_name, 'email', ct.email, 'status', ct.status) ORDER BY ct.status, ct.id)
                     FROM (SELECT id, full_name, email, status FROM contacts WHERE company_id = co.id ORDER BY status, id LIMIT 10) ct),
        'campaigns', (SELECT json_agg(json_build_object('id', ca.id, 'name', ca.name, 'status', ca.status) ORDER BY ca.status, ca.id)
                     FROM (SELECT id, name, status FROM campaigns WHERE offer_id = co.offer_id ORDER BY status, id LIMIT 5) ca)
      ) ORDER BY co.status, co.id), '[]')::text AS j
      FROM (SELECT * FROM companies WHERE offer_id = $1 ORDER BY status, id LIMIT 20) co`,
    params: (v) => [v.offerId],
  },
  chain: {
    text: `SELECT json_build_object('id', c.id, 'name', c.name, 'items',
        (SELECT json_agg(json_build_object('id', q.id, 'status', q.status, 'scheduled_for', q.scheduled_for,
            'contact_id', ct.id, 'full_name', ct.full_name, 'email', ct.email,
            'company_id', co.id, 'company_name', co.name, 'domain', co.domain) ORDER BY q.scheduled_for, q.id)
         FROM (SELECT * FROM send_queue WHERE campaign_id = c.id ORDER BY scheduled_for, id LIMIT 20) q
         JOIN contacts ct ON ct.id = q.contact_id JOIN companies co ON co.id = ct.company_id))::text AS j
      FROM campaigns c WHERE c.id = $1`,
    params: (v) => [v.id],
  },
  leads: {
    text: `SELECT coalesce(json_agg(json_build_object('contact_id', l.contact_id, 'full_name', l.full_name, 'email', l.email,
        'title', l.title, 'company_name', l.company_name, 'domain', l.domain, 'fit_score', l.fit_score,
        'campaign_status', l.campaign_status, 'queue_status', l.queue_status, 'scheduled_for', l.scheduled_for,
        'sending_account', l.sending_account) ORDER BY l.full_name, l.contact_id, l.campaign_contact_id), '[]')::text AS j
      FROM (SELECT * FROM leads_for_review WHERE campaign_id = $1 ORDER BY full_name, contact_id, campaign_contact_id LIMIT 50) l`,
    params: (v) => [v.campaignId],
  },
  dashboard: {
    text: `SELECT json_build_object(
        'campaigns', (SELECT coalesce(json_agg(json_build_object('campaign_id', p.id, 'name', p.name, 'total_sent', p.total_sent,
            'total_replied', p.total_replied, 'reply_rate', p.reply_rate)), '[]') FROM campaign_performance p WHERE p.offer_id = $1),
        'states', (SELECT json_object_agg(s.funnel_state, s.n) FROM
            (SELECT funnel_state, count(*) AS n FROM funnel.suspect_universe GROUP BY funnel_state) s))::text AS j`,
    params: (v) => [v.offerId],
  },
  journey: {
    text: `SELECT json_build_object('id', s.suspect_id, 'email', s.email, 'funnel_state', s.funnel_state,
        'current_bit_score', s.current_bit_score, 'email_open_count', s.email_open_count,
        'movements', (SELECT json_agg(m.movement_id) FROM (SELECT movement_id FROM funnel.prospect_movement
            WHERE suspect_id = s.suspect_id ORDER BY transition_processed_at DESC, movement_id DESC LIMIT 10) m),
        'events', (SELECT json_agg(e.event_id) FROM (SELECT event_id FROM funnel.engagement_events
            WHERE suspect_id = s.suspect_id ORDER BY event_ts DESC, event_id DESC LIMIT 10) e))::text AS j
      FROM funnel.suspect_universe s WHERE s.suspect_id = $1`,
    params: (v) => [v.id],
  },
};

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 10) });
pool.on('error', () => {});

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      try {
        const { shape, vars } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { shape: string; vars: Record<string, unknown> };
        const q = SQL[shape];
        if (!q) throw new Error(`unknown shape ${shape}`);
        const { rows } = await pool.query<{ j: string | null }>({ name: shape, text: q.text, values: q.params(vars) });
        const body = `{"data":${rows[0]?.j ?? 'null'}}`;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      } catch (error) {
        const body = JSON.stringify({ errors: [{ message: (error as Error).message }] });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      }
    })();
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`LISTENING ${typeof address === 'object' && address ? address.port : 0}`);
});
const stop = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
