// One person's story, played forward in time: discovered under one to three offers, enrolled in
// campaigns (one at a time, honouring the 60-day rule), sent to on an account's slot grid, opening,
// clicking, replying, bouncing or unsubscribing, moving jobs, visiting the website, booking
// meetings and sometimes signing. The Lifecycle engine turns that behaviour into funnel states.
// Everything happens before `now`; what would happen later is left in the send queue or calendar.
import { createHash } from 'node:crypto';
import type { Allocator } from './allocator.js';
import { render, type Campaign, type Company, type CompanyRow, type Offer, type SequenceStep } from './catalog.js';
import { uniqueKey } from '../modules/funnel/funnel.rules.js';
import { Lifecycle, isAllowedTransition, type Change, type EventRow, type State } from './lifecycle.js';
import { Rng } from './random.js';
import { DAY, HOUR, MINUTE, clock, localDay, localTime } from './time.js';
import { CONTENT_ASSETS, OVERRIDE_USERS, REPLIES, SALES_REPS, WEBSITE_PAGES, type TitleSpec } from './vocabulary.js';

export type Sentiment = 'positive' | 'neutral' | 'question' | 'negative' | 'ooo';

export interface ContactRow {
  id: string;
  offer: Offer;
  companyRow: CompanyRow;
  email: string;
  linkedinUrl: string;
  emailStatus: 'unknown' | 'valid' | 'invalid' | 'risky';
  verificationSource: string | null;
  degree: 1 | 2 | 3 | null;
  buyerFit: number;
  priority: 'high' | 'medium' | 'low';
  sourceTool: string;
  createdAt: number;
  status: string;
  skipReason: string | null;
  enrollment: Enrollment | null;
}

export interface Person {
  index: number;
  firstName: string;
  lastName: string;
  email: string;
  linkedinUrl: string;
  title: TitleSpec;
  company: Company;
  personId: string;
  companyId: string;
  phone: string | null;
  contacts: ContactRow[];
}

export interface MessageEventRow {
  id: string;
  type: string;
  at: number;
  data: Record<string, unknown>;
  replyText: string | null;
  sentiment: Sentiment | null;
}

export interface QueueItem {
  id: string;
  enrollment: Enrollment;
  step: SequenceStep;
  accountId: string | null;
  accountType: 'email' | 'linkedin' | null;
  scheduledFor: number;
  status: 'pending' | 'scheduled' | 'processing' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'cancelled' | 'skipped';
  attempts: number;
  lastAttemptAt: number | null;
  lastError: string | null;
  externalId: string | null;
  sentAt: number | null;
  createdAt: number;
  updatedAt: number;
  subject: string | null;
  body: string;
  message: {
    id: string;
    status: string;
    openedAt: number | null;
    clickedAt: number | null;
    repliedAt: number | null;
    replyText: string | null;
    sentiment: Sentiment | null;
    errorMessage: string | null;
    threadId: string | null;
  } | null;
  events: MessageEventRow[];
  history: { id: string; status: string; repliedAt: number | null; sentiment: string | null } | null;
  accepted: boolean;
}

export interface Enrollment {
  id: string;
  contact: ContactRow;
  campaign: Campaign;
  addedAt: number;
  status: string;
  currentStep: number;
  startedAt: number | null;
  nextStepAt: number | null;
  completedAt: number | null;
  opened: boolean;
  clicked: boolean;
  replied: boolean;
  replySentiment: Sentiment | null;
  meetingBooked: boolean;
  stopped: string | null;
  items: QueueItem[];
}

export interface AppointmentRow {
  id: string;
  ts: number;
  end: number;
  zone: string;
  status: 'scheduled' | 'confirmed' | 'completed' | 'no_show' | 'cancelled' | 'rescheduled';
  outcome: 'positive' | 'neutral' | 'negative' | 'no_decision' | 'pending';
  meetingType: string;
  meetingFormat: string;
  bookingSource: string;
  sourceFunnel: string;
  triggeringEventId: string;
  rescheduleCount: number;
  originalTs: number | null;
  rescheduleReason: string | null;
  promotedToClient: boolean;
  promotedAt: number | null;
  demoted: boolean;
  demotedAt: number | null;
  followUpDate: number | null;
  notes: string | null;
  nextSteps: string | null;
  createdAt: number;
  updatedAt: number;
  attendees: string[];
  attendeeTitles: string[];
}

export interface SignalRow {
  id: string;
  type: 'job_change' | 'promotion' | 'lateral' | 'startup' | 'company_change';
  ts: number;
  verified: boolean;
  verifiedAt: number | null;
  source: string | null;
  confidence: number | null;
  oldCompanyName: string | null;
  oldCompanyId: string | null;
  oldTitle: string;
  newTitle: string;
  triggered: boolean;
  eventId: string;
}

export interface ClientRow {
  id: string;
  signedTs: number;
  status: 'signed' | 'active' | 'completed' | 'churned' | 'cancelled';
  startDate: number;
  endDate: number;
  termMonths: number;
  lives: number;
  annual: number;
  sourceFunnel: string;
  appointmentId: string;
  daysToConversion: number;
  touchpoints: number;
  meetings: number;
  rep: (typeof SALES_REPS)[number];
  autoRenewal: boolean;
  churnedAt: number | null;
  revenueType: string;
  channel: string;
}

export interface JourneyContext {
  seed: number;
  now: number;
  allocator: Allocator;
  /** Companies (by funnel company id) that already have a client: at most one each. */
  clientCompanies: Set<string>;
  /** Extra website visits per person, tuned as generation goes to reach the events target. */
  visitRate: number;
  /** Another company's name and funnel id, for job-change signals. */
  otherCompany(rng: Rng, except: Company): { name: string; id: string };
}

