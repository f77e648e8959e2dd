// The enrolment rule (campaigns.rules.ts enrolmentSkipReason) applied to many contacts in one
// statement. Each CASE branch mirrors one line of the pure function, in the same order; a test
// runs one table of cases through both. The sending worker can reuse recentSendsSql to honour the
// 60-day rule at send time.
//
// People are matched across offers the way contacts_ready does: by contact row, by normalized
// email and by normalized LinkedIn URL (public.normalize_email / normalize_linkedin_url, the SQL
// twins of src/modules/common/normalize.ts). The three matches are separate equi-joins (hash
// joins), not one OR join, so a large history is read once.
import { Prisma } from '../../generated/prisma/client.js';
import { COOLDOWN_HOURS } from './campaigns.rules.js';

/**
 * Sends to any of the people in `people` (a relation with columns contact_id, nemail, nlinkedin)
 * in the 60 days before `now`: one row (contact_id, sent_at) per matching send.
 */
export function recentSendsSql(people: Prisma.Sql, now: Date): Prisma.Sql {
  const since = Prisma.sql`${now}::timestamptz - make_interval(hours => ${COOLDOWN_HOURS})`;
  return Prisma.sql`
    SELECT p.contact_id, h.sent_at FROM ${people} AS p
      JOIN public.outreach_history AS h ON h.contact_id = p.contact_id
      WHERE h.sent_at > ${since}
    UNION ALL
    SELECT p.contact_id, h.sent_at FROM ${people} AS p
      JOIN public.outreach_history AS h ON public.normalize_email(h.contact_email) = p.nemail
      WHERE h.sent_at > ${since}
    UNION ALL
    SELECT p.contact_id, h.sent_at FROM ${people} AS p
      JOIN public.outreach_history AS h ON public.normalize_linkedin_url(h.contact_linkedin_url) = p.nlinkedin
      WHERE h.sent_at > ${since}`;
}

/**
 * CTEs `decisions(contact_id uuid, reason text)`: for each candidate id, why it may not be enrolled
 * in the campaign at `now`, or NULL when it may. Use as `WITH ${enrolmentDecisionsCtes(…)} SELECT …`.
 */
export function enrolmentDecisionsCtes(campaignId: string, contactIds: readonly string[], now: Date): Prisma.Sql {
  return Prisma.sql`
    campaign AS (
      SELECT id, offer_id, channel FROM public.campaigns WHERE id = ${campaignId}::uuid
    ),
    candidates AS (
      SELECT DISTINCT unnest(${contactIds as string[]}::uuid[]) AS id
    ),
    base AS (
      SELECT
        cand.id AS contact_id,
        co.id IS NOT NULL AS found,
        co.offer_id = campaign.offer_id AS same_offer,
        campaign.channel,
        co.status,
        co.skip_reason,
        co.connection_degree,
        co.already_contacted,
        co.eligible_for_outreach,
        co.global_status,
        co.email_status,
        public.normalize_email(co.email) AS nemail,
        public.normalize_linkedin_url(co.linkedin_url) AS nlinkedin,
        EXISTS (
          SELECT 1 FROM public.campaign_contacts AS cc WHERE cc.campaign_id = campaign.id AND cc.contact_id = cand.id
        ) AS already_enrolled
      FROM candidates AS cand
      CROSS JOIN campaign
      LEFT JOIN public.contacts AS co ON co.id = cand.id
    ),
    dnc_emails AS (
      SELECT DISTINCT public.normalize_email(x.email) AS k FROM public.contacts AS x
      WHERE x.global_status = 'do_not_contact' AND x.email IS NOT NULL
    ),
    dnc_linkedins AS (
      SELECT DISTINCT public.normalize_linkedin_url(x.linkedin_url) AS k FROM public.contacts AS x
      WHERE x.global_status = 'do_not_contact' AND x.linkedin_url IS NOT NULL
    ),
    last_sent AS (
      SELECT s.contact_id, max(s.sent_at) AS last_sent_at
      FROM (${recentSendsSql(Prisma.sql`base`, now)}) AS s
      GROUP BY s.contact_id
    ),
    facts AS (
      SELECT
        b.*,
        (b.global_status = 'do_not_contact' OR b.status = 'unsubscribed'
          OR b.nemail IN (SELECT k FROM dnc_emails) OR b.nlinkedin IN (SELECT k FROM dnc_linkedins)) AS do_not_contact,
        b.nemail IS NOT NULL AS has_email,
        b.email_status IS NOT DISTINCT FROM 'invalid' AS email_invalid,
        b.nlinkedin IS NOT NULL AS has_linkedin,
        ls.last_sent_at
      FROM base AS b
      LEFT JOIN last_sent AS ls ON ls.contact_id = b.contact_id
    ),
    decisions AS (
      SELECT contact_id, CASE
        WHEN NOT found THEN 'NOT_FOUND'
        WHEN NOT same_offer THEN 'OTHER_OFFER'
        WHEN already_enrolled THEN 'ALREADY_ENROLLED'
        WHEN do_not_contact THEN 'DO_NOT_CONTACT'
        WHEN status = 'bounced' THEN 'BOUNCED'
        WHEN NOT eligible_for_outreach THEN 'EXCLUDED'
        WHEN channel = 'email' AND NOT has_email THEN 'NO_EMAIL'
        WHEN channel = 'email' AND email_invalid THEN 'EMAIL_INVALID'
        WHEN channel = 'linkedin' AND NOT has_linkedin THEN 'NO_LINKEDIN'
        WHEN channel = 'multi' AND NOT (has_email AND NOT email_invalid) AND NOT has_linkedin
          THEN CASE WHEN has_email THEN 'EMAIL_INVALID' ELSE 'NO_ADDRESS' END
        WHEN status NOT IN ('ready', 'enriched') THEN 'NOT_READY'
        WHEN skip_reason IS NOT NULL THEN 'SKIPPED'
        WHEN connection_degree = 1 THEN 'FIRST_DEGREE'
        WHEN already_contacted THEN 'ALREADY_CONTACTED'
        WHEN last_sent_at IS NOT NULL THEN 'CONTACTED_RECENTLY'
      END AS reason
      FROM facts
    )`;
}
