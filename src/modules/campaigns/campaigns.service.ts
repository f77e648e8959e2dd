// Campaign writes: create and update (with the structured slug built and checked), status changes
// along the campaign state machine, each one transaction.
//
// Queued sends follow the campaign (decided here; the sending worker relies on it):
// - Pausing moves the campaign's `pending` and `scheduled` send_queue items to `held`, in the
//   transaction that pauses it. Resuming (paused → active) moves `held` items back to `pending`
//   (pending and scheduled are claimed alike, so nothing is lost).
// - Cancelling or completing moves `pending`, `scheduled` and `held` items to `cancelled`, with
//   last_error saying why; contacts enrolled but never sent to go back from `queued` to `ready`.
// - The worker (src/modules/sending/worker/queue.service.ts) claims only `pending`/`scheduled`
//   items with FOR UPDATE SKIP LOCKED and checks the campaign's status in the claim (it does not
//   lock the campaign row: that would deadlock with this transaction, which holds the campaign
//   and then updates queue rows). The UPDATE of the queue below waits for rows a claim holds, so
//   a claim either commits first (its item is `processing`, an in-flight send the pause cannot
//   recall) or its items are held here first and never claimed; an item claimed while the
//   campaign is already paused is set to `held` by the claim itself. A `processing` item is never
//   touched here.
// - The sequencer that queues later steps must likewise only queue for active campaigns.
import { prisma, type Tx } from '../../db.js';
import { ConflictError, InvalidTransitionError, NotFoundError, ValidationFailedError, type FieldProblem } from '../../errors.js';
import { type Campaign, Prisma } from '../../generated/prisma/client.js';
import type { AccountTypeValue, CampaignChannelValue, CampaignStatusValue, CampaignTypeValue } from '../common/enums.js';
import {
  accountFitsChannel,
  buildCampaignSlug,
  canMoveCampaign,
  checkSendWindow,
  queueEffect,
} from './campaigns.rules.js';

export interface TargetCriteriaInput {
  companyStatus?: string[] | null;
  contactStatus?: string[] | null;
  minFitScore?: number | null;
  connectionDegrees?: number[] | null;
  exclude1stDegree?: boolean | null;
  signal?: string | null;
  icpTarget?: string | null;
  signals?: { type?: string | null; description?: string | null; priority?: string | null }[] | null;
}

export interface SchedulingConfigInput {
  steps?: { step: number; type: string; delayDays?: number | null; condition?: string | null }[] | null;
  stopOnReply?: boolean | null;
  maxTouches?: number | null;
}

export interface CampaignFields {
  name?: string | null;
  channel?: CampaignChannelValue | null;
  campaignType?: CampaignTypeValue | null;
  accountId?: string | null;
  accountIds?: string[] | null;
  targetCriteria?: TargetCriteriaInput | null;
  sequenceConfig?: Record<string, unknown> | null;
  schedulingConfig?: SchedulingConfigInput | null;
  sendWindowStart?: string | null;
  sendWindowEnd?: string | null;
  sendDays?: number[] | null;
  timezone?: string | null;
}

export interface CreateCampaignInput extends CampaignFields {
  offerId: string;
  name: string;
  channel: CampaignChannelValue;
}

export interface UpdateCampaignInput extends CampaignFields {
  id: string;
}

/** Drops keys whose value is undefined or null, so the stored JSON has only what was said. */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}

/** The stored (snake_case) shape of target criteria. */
export function targetCriteriaJson(t: TargetCriteriaInput): Record<string, unknown> {
  return compact({
    company_status: t.companyStatus,
    contact_status: t.contactStatus,
    min_fit_score: t.minFitScore,
    connection_degrees: t.connectionDegrees,
    exclude_1st_degree: t.exclude1stDegree,
    signal: t.signal,
    icp_target: t.icpTarget,
    signals: t.signals?.map((s) => compact({ type: s.type, description: s.description, priority: s.priority })),
  });
}