export interface JourneyResult {
  lc: Lifecycle;
  appointments: AppointmentRow[];
  signals: SignalRow[];
  client: ClientRow | null;
  enteredAt: number;
  sendCount: number;
  dnc: boolean;
}

type Happening =
  | { t: number; kind: 'enroll'; contact: ContactRow; campaign: Campaign; tries: number }
  | { t: number; kind: 'send'; item: QueueItem }
  | { t: number; kind: 'open' | 'click'; item: QueueItem }
  | { t: number; kind: 'reply'; item: QueueItem; sentiment: Sentiment }
  | { t: number; kind: 'unsubscribe'; item: QueueItem; spam: boolean }
  | { t: number; kind: 'accept'; item: QueueItem }
  | { t: number; kind: 'talentflow' }
  | { t: number; kind: 'visit' | 'download' | 'webinar'; source: string }
  | { t: number; kind: 'nurture'; until: number }
  | { t: number; kind: 'book' }
  | { t: number; kind: 'meeting'; appointment: AppointmentRow }
  | { t: number; kind: 'sign'; appointment: AppointmentRow }
  | { t: number; kind: 'reengagement-reply'; sentiment: Sentiment; cycle: number }
  | { t: number; kind: 'override' };

const SENTIMENTS: [Sentiment, number][] = [
  ['positive', 30],
  ['neutral', 16],
  ['question', 16],
  ['negative', 22],
  ['ooo', 16],
];

