// Enrolling contacts into a campaign, by ids or by a contact filter, in one transaction: one
// statement decides every candidate with the enrolment rule (eligibility.sql.ts, the SQL twin of
// enrolmentSkipReason), inserts the eligible ones into campaign_contacts (status queued, due now)
// and marks those contacts queued; then the campaign's metrics are recomputed from the raw rows
// (update_campaign_metrics). The campaign row
// is locked first, so enrolments of one campaign and its status changes run one after another.
//
// The 60-day rule is checked again when a send goes out (the sending worker), since two
// campaigns of different offers may enrol the same person before either sends.
import { prisma } from '../../db.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import type { Campaign } from '../../generated/prisma/client.js';
import type { CampaignStatusValue } from '../common/enums.js';
import type { ListArgs } from '../common/list.js';
import { contactList } from '../offers/contact.type.js';
import { ENROLLABLE_STATUSES, type SkipReason } from './campaigns.rules.js';
import { enrolmentDecisionsCtes } from './eligibility.sql.js';

/** Most contacts one enrolment call considers. */
export const MAX_ENROLMENT_CANDIDATES = 10_000;

export interface EnrolContactsInput {
  campaignId: string;
  contactIds?: readonly string[] | null;
  filter?: ListArgs['filter'];
  /** The moment the rules are judged at (default: now). */
  now?: Date;
}

export interface EnrolmentResult {
  campaign: Campaign;
  enrolledContactIds: string[];
  skipped: { contactId: string; reason: SkipReason }[];
}

export async function enrollContacts(input: EnrolContactsInput): Promise<EnrolmentResult> {
  const byIds = input.contactIds != null;
  if (byIds === (input.filter != null)) {
    throw new ValidationFailedError([{ path: '', message: 'give exactly one of contactIds and filter' }]);
  }
  if (byIds && input.contactIds!.length > MAX_ENROLMENT_CANDIDATES) {
    throw new ValidationFailedError([{ path: 'contactIds', message: `at most ${MAX_ENROLMENT_CANDIDATES} contacts per call` }]);
  }
  const now = input.now ?? new Date();

  return prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ status: CampaignStatusValue; offer_id: string; steps: number | null }[]>`
        SELECT status, offer_id::text,
               jsonb_array_length(CASE WHEN jsonb_typeof(scheduling_config -> 'steps') = 'array'
                                       THEN scheduling_config -> 'steps' END) AS steps
        FROM campaigns WHERE id = ${input.campaignId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw new NotFoundError('Campaign', input.campaignId);
      const { status, offer_id: offerId, steps } = rows[0]!;
      if (!ENROLLABLE_STATUSES.includes(status)) throw new ConflictError(`The campaign is ${status}; nobody can be enrolled`);

      let candidates: string[];
      if (byIds) {
        candidates = [...new Set(input.contactIds)];
      } else {
        const where = contactList.where({ filter: input.filter });
        const found = await tx.contact.findMany({
          where: { AND: [where, { offerId }] },
          select: { id: true },
          orderBy: { id: 'asc' },
          take: MAX_ENROLMENT_CANDIDATES + 1,
        });
        if (found.length > MAX_ENROLMENT_CANDIDATES) {
          throw new ValidationFailedError([
            { path: 'filter', message: `matches more than ${MAX_ENROLMENT_CANDIDATES} contacts; narrow it` },
          ]);
        }
        candidates = found.map((c) => c.id);
      }

      const decided = candidates.length
        ? await tx.$queryRaw<{ contact_id: string; reason: SkipReason | null; enrolled: boolean }[]>`
            WITH ${enrolmentDecisionsCtes(input.campaignId, candidates, now)},
            enrolled AS (
              INSERT INTO campaign_contacts (campaign_id, contact_id, status, max_step, added_at, next_step_at)
              SELECT ${input.campaignId}::uuid, contact_id, 'queued', ${steps}::int, ${now}::timestamptz, ${now}::timestamptz
              FROM decisions WHERE reason IS NULL
              ON CONFLICT (campaign_id, contact_id) DO NOTHING
              RETURNING contact_id
            ),
            marked AS (
              UPDATE contacts SET status = 'queued', updated_at = now()
              WHERE id IN (SELECT contact_id FROM enrolled)
              RETURNING id
            )
            SELECT d.contact_id::text AS contact_id, d.reason, (e.contact_id IS NOT NULL) AS enrolled
            FROM decisions AS d LEFT JOIN enrolled AS e ON e.contact_id = d.contact_id
            ORDER BY d.contact_id`
        : [];

      // The campaign's counters, recomputed from the raw rows (the same function the views use).
      await tx.$executeRaw`SELECT public.update_campaign_metrics(${input.campaignId}::uuid)`;

      const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: input.campaignId } });
      return {
        campaign,
        enrolledContactIds: decided.filter((d) => d.enrolled).map((d) => d.contact_id),
        skipped: decided
          .filter((d) => !d.enrolled)
          .map((d) => ({ contactId: d.contact_id, reason: d.reason ?? 'ALREADY_ENROLLED' })),
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