/** The stored (snake_case) shape of a scheduling configuration. */
export function schedulingConfigJson(s: SchedulingConfigInput): Record<string, unknown> {
  return compact({
    steps: s.steps?.map((x) => compact({ step: x.step, type: x.type, delay_days: x.delayDays, condition: x.condition })),
    stop_on_reply: s.stopOnReply,
    max_touches: s.maxTouches,
  });
}

/** "09:00" → the Date Prisma writes into a TIME column. */
function timeValue(time: string): Date {
  const [h = '0', m = '0', s = '0'] = time.replace(/Z$/, '').split(':');
  return new Date(Date.UTC(1970, 0, 1, Number(h), Number(m), Math.floor(Number(s))));
}

function timeText(value: Date): string {
  return value.toISOString().slice(11, 19);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

interface ResolvedAccounts {
  primary: { id: string; name: string; type: AccountTypeValue } | null;
  listed: { id: string; name: string; type: AccountTypeValue }[];
}

async function resolveAccounts(
  tx: Tx,
  channel: CampaignChannelValue,
  accountId: string | null,
  accountIds: readonly string[],
): Promise<ResolvedAccounts> {
  const ids = [...new Set([...(accountId ? [accountId] : []), ...accountIds])];
  const rows = ids.length ? await tx.account.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, type: true } }) : [];
  const byId = new Map(rows.map((r) => [r.id, { ...r, type: r.type as AccountTypeValue }]));
  for (const id of ids) if (!byId.has(id)) throw new NotFoundError('Account', id);
  const problems: FieldProblem[] = [];
  ids.forEach((id) => {
    const a = byId.get(id)!;
    if (!accountFitsChannel(channel, a.type)) {
      problems.push({
        path: id === accountId ? 'accountId' : 'accountIds',
        message: `${a.type} account ${a.name} cannot send a ${channel} campaign`,
      });
    }
  });
  if (problems.length) throw new ValidationFailedError(problems);
  return { primary: accountId ? byId.get(accountId)! : null, listed: accountIds.map((id) => byId.get(id)!) };
}

/** Everything a campaign row needs, checked; shared by create and update. */
async function prepare(
  tx: Tx,
  offerSlug: string | null,
  merged: Required<{ [K in keyof CampaignFields]: CampaignFields[K] }> & {
    channel: CampaignChannelValue;
    campaignType: CampaignTypeValue;
  },
) {
  const accounts = await resolveAccounts(tx, merged.channel, merged.accountId ?? null, merged.accountIds ?? []);
  const target = merged.targetCriteria ?? {};
  const sendWindowStart = merged.sendWindowStart ?? '09:00:00';
  const sendWindowEnd = merged.sendWindowEnd ?? '17:00:00';
  const sendDays = [...new Set(merged.sendDays ?? [1, 2, 3, 4, 5])].sort();
  const problems = checkSendWindow(sendWindowStart, sendWindowEnd, sendDays);
  const built = buildCampaignSlug({
    campaignType: merged.campaignType,
    offer: offerSlug,
    channel: merged.channel,
    signal: target.signal,
    icp: target.icpTarget,
    account: (accounts.primary ?? accounts.listed[0])?.name,
  });
  if ('problems' in built) problems.push(...built.problems);
  if (problems.length) throw new ValidationFailedError(problems);
  return {
    campaignSlug: (built as { slug: string }).slug,
    accountIds: accounts.listed.map((a) => ({ id: a.id, name: a.name, type: a.type })),
    sendWindowStart: timeValue(sendWindowStart),
    sendWindowEnd: timeValue(sendWindowEnd),
    sendDays,
  };
}