/** Plays one person's story. Rows are left on the result and on the contact rows. */
export function playJourney(p: Person, ctx: JourneyContext): JourneyResult {
  const rng = new Rng(ctx.seed, 'person', p.index);
  const now = ctx.now;
  const enteredAt = Math.min(...p.contacts.map((c) => c.createdAt));
  const lc = new Lifecycle(rng, enteredAt);
  const interest = rng.float() ** 1.6; // most people are lukewarm, a few are keen
  const agenda: Happening[] = [];
  const push = (h: Happening) => {
    let i = agenda.length;
    while (i > 0 && agenda[i - 1]!.t > h.t) i -= 1;
    agenda.splice(i, 0, h);
  };
  const appointments: AppointmentRow[] = [];
  const signals: SignalRow[] = [];
  let client: ClientRow | null = null;
  let lastSendAt: number | null = null;
  let exhaustedAt: number | null = null;
  let everReplied = false;
  let dnc = false;
  let sendCount = 0;
  let lastReplyEnrollment: Enrollment | null = null;
  const usedHashKeys = new Set<string>();

  // ── the plan: enrolments, job moves, website activity, rare manual overrides ──
  for (const contact of p.contacts) {
    if (contact.status === 'skip' && contact.skipReason !== '1st_degree') continue;
    const campaigns = contact.offer.campaigns.filter(
      (c) => c.status !== 'draft' && (contact.degree === 1 ? c.type === 'networking' : c.type === 'cold_outreach'),
    );
    if (!campaigns.length || !rng.chance(contact.degree === 1 ? 0.5 : 0.8)) continue;
    const campaign = rng.pick(campaigns);
    const from = Math.max(campaign.startAt, contact.createdAt + DAY);
    const to = Math.max(from, campaign.lastEnrollAt);
    // Active campaigns enrol steadily, and a running campaign's current batch is the last two
    // weeks (plus the next few days already planned).
    let t = from + Math.floor((to - from) * (campaign.status === 'active' ? 1 - rng.float() ** 1.8 : rng.float()));
    if (campaign.status === 'active' && rng.chance(0.35)) {
      const batchFrom = Math.max(from, now - 14 * DAY);
      t = batchFrom + Math.floor((to - batchFrom) * rng.float());
    }
    push({ t, kind: 'enroll', contact, campaign, tries: 0 });
  }
  if (rng.chance(0.09)) push({ t: enteredAt + Math.floor((now - enteredAt) * rng.float()), kind: 'talentflow' });
  const visits = poisson(rng, ctx.visitRate * (0.4 + interest * 1.6));
  for (let i = 0; i < visits; i += 1) {
    const kind = rng.weighted([
      ['visit', 86],
      ['download', 11],
      ['webinar', 3],
    ] as const);
    push({ t: enteredAt + Math.floor((now - enteredAt) * rng.float()), kind, source: kind === 'webinar' ? 'zoom_webinars' : 'website' });
  }
  if (rng.chance(0.012)) push({ t: enteredAt + Math.floor((now - enteredAt) * (0.3 + 0.7 * rng.float())), kind: 'override' });

  const eligibleForCold = (t: number): boolean =>
    !dnc &&
    !everReplied &&
    !lc.bounced &&
    ['SUSPECT', 'REENGAGEMENT', 'WARM', 'TALENTFLOW_WARM'].includes(lc.state) &&
    (exhaustedAt === null || t >= exhaustedAt + 180 * DAY);

  const hashTime = (type: string, source: string, ref: string | null, t: number): number => {
    // The event hash covers (person, type, source, email id, hour): keep one event per key.
    let at = t;
    for (;;) {
      const key = `${type}|${source}|${ref ?? ''}|${Math.floor(at / HOUR)}`;
      if (!usedHashKeys.has(key)) {
        usedHashKeys.add(key);
        return at;
      }
      at += HOUR + rng.int(0, 20) * MINUTE;
    }
  };

  const afterChange = (change: Change | undefined) => {
    if (!change) return;
    if (change.to === 'WARM' || change.to === 'TALENTFLOW_WARM') {
      // Warm people get nurture touches for a while and may book a meeting.
      const until = change.at + Math.floor(rng.exp(20 + 70 * interest) * DAY);
      push({ t: change.at + rng.int(2, 9) * DAY + rng.int(0, 600) * MINUTE, kind: 'nurture', until });
      if (rng.chance(0.2 + 0.5 * interest)) push({ t: change.at + rng.int(1, 16) * DAY + rng.int(60, 600) * MINUTE, kind: 'book' });
    }
    if (change.to === 'REENGAGEMENT') {
      for (const a of appointments) {
        if (!a.demoted && a.status !== 'scheduled' && a.status !== 'confirmed') {
          a.demoted = true;
          a.demotedAt = change.at;
          a.updatedAt = change.at;
        }
      }
    }
    if (change.event === 'EVENT_REENGAGEMENT_EXHAUSTED') exhaustedAt = change.at;
  };

  const engage = (input: Parameters<Lifecycle['engage']>[0]) => {
    const type = ['visit', 'download', 'webinar'].includes(input.kind) ? 'bit' : input.kind;
    input.at = hashTime(type, input.sourceSystem, input.sourceEmailId ?? null, input.at);
    const r = lc.engage(input);
    afterChange(r.change);
    return r;
  };

  const vars = { first_name: p.firstName, company_name: p.company.name };

  const newItem = (e: Enrollment, stepIndex: number, earliest: number, createdAt: number): QueueItem | null => {
    const step = e.campaign.steps[stepIndex]!;
    const slot = ctx.allocator.allocate(e.campaign, step, earliest, p.index, rng);
    const item: QueueItem = {
      id: rng.uuid(),
      enrollment: e,
      step,
      accountId: slot?.account.id ?? null,
      accountType: slot?.account.type ?? null,
      scheduledFor: slot?.at ?? earliest,
      status: 'pending',
      attempts: 0,
      lastAttemptAt: null,
      lastError: null,
      externalId: null,
      sentAt: null,
      createdAt: Math.min(createdAt, (slot?.at ?? earliest) - MINUTE),
      updatedAt: createdAt,
      subject: step.subject ? render(step.subject, vars) : null,
      body: render(step.body, vars),
      message: null,
      events: [],
      history: null,
      accepted: false,
    };
    e.items.push(item);
    if (!slot) {
      item.status = 'failed';
      item.lastError = 'no sending account with capacity in the next 3 weeks';
      item.updatedAt = item.scheduledFor;
      e.stopped = 'failed';
      return null;
    }
    return item;
  };

  const scheduleNext = (e: Enrollment, after: QueueItem) => {
    const idx = e.campaign.steps.indexOf(after.step) + 1;
    if (idx >= e.campaign.steps.length) return;
    const step = e.campaign.steps[idx]!;
    const zone = e.campaign.zone;
    const due = localTime(zone, localDay(zone, after.scheduledFor) + step.delayDays, clock('07:00'));
    const item = newItem(e, idx, due, after.sentAt ?? after.scheduledFor);
    if (item) push({ t: item.scheduledFor, kind: 'send', item });
  };

  const pSend = (kind: 'open' | 'click' | 'reply') =>
    kind === 'open' ? 0.18 + 0.55 * interest : kind === 'click' ? 0.08 + 0.3 * interest : 0.012 + 0.13 * interest * interest;

  const doSend = (item: QueueItem, t: number) => {
    const e = item.enrollment;
    const c = e.campaign;
    const step = item.step;
    // A campaign that was paused or cancelled stops its queued sends.
    if (c.endAt !== null && t > c.endAt) {
      if (c.status === 'completed') {
        item.status = 'cancelled';
        item.lastError = 'campaign completed';
        e.stopped = 'completed';
      } else {
        item.status = 'cancelled';
        item.lastError = c.status === 'paused' ? 'campaign paused' : 'campaign cancelled';
        e.stopped = c.status === 'paused' ? 'paused' : 'cancelled';
      }
      item.updatedAt = c.endAt;
      return;
    }
    if (e.stopped) {
      item.status = 'skipped';
      item.lastError = `sequence stopped: ${e.stopped}`;
      item.updatedAt = t;
      return;
    }
    const stateBlocks = ['APPOINTMENT', 'CLIENT', 'UNSUBSCRIBED', 'DISQUALIFIED'].includes(lc.state) || dnc;
    if (stateBlocks) {
      item.status = 'skipped';
      item.lastError = `contact not eligible: ${dnc ? 'do_not_contact' : lc.state.toLowerCase()}`;
      item.updatedAt = t;
      e.stopped = lc.state === 'APPOINTMENT' || lc.state === 'CLIENT' ? 'meeting' : lc.state === 'DISQUALIFIED' ? 'bounced' : 'unsubscribed';
      return;
    }
    if (step.condition === 'connected' && !e.items.some((i) => i.accepted)) {
      item.status = 'skipped';
      item.lastError = 'not connected';
      item.updatedAt = t;
      scheduleNext(e, item);
      return;
    }
    const threadId = e.items.find((i) => i.message?.threadId)?.message?.threadId ?? `thr_${rng.hex(16)}`;
    const msg = {
      id: rng.uuid(),
      status: 'sent',
      openedAt: null,
      clickedAt: null,
      repliedAt: null,
      replyText: null,
      sentiment: null,
      errorMessage: null,
      threadId: step.channel === 'email' ? threadId : null,
    } as NonNullable<QueueItem['message']>;
    item.message = msg;
    // The worker is behind: some sends due in the last three days are still waiting in the queue
    // (three days, so a Sunday or Monday morning still finds the last working day's backlog and
    // todays_queue is never empty, whatever the hour the data is built).
    if (now - t < 72 * HOUR && rng.chance(now - t < 2 * HOUR ? 0.7 : 0.5)) {
      const processing = rng.chance(0.25);
      item.status = processing ? 'processing' : 'pending';
      msg.status = processing ? 'sending' : 'pending';
      item.updatedAt = processing ? now - rng.int(10, 200) * 1000 : item.createdAt;
      e.stopped = 'in-flight';
      return;
    }
    item.attempts = 1;
    if (rng.chance(0.03)) {
      // A transient error, retried with backoff.
      item.attempts = 2;
      t += rng.int(5, 30) * MINUTE;
    }
    item.lastAttemptAt = t;
    if (rng.chance(0.005)) {
      item.attempts = 3;
      item.status = 'failed';
      item.lastError = step.channel === 'email' ? '421 4.7.0 Try again later, closing connection' : 'Unipile: account session expired';
      item.updatedAt = t;
      msg.status = 'failed';
      msg.errorMessage = item.lastError;
      item.events.push({ id: rng.uuid(), type: 'failed', at: t, data: { attempts: 3, error: item.lastError }, replyText: null, sentiment: null });
      e.stopped = 'failed';
      return;
    }
    sendCount += 1;
    lastSendAt = t;
    item.sentAt = t;
    item.externalId = step.channel === 'email' ? `<${rng.hex(20)}@mail.gtm-graph.dev>` : `unipile_${rng.hex(18)}`;
    item.status = 'sent';
    item.updatedAt = t;
    item.history = { id: rng.uuid(), status: 'sent', repliedAt: null, sentiment: null };
    e.currentStep = step.step;
    e.startedAt ??= t;
    item.events.push({ id: rng.uuid(), type: 'sent', at: t, data: { provider: step.channel === 'email' ? 'smtp' : 'unipile', external_id: item.externalId }, replyText: null, sentiment: null });
    if (step.channel === 'email') {
      const bounceP = e.contact.emailStatus === 'risky' ? 0.14 : e.contact.emailStatus === 'unknown' ? 0.07 : 0.006;
      if (e.items.filter((i) => i.sentAt !== null).length === 1 && rng.chance(bounceP)) {
        const bt = t + rng.int(20, 300) * 1000;
        item.status = 'bounced';
        item.updatedAt = bt;
        msg.status = 'bounced';
        msg.errorMessage = '550 5.1.1 The email account that you tried to reach does not exist';
        item.history.status = 'bounced';
        // Engagement from a message event names it the way the lifecycle's outreach ingestion does
        // (source 'outreach', the message event id), so the sweep's reconciliation finds it ingested.
        const meId = rng.uuid();
        item.events.push({ id: meId, type: 'bounced', at: bt, data: { bounce_type: 'hard', smtp_code: 550 }, replyText: null, sentiment: null });
        e.stopped = 'bounced';
        engage({ kind: 'bounce', at: bt, subtype: 'hard_bounce', sourceSystem: 'outreach', sourceCampaignId: c.id, sourceEmailId: meId, metadata: { smtp_code: 550, message_event_id: meId, send_id: item.id } });
        return;
      }
      const dt = t + rng.int(2, 40) * 1000;
      item.status = 'delivered';
      item.updatedAt = dt;
      msg.status = 'delivered';
      item.history.status = 'delivered';
      item.events.push({ id: rng.uuid(), type: 'delivered', at: dt, data: {}, replyText: null, sentiment: null });
      if (rng.chance(pSend('open'))) {
        const ot = t + Math.floor(Math.min(rng.exp(7 * HOUR), 4 * DAY)) + MINUTE;
        push({ t: ot, kind: 'open', item });
        if (rng.chance(pSend('click'))) push({ t: ot + rng.int(15, 1800) * 1000, kind: 'click', item });
      }
      if (rng.chance(0.005)) push({ t: t + rng.int(1, 48) * HOUR, kind: 'unsubscribe', item, spam: rng.chance(0.15) });
    } else if (step.channel === 'linkedin_connect') {
      if (rng.chance(0.3 + 0.4 * interest)) push({ t: t + rng.int(1, 60) * HOUR, kind: 'accept', item });
    }
    if (rng.chance(pSend('reply'))) {
      const sentiment = rng.weighted(SENTIMENTS.map(([s, w]) => [s, s === 'positive' || s === 'question' ? w * (0.5 + interest) : w] as const));
      push({ t: t + Math.floor(Math.max(10 * MINUTE, Math.min(rng.exp(20 * HOUR), 6 * DAY))), kind: 'reply', item, sentiment });
    }
    scheduleNext(e, item);
  };

  const handle = (h: Happening) => {
    const t = h.t;
    switch (h.kind) {
      case 'enroll': {
        const { contact, campaign } = h;
        // The 60-day rule (across offers) and the 180-day pause after re-engagement is exhausted.
        let start = t;
        if (lastSendAt !== null) start = Math.max(start, lastSendAt + 60 * DAY + rng.int(0, 20) * DAY);
        if (exhaustedAt !== null) start = Math.max(start, exhaustedAt + 180 * DAY);
        if (start > t) {
          if (start <= campaign.lastEnrollAt && h.tries < 3) push({ ...h, t: start, tries: h.tries + 1 });
          return;
        }
        if (!eligibleForCold(t)) return;
        const e: Enrollment = {
          id: rng.uuid(),
          contact,
          campaign,
          addedAt: t,
          status: 'queued',
          currentStep: 0,
          startedAt: null,
          nextStepAt: null,
          completedAt: null,
          opened: false,
          clicked: false,
          replied: false,
          replySentiment: null,
          meetingBooked: false,
          stopped: null,
          items: [],
        };
        contact.enrollment = e;
        if (campaign.status === 'ready') return; // enrolled, waiting for launch
        const zone = campaign.zone;
        const day = localDay(zone, t);
        const item = newItem(e, 0, localTime(zone, day, clock('07:00')), t);
        if (item) {
          e.addedAt = Math.min(t, item.scheduledFor - 30 * MINUTE, now - rng.int(5, 300) * MINUTE);
          item.createdAt = e.addedAt;
          item.updatedAt = e.addedAt;
          push({ t: item.scheduledFor, kind: 'send', item });
        }
        return;
      }
      case 'send':
        doSend(h.item, t);
        return;
      case 'accept': {
        h.item.accepted = true;
        h.item.events.push({ id: rng.uuid(), type: 'delivered', at: t, data: { connection_accepted: true }, replyText: null, sentiment: null });
        return;
      }
      case 'open':
      case 'click': {
        const item = h.item;
        const e = item.enrollment;
        const m = item.message!;
        if (h.kind === 'open') {
          const meId = rng.uuid();
          const r = engage({ kind: 'open', at: t, subtype: 'email_open', sourceSystem: 'outreach', sourceCampaignId: e.campaign.id, sourceEmailId: meId, metadata: { message_id: m.id, message_event_id: meId, send_id: item.id, unique_key: uniqueKey('open', item.id, new Date(t)), step: item.step.step, client: rng.pick(['gmail', 'outlook', 'apple_mail', 'mobile']) } });
          m.openedAt ??= r.row.ts;
          e.opened = true;
          if (m.status === 'delivered' || m.status === 'sent') m.status = 'opened';
          item.events.push({ id: meId, type: 'opened', at: r.row.ts, data: { client: r.row.metadata.client }, replyText: null, sentiment: null });
        } else {
          const url = `https://${e.campaign.offer.slug}.example.com${rng.pick(WEBSITE_PAGES)}`;
          const meId = rng.uuid();
          const at = Math.max(t, (m.openedAt ?? t) + 1000);
          const r = engage({ kind: 'click', at, subtype: 'link_click', sourceSystem: 'outreach', sourceCampaignId: e.campaign.id, sourceEmailId: meId, metadata: { message_id: m.id, message_event_id: meId, send_id: item.id, url, unique_key: uniqueKey('click', url, new Date(at)) } });
          m.clickedAt ??= r.row.ts;
          e.clicked = true;
          if (m.status !== 'replied') m.status = 'clicked';
          item.events.push({ id: meId, type: 'clicked', at: r.row.ts, data: { url }, replyText: null, sentiment: null });
        }
        return;
      }
      case 'reply': {
        const item = h.item;
        const e = item.enrollment;
        const m = item.message!;
        const text = rng.pick(REPLIES[h.sentiment]);
        const meId = rng.uuid();
        const r = engage({ kind: 'reply', at: t, subtype: `${h.sentiment === 'ooo' ? 'ooo' : h.sentiment}_reply`, sourceSystem: 'outreach', sourceCampaignId: e.campaign.id, sourceEmailId: meId, sentiment: h.sentiment, metadata: { message_id: m.id, message_event_id: meId, send_id: item.id, channel: item.step.channel } });
        m.repliedAt = r.row.ts;
        m.replyText = text;
        m.sentiment = h.sentiment;
        m.status = 'replied';
        item.events.push({ id: meId, type: 'replied', at: r.row.ts, data: { channel: item.step.channel }, replyText: text, sentiment: h.sentiment });
        if (h.sentiment !== 'ooo') {
          // A reply stops the sequence and reaches the campaign contact and the outreach history.
          e.replied = true;
          e.replySentiment = h.sentiment;
          e.stopped = 'replied';
          item.history!.status = 'replied';
          item.history!.repliedAt = r.row.ts;
          item.history!.sentiment = h.sentiment;
          everReplied = true;
          lastReplyEnrollment = e;
        }
        return;
      }
      case 'unsubscribe': {
        const item = h.item;
        const e = item.enrollment;
        if (['UNSUBSCRIBED', 'CLIENT'].includes(lc.state)) return;
        const meId = rng.uuid();
        const r = engage({ kind: 'unsubscribe', at: t, subtype: h.spam ? 'spam_complaint' : 'unsubscribe_link', sourceSystem: 'outreach', sourceCampaignId: e.campaign.id, sourceEmailId: meId, metadata: { message_id: item.message!.id, message_event_id: meId, send_id: item.id } });
        item.events.push({ id: meId, type: h.spam ? 'spam' : 'unsubscribed', at: r.row.ts, data: {}, replyText: null, sentiment: null });
        if (h.spam) item.history!.status = 'spam';
        e.stopped = 'unsubscribed';
        dnc = true;
        return;
      }
      case 'talentflow': {
        const type = rng.weighted([
          ['job_change', 35],
          ['promotion', 30],
          ['company_change', 12],
          ['startup', 8],
          ['lateral', 15],
        ] as const);
        const verified = rng.chance(0.8);
        const moved = type === 'job_change' || type === 'company_change' || type === 'startup';
        const old = moved ? ctx.otherCompany(rng, p.company) : null;
        const oldTitle = type === 'promotion' ? p.title.title.replace(/^(VP|Head of|Chief)/, 'Senior Manager,').replace(/Director/, 'Senior Manager') : p.title.title;
        const signalId = rng.uuid();
        const r = engage({ kind: 'talentflow', at: t, subtype: type, sourceSystem: 'talentflow', sourceEmailId: null, verified, metadata: { signal_id: signalId, signal_type: type } });
        signals.push({
          id: signalId,
          type,
          ts: r.row.ts,
          verified,
          verifiedAt: verified ? r.row.ts + rng.int(1, 36) * HOUR : null,
          source: verified ? rng.pick(['linkedin', 'linkedin', 'crm', 'manual']) : null,
          confidence: verified ? Math.round(rng.between(0.72, 0.99) * 100) / 100 : Math.round(rng.between(0.3, 0.65) * 100) / 100,
          oldCompanyName: old?.name ?? null,
          oldCompanyId: old?.id ?? null,
          oldTitle,
          newTitle: p.title.title,
          triggered: r.row.triggered,
          eventId: r.row.id,
        });
        // A verified move makes the signal's processing time the verification time.
        if (verified) r.row.processedAt = Math.max(r.row.processedAt, r.row.ts);
        return;
      }
      case 'visit':
      case 'download':
      case 'webinar': {
        const meta =
          h.kind === 'visit'
            ? { page: rng.pick(WEBSITE_PAGES), seconds_on_page: rng.int(8, 400) }
            : h.kind === 'download'
              ? { asset: rng.pick(CONTENT_ASSETS) }
              : { webinar: `${p.company.vertical} GTM roundtable`, minutes_attended: rng.int(10, 55) };
        engage({ kind: h.kind, at: t, subtype: h.kind === 'visit' ? 'website_visit' : h.kind === 'download' ? 'content_download' : 'webinar_attended', sourceSystem: h.source, sourceEmailId: null, metadata: meta });
        return;
      }
      case 'nurture': {
        if (!['WARM', 'TALENTFLOW_WARM', 'APPOINTMENT'].includes(lc.state) || t > h.until) return;
        const ref = `nurture-${rng.hex(12)}`;
        engage({ kind: 'open', at: t, subtype: 'email_open', sourceSystem: 'hubspot', sourceEmailId: ref, metadata: { program: 'nurture', email: ref } });
        if (rng.chance(0.35)) engage({ kind: 'click', at: t + rng.int(20, 900) * 1000, subtype: 'link_click', sourceSystem: 'hubspot', sourceEmailId: ref, metadata: { program: 'nurture', url: `https://gtm-graph.dev${rng.pick(WEBSITE_PAGES)}` } });
        if (rng.chance(0.3)) engage({ kind: 'visit', at: t + rng.int(1, 30) * MINUTE, subtype: 'website_visit', sourceSystem: 'website', metadata: { page: rng.pick(WEBSITE_PAGES), seconds_on_page: rng.int(8, 400) } });
        push({ t: t + rng.int(3, 14) * DAY + rng.int(0, 600) * MINUTE, kind: 'nurture', until: h.until });
        return;
      }
      case 'book': {
        if (!isAllowedTransition(lc.state, 'EVENT_APPOINTMENT', 'APPOINTMENT')) return;
        const sourceFunnel = lc.funnel;
        const viaReply = lastReplyEnrollment !== null && ['positive', 'question', 'neutral'].includes(lastReplyEnrollment.replySentiment ?? '');
        const bookingSource = viaReply ? 'reply_booking' : rng.pick(['calendly', 'calendly', 'manual']);
        const zone = p.company.location.zone;
        const day = localDay(zone, t) + rng.int(3, 16);
        const ts = localTime(zone, day, clock(rng.pick(['09:30', '10:00', '11:00', '13:30', '14:00', '15:00', '16:00'])));
        const r = engage({ kind: 'appointment', at: t, subtype: 'meeting_booked', sourceSystem: bookingSource === 'calendly' ? 'calendly' : 'gtm-graph', metadata: { appointment_ts: new Date(ts).toISOString(), booking_source: bookingSource } });
        if (!r.change) return;
        const type = appointments.length === 0 ? rng.pick(['intro', 'discovery']) : rng.pick(['demo', 'proposal']);
        const minutes = type === 'intro' ? 30 : rng.pick([30, 45, 60]);
        const a: AppointmentRow = {
          id: rng.uuid(),
          ts,
          end: ts + minutes * MINUTE,
          zone,
          status: 'scheduled',
          outcome: 'pending',
          meetingType: type,
          meetingFormat: rng.weighted([
            ['video', 80],
            ['phone', 15],
            ['in_person', 5],
          ] as const),
          bookingSource,
          sourceFunnel,
          triggeringEventId: r.row.id,
          rescheduleCount: 0,
          originalTs: null,
          rescheduleReason: null,
          promotedToClient: false,
          promotedAt: null,
          demoted: false,
          demotedAt: null,
          followUpDate: null,
          notes: null,
          nextSteps: null,
          createdAt: r.row.ts,
          updatedAt: r.row.ts,
          attendees: [`${p.firstName} ${p.lastName}`],
          attendeeTitles: [p.title.title],
        };
        if (rng.chance(0.3)) {
          a.attendees.push(`${rng.pick(['Alex', 'Jordan', 'Sam', 'Taylor', 'Casey'])} ${rng.pick(['Reed', 'Cole', 'Hart', 'Lane'])}`);
          a.attendeeTitles.push(rng.pick(['Head of Operations', 'Finance Director', 'Engineering Manager']));
        }
        appointments.push(a);
        lc.meetingAt = ts;
        if (lastReplyEnrollment && viaReply) {
          lastReplyEnrollment.meetingBooked = true;
        }
        // Confirmation a day or two before; the meeting itself.
        if (ts - 2 * DAY > t && ts - 2 * DAY <= now && rng.chance(0.7)) {
          a.status = 'confirmed';
          a.updatedAt = ts - 2 * DAY;
        }
        push({ t: ts, kind: 'meeting', appointment: a });
        return;
      }
      case 'meeting': {
        const a = h.appointment;
        if (lc.state !== 'APPOINTMENT' || lc.meetingAt !== a.ts) return;
        const roll = rng.float();
        if (roll < 0.06) {
          a.status = 'cancelled';
          a.outcome = 'no_decision';
          a.updatedAt = a.ts - rng.int(2, 30) * HOUR;
          a.notes = 'Cancelled by prospect: priorities changed';
          return;
        }
        if (roll < 0.2) {
          if (a.rescheduleCount === 0 && rng.chance(0.4)) {
            // No-show, rebooked: the appointment moves (the reschedule trigger's job in the app).
            a.originalTs = a.ts;
            a.rescheduleCount = 1;
            a.rescheduleReason = 'No-show, rebooked by SDR';
            const day = localDay(a.zone, a.ts) + rng.int(3, 9);
            a.ts = localTime(a.zone, day, clock(rng.pick(['10:00', '11:30', '14:00', '15:30'])));
            a.end = a.ts + (a.end - a.originalTs);
            a.status = a.ts > now ? 'rescheduled' : 'scheduled';
            a.updatedAt = t + HOUR;
            lc.meetingAt = a.ts;
            push({ t: a.ts, kind: 'meeting', appointment: a });
            return;
          }
          a.status = 'no_show';
          a.outcome = 'no_decision';
          a.updatedAt = a.end + HOUR;
          a.notes = 'Prospect did not join';
          return;
        }
        a.status = 'completed';
        a.outcome = rng.weighted([
          ['positive', 45 + 30 * interest],
          ['neutral', 25],
          ['negative', 15],
          ['no_decision', 15],
        ] as const);
        a.updatedAt = a.end + rng.int(1, 5) * HOUR;
        lc.lastEngagement = Math.max(lc.lastEngagement ?? 0, a.end);
        a.notes = a.outcome === 'positive' ? 'Strong fit, budget confirmed for this quarter' : a.outcome === 'negative' ? 'Not a fit right now' : 'Needs internal alignment';
        a.followUpDate = a.outcome === 'negative' ? null : a.end + rng.int(2, 10) * DAY;
        a.nextSteps = a.outcome === 'positive' ? 'Send proposal and security docs' : a.outcome === 'negative' ? null : 'Follow up after their planning cycle';
        if (a.outcome === 'positive' && !ctx.clientCompanies.has(p.companyId) && rng.chance(0.6)) {
          push({ t: a.end + rng.int(3, 25) * DAY + rng.int(0, 480) * MINUTE, kind: 'sign', appointment: a });
        }
        return;
      }
      case 'sign': {
        if (lc.state !== 'APPOINTMENT' || ctx.clientCompanies.has(p.companyId)) return;
        const r = engage({ kind: 'signed', at: t, subtype: 'contract_signed', sourceSystem: 'hubspot', metadata: { appointment_id: h.appointment.id } });
        if (!r.change) return;
        ctx.clientCompanies.add(p.companyId);
        const a = h.appointment;
        a.promotedToClient = true;
        a.promotedAt = r.row.ts;
        a.updatedAt = Math.max(a.updatedAt, r.row.ts);
        const signedTs = r.row.ts;
        const startDate = signedTs + rng.int(0, 14) * DAY;
        const termMonths = rng.pick([3, 6, 12, 12, 12, 24]);
        const term = Math.round(termMonths * 30.44) * DAY;
        let endDate = startDate + term;
        const autoRenewal = rng.chance(0.5);
        let status: ClientRow['status'] = startDate > now ? 'signed' : 'active';
        let churnedAt: number | null = null;
        if (endDate < now) {
          if (autoRenewal) {
            while (endDate < now) endDate += term;
          } else status = rng.chance(0.7) ? 'completed' : 'churned';
          if (status === 'churned') churnedAt = endDate;
        } else if (status === 'active' && rng.chance(0.04)) {
          status = 'churned';
          churnedAt = startDate + Math.floor((now - startDate) * rng.float());
        }
        const lives = Math.max(5, Math.round(p.company.sizeExact * rng.between(0.3, 1)));
        const annual = Math.round((p.company.offers.length + 1) * rng.between(8_000, 60_000) * (lives > 200 ? 2 : 1));
        client = {
          id: rng.uuid(),
          signedTs,
          status,
          startDate,
          endDate,
          termMonths,
          lives,
          annual,
          sourceFunnel: a.sourceFunnel,
          appointmentId: a.id,
          daysToConversion: Math.floor((signedTs - enteredAt) / DAY),
          touchpoints: lc.events.length + sendCount,
          meetings: appointments.length,
          rep: rng.pick(SALES_REPS),
          autoRenewal,
          churnedAt,
          revenueType: rng.weighted([
            ['subscription', 80],
            ['one_time', 12],
            ['usage_based', 8],
          ] as const),
          channel: a.bookingSource === 'reply_booking' ? 'outbound_email' : a.sourceFunnel === 'TALENTFLOW_UNIVERSE' ? 'talentflow' : 'inbound_meeting',
        };
        return;
      }
      case 'reengagement-reply': {
        if (lc.state !== 'REENGAGEMENT' || lc.cycle !== h.cycle) return;
        const ref = `reengage-${rng.hex(12)}`;
        engage({ kind: 'reply', at: t, subtype: `${h.sentiment}_reply`, sourceSystem: 'gtm-graph-reengagement', sourceEmailId: ref, sentiment: h.sentiment, metadata: { cycle: h.cycle, text: rng.pick(REPLIES[h.sentiment]) } });
        return;
      }
      case 'override': {
        const user = rng.pick(OVERRIDE_USERS);
        const target: State | null =
          lc.state === 'SUSPECT' ? 'WARM' : lc.state === 'REENGAGEMENT' ? 'WARM' : lc.state === 'DISQUALIFIED' ? 'SUSPECT' : null;
        if (!target) return;
        const reason =
          lc.state === 'DISQUALIFIED'
            ? 'Email corrected after a typo in enrichment; verified by phone'
            : lc.state === 'SUSPECT'
              ? 'Met at SaaStr, asked for a follow-up'
              : 'Champion moved back into budget owner role';
        engage({ kind: 'override', at: t, subtype: 'manual_override', sourceSystem: 'gtm-graph-admin', metadata: { user: user.user, role: user.role, reason }, overrideTo: target, overrideUser: user.user, overrideReason: reason });
        if (target === 'SUSPECT') {
          lc.bounced = false;
          lc.disqualified = false;
        }
        return;
      }
    }
  };

  // ── the loop: happenings and lifecycle sweeps in time order, up to now ──
  for (;;) {
    const next = agenda[0];
    const due = lc.due();
    const tH = next ? next.t : Infinity;
    const tL = due ?? Infinity;
    const t = Math.min(tH, tL);
    if (t > now) break;
    if (tL <= tH) {
      const r = lc.fire();
      afterChange(r.change);
      if (r.cycle) {
        // A re-engagement email goes out each cycle; some people answer it.
        if (rng.chance(0.12 + 0.3 * interest)) {
          const sentiment = rng.weighted([
            ['positive', 40],
            ['question', 30],
            ['neutral', 30],
          ] as const);
          push({ t: r.at + rng.int(1, 12) * DAY + rng.int(0, 600) * MINUTE, kind: 'reengagement-reply', sentiment, cycle: r.cycle });
        }
      }
      continue;
    }
    agenda.shift();
    handle(next!);
  }

  // ── what lies beyond now: enrolments of the next days and the next step of each sequence ──
  for (const h of agenda.slice()) {
    if (h.kind !== 'enroll' || h.contact.enrollment) continue;
    if (h.campaign.status === 'ready') {
      // Enrolled ahead of the launch: waiting in 'queued'.
      if (eligibleForCold(now)) handle({ ...h, t: now - rng.int(1, 72) * HOUR });
      continue;
    }
    if (h.t > now + 5 * DAY || h.campaign.status !== 'active') continue;
    if (lastSendAt !== null && h.t < lastSendAt + 60 * DAY) continue;
    if (!eligibleForCold(h.t)) continue;
    handle(h);
  }
  agenda.sort((a, b) => a.t - b.t);
  for (const h of agenda) {
    if (h.kind !== 'send') continue;
    const item = h.item;
    const e = item.enrollment;
    if (e.campaign.endAt !== null && item.scheduledFor > e.campaign.endAt) {
      item.status = 'cancelled';
      item.lastError = e.campaign.status === 'paused' ? 'campaign paused' : 'campaign cancelled';
      item.updatedAt = e.campaign.endAt;
      e.stopped = e.campaign.status === 'paused' ? 'paused' : 'cancelled';
      continue;
    }
    if (e.stopped) {
      item.status = 'skipped';
      item.lastError = `sequence stopped: ${e.stopped}`;
      item.updatedAt = now - rng.int(1, 3600) * 1000;
      continue;
    }
    item.status = item.scheduledFor - now < 36 * HOUR ? 'scheduled' : 'pending';
    item.message = {
      id: rng.uuid(),
      status: item.status === 'scheduled' ? 'queued' : 'pending',
      openedAt: null,
      clickedAt: null,
      repliedAt: null,
      replyText: null,
      sentiment: null,
      errorMessage: null,
      threadId: null,
    };
    e.nextStepAt = item.scheduledFor;
  }
  lc.finish(now, () => rng.uuid());
  finishEnrollments(p, lc.state, now);
  return { lc, appointments, signals, client, enteredAt, sendCount, dnc };
}

