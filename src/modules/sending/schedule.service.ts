// scheduleCampaign: a campaign's enrolled contacts (queued, nothing sent, no queue item yet) become
// queue items, one per sequence step, in one transaction:
// - steps from scheduling_config.steps (step, delay_days; default one step), each rendered from
//   the campaign's message template for that step (else the offer's) with the contact's, the
//   company's, the offer's and the sender's variables; a missing variable is a problem for that
//   contact (none of its steps are queued), never an empty string in a message;
// - send times: step 1 at the first window opening at or after `startAt` in the campaign's time
//   zone, later steps `delay_days` local days after the previous one, at the window opening,
//   spread by the minimum gap (with jitter) per account and pushed into the window (DST-correct);
// - accounts by rotation over the campaign's sendable accounts, at most each one's daily cap
//   (warm-up aware) of first touches per local day; when all are full the day moves on.
// Items of a paused campaign are created held. Running it again queues only new enrolments.
import { NotFoundError, ConflictError, ValidationFailedError } from '../../errors.js';
import {
  nextSendTime,
  renderTemplate,
  rotateAccounts,
  windowOpeningAfterDays,
} from './sending.rules.js';
import { campaignWindow } from './worker/queue.service.js';
import { sql, withTransaction } from './worker/sql.js';

export interface ScheduleProblem {
  contactId: string;
  step: number;
  missing: string[];
}

export interface ScheduleResult {
  queuedItems: number;
  contactsScheduled: number;
  problems: ScheduleProblem[];
}

interface Step {
  step: number;
  delayDays: number;
}

export interface ScheduleSettings {
  minGapMs: number;
  gapJitterMs: number;
  random: () => number;
}

/** The pacing in force: the defaults of SEND_MIN_GAP_SECONDS and SEND_GAP_JITTER_SECONDS until buildApp applies the configured ones. */
let pacing: Pick<ScheduleSettings, 'minGapMs' | 'gapJitterMs'> = { minGapMs: 360_000, gapJitterMs: 120_000 };

export function configureScheduling(settings: Pick<ScheduleSettings, 'minGapMs' | 'gapJitterMs'>): void {
  pacing = { minGapMs: settings.minGapMs, gapJitterMs: settings.gapJitterMs };
}

/** The configured pacing, with Math.random for the jitter. */
export function schedulingSettings(): ScheduleSettings {
  return { ...pacing, random: Math.random };
}