/** Creates a draft campaign of an offer; its slug is built from its type, offer, channel, signal, ICP and account. */
export async function createCampaign(input: CreateCampaignInput): Promise<Campaign> {
  try {
    return await prisma.$transaction(async (tx) => {
      const offer = await tx.offer.findUnique({ where: { id: input.offerId }, select: { slug: true } });
      if (!offer) throw new NotFoundError('Offer', input.offerId);
      const campaignType = input.campaignType ?? 'cold_outreach';
      const prepared = await prepare(tx, offer.slug, {
        name: input.name,
        channel: input.channel,
        campaignType,
        accountId: input.accountId ?? null,
        accountIds: input.accountIds ?? null,
        targetCriteria: input.targetCriteria ?? null,
        sequenceConfig: input.sequenceConfig ?? null,
        schedulingConfig: input.schedulingConfig ?? null,
        sendWindowStart: input.sendWindowStart ?? null,
        sendWindowEnd: input.sendWindowEnd ?? null,
        sendDays: input.sendDays ?? null,
        timezone: input.timezone ?? null,
      });
      return tx.campaign.create({
        data: {
          offerId: input.offerId,
          name: input.name.trim(),
          channel: input.channel,
          campaignType,
          accountId: input.accountId ?? null,
          campaignSlug: prepared.campaignSlug,
          accountIds: prepared.accountIds.length ? prepared.accountIds : Prisma.DbNull,
          targetCriteria: input.targetCriteria ? (targetCriteriaJson(input.targetCriteria) as Prisma.InputJsonObject) : Prisma.DbNull,
          sequenceConfig: (input.sequenceConfig as Prisma.InputJsonObject | undefined) ?? Prisma.DbNull,
          schedulingConfig: input.schedulingConfig
            ? (schedulingConfigJson(input.schedulingConfig) as Prisma.InputJsonObject)
            : Prisma.DbNull,
          sendWindowStart: prepared.sendWindowStart,
          sendWindowEnd: prepared.sendWindowEnd,
          sendDays: prepared.sendDays,
          timezone: input.timezone ?? undefined,
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('Another campaign already has this slug; change its name parts (signal, ICP target or account)');
    throw error;
  }
}

/**
 * Changes the given fields of a campaign that is not over (completed or cancelled). Target
 * criteria and scheduling configuration are replaced as a whole. The slug is rebuilt.
 */
export async function updateCampaign(input: UpdateCampaignInput): Promise<Campaign> {
  try {
    return await prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM campaigns WHERE id = ${input.id}::uuid FOR UPDATE`;
      if (locked.length === 0) throw new NotFoundError('Campaign', input.id);
      const current = await tx.campaign.findUniqueOrThrow({ where: { id: input.id }, include: { offer: { select: { slug: true } } } });
      if (current.status === 'completed' || current.status === 'cancelled') {
        throw new ConflictError(`The campaign is ${current.status}; it can no longer be changed`);
      }
      if (input.name === null) throw new ValidationFailedError([{ path: 'name', message: 'cannot be cleared' }]);
      const storedAccountIds = Array.isArray(current.accountIds)
        ? current.accountIds.map((a) => String((a as { id?: unknown })?.id ?? '')).filter(Boolean)
        : [];
      const storedTarget = (current.targetCriteria ?? {}) as Record<string, unknown>;
      const channel = input.channel ?? (current.channel as CampaignChannelValue);
      const campaignType = input.campaignType ?? (current.campaignType as CampaignTypeValue);
      const targetCriteria =
        input.targetCriteria !== undefined
          ? input.targetCriteria
          : { signal: storedTarget.signal as string | undefined, icpTarget: storedTarget.icp_target as string | undefined };
      const prepared = await prepare(tx, current.offer.slug, {
        name: input.name ?? current.name,
        channel,
        campaignType,
        accountId: input.accountId !== undefined ? input.accountId : current.accountId,
        accountIds: input.accountIds !== undefined ? input.accountIds : storedAccountIds,
        targetCriteria,
        sequenceConfig: null,
        schedulingConfig: null,
        sendWindowStart: input.sendWindowStart ?? timeText(current.sendWindowStart),
        sendWindowEnd: input.sendWindowEnd ?? timeText(current.sendWindowEnd),
        sendDays: input.sendDays ?? current.sendDays,
        timezone: input.timezone ?? current.timezone,
      });
      const json = <T>(value: T | null | undefined, map: (v: T) => Record<string, unknown>) =>
        value === undefined ? undefined : value === null ? Prisma.DbNull : (map(value) as Prisma.InputJsonObject);
      return tx.campaign.update({
        where: { id: input.id },
        data: {
          name: input.name?.trim() ?? undefined,
          channel,
          campaignType,
          accountId: input.accountId,
          campaignSlug: prepared.campaignSlug,
          accountIds: input.accountIds === undefined ? undefined : prepared.accountIds.length ? prepared.accountIds : Prisma.DbNull,
          targetCriteria: json(input.targetCriteria, targetCriteriaJson),
          sequenceConfig: json(input.sequenceConfig, (v) => v),
          schedulingConfig: json(input.schedulingConfig, schedulingConfigJson),
          sendWindowStart: prepared.sendWindowStart,
          sendWindowEnd: prepared.sendWindowEnd,
          sendDays: prepared.sendDays,
          timezone: input.timezone ?? undefined,
          updatedAt: new Date(),
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('Another campaign already has this slug; change its name parts (signal, ICP target or account)');
    throw error;
  }
}

export interface CampaignStatusChange {
  campaign: Campaign;
  /** Queued sends set aside (pause). */
  heldSends: number;
  /** Held sends put back in the queue (resume). */
  releasedSends: number;
  /** Queued or held sends cancelled (cancel, complete). */
  cancelledSends: number;
}

/** Moves a campaign to another status and applies the queue effect in the same transaction. */
export async function changeCampaignStatus(input: { id: string; status: CampaignStatusValue }): Promise<CampaignStatusChange> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: CampaignStatusValue }[]>`
      SELECT status FROM campaigns WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (rows.length === 0) throw new NotFoundError('Campaign', input.id);
    const from = rows[0]!.status;
    const to = input.status;
    if (!canMoveCampaign(from, to)) throw new InvalidTransitionError('Campaign', from, to, null);
    const { count } = await tx.campaign.updateMany({
      where: { id: input.id, status: from },
      data: { status: to, updatedAt: new Date() },
    });
    if (count !== 1) throw new InvalidTransitionError('Campaign', from, to, null, 'The campaign changed meanwhile; try again');
    const change = { heldSends: 0, releasedSends: 0, cancelledSends: 0 };
    switch (queueEffect(from, to)) {
      case 'hold':
        change.heldSends = await tx.$executeRaw`
          UPDATE send_queue SET status = 'held', updated_at = now()
          WHERE campaign_id = ${input.id}::uuid AND status IN ('pending', 'scheduled')`;
        break;
      case 'release':
        change.releasedSends = await tx.$executeRaw`
          UPDATE send_queue SET status = 'pending', updated_at = now()
          WHERE campaign_id = ${input.id}::uuid AND status = 'held'`;
        break;
      case 'cancel':
        change.cancelledSends = await tx.$executeRaw`
          UPDATE send_queue SET status = 'cancelled', last_error = ${`campaign ${to}`}, updated_at = now()
          WHERE campaign_id = ${input.id}::uuid AND status IN ('pending', 'scheduled', 'held')`;
        await releaseUncontactedContacts(tx, input.id);
        break;
      case 'none':
        break;
    }
    const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: input.id } });
    return { campaign, ...change };
  });
}

/** Contacts enrolled in a finished campaign but never sent to are ready again (queued → ready). */
async function releaseUncontactedContacts(tx: Tx, campaignId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE contacts AS co SET status = 'ready', updated_at = now()
    FROM campaign_contacts AS cc
    WHERE cc.campaign_id = ${campaignId}::uuid AND cc.contact_id = co.id
      AND cc.current_step = 0 AND co.status = 'queued'`;
}