/** Campaign-contact and contact statuses from what happened. */
function finishEnrollments(p: Person, state: State, now: number): void {
  for (const contact of p.contacts) {
    const e = contact.enrollment;
    if (!e) continue;
    const sent = e.items.filter((i) => i.sentAt !== null);
    const last = sent[sent.length - 1];
    if (e.campaign.status === 'ready' || (!sent.length && !e.items.some((i) => i.status === 'pending' || i.status === 'scheduled' || i.status === 'processing') && !e.stopped)) {
      e.status = 'queued';
      e.nextStepAt = e.campaign.status === 'ready' ? e.campaign.startAt : e.nextStepAt;
    } else if (e.meetingBooked) e.status = 'meeting';
    else if (e.stopped === 'replied') e.status = 'replied';
    else if (e.stopped === 'bounced') e.status = 'bounced';
    else if (e.stopped === 'unsubscribed') e.status = 'unsubscribed';
    else if (e.stopped === 'failed') e.status = 'failed';
    else if (e.stopped === 'paused') e.status = 'paused';
    else if (e.stopped === 'meeting') e.status = 'completed';
    else if (e.stopped === 'in-flight') e.status = 'in_progress';
    else if (e.nextStepAt !== null) e.status = e.nextStepAt - now < 24 * 3600_000 ? 'in_progress' : 'waiting';
    else if (!sent.length) e.status = 'queued';
    else e.status = 'completed';
    if (['completed', 'replied', 'meeting', 'bounced', 'unsubscribed', 'failed'].includes(e.status) && last) {
      const endTs = Math.max(last.updatedAt, ...last.events.map((x) => x.at));
      e.completedAt = Math.min(now, endTs);
    }
    if (e.status === 'queued' && !sent.length) e.startedAt = null;
    // The contact row's own status follows its enrolment.
    contact.status =
      e.status === 'meeting'
        ? state === 'CLIENT'
          ? 'converted'
          : 'meeting'
        : e.status === 'replied'
          ? 'replied'
          : e.status === 'bounced'
            ? 'bounced'
            : e.status === 'unsubscribed'
              ? 'unsubscribed'
              : sent.length
                ? 'contacted'
                : 'queued';
  }
}

function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * (rng.float() + rng.float() + rng.float() - 1.5) * 2));
  const l = Math.exp(-lambda);
  let k = 0;
  let prod = rng.float();
  while (prod > l) {
    k += 1;
    prod *= rng.float();
  }
  return k;
}

/**
 * The event hash (engagement_events.event_hash): SHA-256 of
 * "gtm-graph:event:v1|person|type|source system|source email id|hour in UTC", the canonical
 * string of funnel.generate_event_hash and src/modules/funnel/event-hash.ts (sql-objects).
 */
export function eventHash(personId: string, type: string, source: string, emailId: string | null, ts: number): string {
  const esc = (v: string | null) => (v ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const hour = `${new Date(ts).toISOString().slice(0, 13)}:00:00Z`;
  return createHash('sha256').update(['gtm-graph:event:v1', personId, type, esc(source), esc(emailId), hour].join('|'), 'utf8').digest('hex');
}

export type { EventRow };