export async function scheduleCampaign(
  input: { campaignId: string; startAt?: Date | null },
  s: ScheduleSettings,
  now: Date = new Date(),
): Promise<ScheduleResult> {
  return withTransaction(async (db) => {
    const [c] = await db.query<{
      id: string; status: string; offer_id: string; offer_name: string; channel: string; account_id: string | null;
      account_ids: { id: string }[] | null; scheduling_config: { steps?: { step: number; delay_days?: number }[] } | null;
      timezone: string; window_start: string; window_end: string; send_days: number[];
    }>(sql`
      SELECT c.id, c.status, c.offer_id, o.name AS offer_name, c.channel, c.account_id, c.account_ids, c.scheduling_config,
        c.timezone, c.send_window_start::text AS window_start, c.send_window_end::text AS window_end, c.send_days
      FROM campaigns AS c JOIN offers AS o ON o.id = c.offer_id WHERE c.id = ${input.campaignId}::uuid FOR UPDATE OF c`);
    if (!c) throw new NotFoundError('Campaign', input.campaignId);
    if (!['ready', 'active', 'paused'].includes(c.status)) throw new ConflictError(`The campaign is ${c.status}; only ready, active or paused campaigns are scheduled`);
    const steps: Step[] = (c.scheduling_config?.steps?.length ? c.scheduling_config.steps : [{ step: 1, delay_days: 0 }])
      .map((x) => ({ step: x.step, delayDays: x.delay_days ?? 0 }))
      .sort((a, b) => a.step - b.step);
    const channel = c.channel === 'linkedin' ? 'linkedin_dm' : 'email';
    const templates = await db.query<{ sequence_step: number; subject: string | null; body: string }>(sql`
      SELECT DISTINCT ON (sequence_step) sequence_step, subject, body FROM message_templates
      WHERE offer_id = ${c.offer_id}::uuid AND (campaign_id = ${c.id}::uuid OR campaign_id IS NULL)
        AND status <> 'archived' AND sequence_step IS NOT NULL AND channel = ${channel}
      ORDER BY sequence_step, (campaign_id IS NOT NULL) DESC, (status = 'approved') DESC, updated_at DESC`);
    const byStep = new Map(templates.map((t) => [t.sequence_step, t]));
    const noTemplate = steps.filter((x) => !byStep.has(x.step));
    if (noTemplate.length) {
      throw new ValidationFailedError(noTemplate.map((x) => ({ path: `steps.${x.step}`, message: `no ${channel} message template for step ${x.step}` })));
    }
    const accountIds = [...new Set([...(c.account_id ? [c.account_id] : []), ...(c.account_ids ?? []).map((a) => a.id)])];
    const accounts = accountIds.length
      ? await db.query<{ id: string; name: string; cap: number }>(sql`
          SELECT a.id, a.name, public.account_row_daily_cap(a, ${channel}, ${now}) AS cap FROM accounts AS a
          WHERE a.id = ANY(${accountIds}::uuid[]) AND a.status IN ('active', 'warming') AND a.health_score >= 30 ORDER BY a.id`)
      : [];
    if (accounts.length === 0) throw new ValidationFailedError([{ path: 'accountIds', message: 'the campaign has no sendable account' }]);
    const contacts = await db.query<Record<string, string | null> & { contact_id: string; cc_id: string }>(sql`
      SELECT cc.id AS cc_id, co.id AS contact_id, co.first_name, co.last_name, co.full_name, co.title, co.email,
        comp.name AS company_name, comp.domain AS company_domain, comp.industry AS company_industry
      FROM campaign_contacts AS cc JOIN contacts AS co ON co.id = cc.contact_id JOIN companies AS comp ON comp.id = co.company_id
      WHERE cc.campaign_id = ${c.id}::uuid AND cc.status = 'queued' AND cc.current_step = 0
        AND NOT EXISTS (SELECT 1 FROM send_queue AS q WHERE q.campaign_contact_id = cc.id)
      ORDER BY cc.added_at, cc.id`);
    const window = campaignWindow(c);
    const problems: ScheduleProblem[] = [];
    const rows: unknown[][] = [];
    // Render first: a contact with a problem gets no step at all.
    const ready: { contact: (typeof contacts)[number]; rendered: { step: Step; subject: string | null; body: string }[] }[] = [];
    for (const contact of contacts) {
      const rendered = [];
      let ok = true;
      for (const step of steps) {
        const t = byStep.get(step.step)!;
        const vars = { ...contact, offer_name: c.offer_name, sender_name: null as string | null };
        const body = renderTemplate(t.body, vars);
        const subject = t.subject ? renderTemplate(t.subject, vars) : null;
        const missing = [...(body.ok ? [] : body.missing), ...(subject && !subject.ok ? subject.missing : [])];
        if (missing.length || !body.ok || (subject && !subject.ok)) {
          problems.push({ contactId: contact.contact_id, step: step.step, missing: [...new Set(missing)].sort() });
          ok = false;
          break;
        }
        rendered.push({ step, subject: subject && subject.ok ? subject.text : null, body: body.text });
      }
      if (ok) ready.push({ contact, rendered });
    }
    // Rotation: day by day, each account takes at most its cap of first touches.
    let day = 0;
    let remaining = ready;
    const status = c.status === 'paused' ? 'held' : 'pending';
    const start = nextSendTime(input.startAt && input.startAt > now ? input.startAt : now, window);
    while (remaining.length) {
      const assigned = rotateAccounts(accounts.map((a) => ({ id: a.id, capacity: a.cap })), remaining.length, day);
      const perAccount = new Map<string, number>();
      remaining.forEach((r, i) => {
        const accountId = assigned[i];
        if (!accountId) return;
        const slot = perAccount.get(accountId) ?? 0;
        perAccount.set(accountId, slot + 1);
        let previous = day === 0 ? start : windowOpeningAfterDays(start, day, window);
        r.rendered.forEach(({ step, subject, body }, k) => {
          const opening = k === 0 ? previous : windowOpeningAfterDays(previous, step.delayDays, window);
          const at = nextSendTime(new Date(opening.getTime() + slot * s.minGapMs + Math.floor(s.random() * s.gapJitterMs)), window);
          previous = opening;
          rows.push([c.id, r.contact.cc_id, r.contact.contact_id, accountId, channel, step.step, subject, body, at, status]);
        });
      });
      remaining = remaining.filter((_r, i) => !assigned[i]);
      day += 1;
      if (day > 366) break;
    }
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const col = (j: number) => chunk.map((r) => r[j]);
      await db.exec(sql`
        INSERT INTO send_queue (campaign_id, campaign_contact_id, contact_id, account_id, channel, sequence_step, subject, body, scheduled_for, status)
        SELECT * FROM unnest(${col(0)}::uuid[], ${col(1)}::uuid[], ${col(2)}::uuid[], ${col(3)}::uuid[], ${col(4)}::text[],
          ${col(5)}::int[], ${col(6)}::text[], ${col(7)}::text[], ${col(8)}::timestamptz[], ${col(9)}::text[])`);
    }
    const scheduled = ready.filter((r) => rows.some((row) => row[1] === r.contact.cc_id)).map((r) => r.contact.cc_id);
    if (scheduled.length) {
      await db.exec(sql`
        UPDATE campaign_contacts SET max_step = ${Math.max(...steps.map((x) => x.step))}, next_step_at = (
          SELECT min(q.scheduled_for) FROM send_queue AS q WHERE q.campaign_contact_id = campaign_contacts.id)
        WHERE id = ANY(${scheduled}::uuid[])`);
    }
    return { queuedItems: rows.length, contactsScheduled: scheduled.length, problems };
  });
}
