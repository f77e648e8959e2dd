// funnelDashboard: the funnel's reporting views (funnel.v_*), counts by state and funnel, and the
// stage-to-stage conversion rates. Lists of records return the nodes themselves (one query per
// list, in the view's order); money and rates are Decimal strings.
import { builder, MAX_PAGE_SIZE } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  activeClientIds,
  type AppointmentOutcomeRow,
  appointmentOutcomes,
  type CurrentBitRow,
  currentBitScores,
  monthlyConversions,
  movementSummary,
  type MovementSummaryRow,
  recentMovementIds,
  type RenewalRow,
  revenueByFunnel,
  type RevenueRow,
  type StageConversion,
  stageConversions,
  type StateFunnelCount,
  stateFunnelCounts,
  upcomingAppointmentIds,
  upcomingRenewals,
} from './dashboards.service.js';
import { bitLevel } from './funnel.rules.js';
import { funnelSettings } from './funnel.settings.js';
import { BitLevel, FunnelMembership, LifecycleEventType, LifecycleState } from './funnel-enums.type.js';
import { Appointment, ClientConversion, ProspectMovement } from './journey.type.js';
import { Prospect } from './prospect.type.js';

/** Rows of `ids` in that order. */
function inOrder<T>(ids: string[], rows: T[], key: (r: T) => string): T[] {
  const byId = new Map(rows.map((r) => [key(r), r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

export const StateFunnelCountType = builder.objectRef<StateFunnelCount>('FunnelStateCount').implement({
  description: 'People in one state and funnel.',
  fields: (t) => ({
    state: t.field({ type: LifecycleState, description: 'The state.', resolve: (r) => r.state }),
    funnel: t.field({ type: FunnelMembership, description: 'The funnel.', resolve: (r) => r.funnel }),
    people: t.int({ description: 'People.', resolve: (r) => r.people }),
    active: t.int({ description: 'Of them, not bounced, unsubscribed or disqualified.', resolve: (r) => r.active }),
  }),
});

const MovementSummaryType = builder.objectRef<MovementSummaryRow>('FunnelMovementSummary').implement({
  description: 'State changes by (from, to, event) (funnel.v_movement_summary).',
  fields: (t) => ({
    fromState: t.field({ type: LifecycleState, description: 'From.', resolve: (r) => r.from_state }),
    toState: t.field({ type: LifecycleState, description: 'To.', resolve: (r) => r.to_state }),
    eventType: t.field({ type: LifecycleEventType, description: 'On.', resolve: (r) => r.event_type }),
    movementCount: t.int({ description: 'How many.', resolve: (r) => r.movement_count }),
    overrideCount: t.int({ description: 'Of them, manual overrides.', resolve: (r) => r.override_count }),
    failedValidationCount: t.int({ description: 'Of them, recorded with a failed validation.', resolve: (r) => r.failed_validation_count }),
    firstMovementAt: t.field({ type: 'DateTime', description: 'The first.', resolve: (r) => r.first_movement_at }),
    lastMovementAt: t.field({ type: 'DateTime', description: 'The latest.', resolve: (r) => r.last_movement_at }),
  }),
});

const AppointmentOutcomeType = builder.objectRef<AppointmentOutcomeRow>('FunnelAppointmentOutcome').implement({
  description: 'Held and missed meetings by source funnel and meeting type (funnel.v_appointment_outcomes).',
  fields: (t) => ({
    sourceFunnel: t.field({ type: FunnelMembership, nullable: true, description: 'The funnel people came from.', resolve: (r) => r.source_funnel }),
    meetingType: t.string({ nullable: true, description: 'The meeting type.', resolve: (r) => r.meeting_type }),
    totalAppointments: t.int({ description: 'Meetings completed or missed.', resolve: (r) => r.total_appointments }),
    positiveOutcomes: t.int({ description: 'With a positive outcome.', resolve: (r) => r.positive_outcomes }),
    negativeOutcomes: t.int({ description: 'With a negative outcome.', resolve: (r) => r.negative_outcomes }),
    noShows: t.int({ description: 'Missed.', resolve: (r) => r.no_shows }),
    converted: t.int({ description: 'That led to a signed client.', resolve: (r) => r.converted }),
    conversionRate: t.field({ type: 'Decimal', nullable: true, description: 'converted / totalAppointments, in percent (two decimals).', resolve: (r) => r.conversion_rate }),
  }),
});

const RevenueByFunnelType = builder.objectRef<RevenueRow>('FunnelRevenue').implement({
  description: 'Signed and active clients by source funnel (funnel.v_revenue_by_funnel).',
  fields: (t) => ({
    sourceFunnel: t.field({ type: FunnelMembership, nullable: true, description: 'The funnel clients came from.', resolve: (r) => r.source_funnel }),
    clientCount: t.int({ description: 'Clients.', resolve: (r) => r.client_count }),
    totalLives: t.int({ description: 'Lives covered.', resolve: (r) => r.total_lives }),
    totalAnnualRevenue: t.field({ type: 'Decimal', description: 'Annual revenue, summed.', resolve: (r) => r.total_annual_revenue }),
    avgAnnualRevenue: t.field({ type: 'Decimal', nullable: true, description: 'Annual revenue per client.', resolve: (r) => r.avg_annual_revenue }),
    avgDaysToConversion: t.field({ type: 'Decimal', nullable: true, description: 'Days from entering the lifecycle to signing, on average.', resolve: (r) => r.avg_days_to_conversion }),
    avgMeetings: t.field({ type: 'Decimal', nullable: true, description: 'Meetings held before signing, on average.', resolve: (r) => r.avg_meetings }),
  }),
});

const MonthlyConversionType = builder.objectRef<RevenueRow & { signing_month: string }>('FunnelMonthlyConversions').implement({
  description: 'Signed and active clients by signing month in UTC (funnel.v_monthly_conversions).',
  fields: (t) => ({
    signingMonth: t.field({ type: 'LocalDate', description: 'The first day of the month.', resolve: (r) => r.signing_month }),
    clientCount: t.int({ description: 'Clients signed.', resolve: (r) => r.client_count }),
    totalLives: t.int({ description: 'Lives covered.', resolve: (r) => r.total_lives }),
    totalAnnualRevenue: t.field({ type: 'Decimal', description: 'Annual revenue, summed.', resolve: (r) => r.total_annual_revenue }),
    avgAnnualRevenue: t.field({ type: 'Decimal', nullable: true, description: 'Annual revenue per client.', resolve: (r) => r.avg_annual_revenue }),
    avgDaysToConversion: t.field({ type: 'Decimal', nullable: true, description: 'Days to convert, on average.', resolve: (r) => r.avg_days_to_conversion }),
    avgMeetings: t.field({ type: 'Decimal', nullable: true, description: 'Meetings before signing, on average.', resolve: (r) => r.avg_meetings }),
  }),
});

const RenewalType = builder.objectRef<RenewalRow & { client: unknown }>('FunnelRenewal').implement({
  description: 'A signed or active contract ending within 90 days (funnel.v_upcoming_renewals).',
  fields: (t) => ({
    client: t.field({ type: ClientConversion, description: 'The client.', resolve: (r) => r.client as never }),
    daysUntilEnd: t.int({ description: 'Days until the contract ends (UTC dates).', resolve: (r) => r.days_until_end }),
  }),
});

const CurrentBitType = builder.objectRef<CurrentBitRow & { prospect: unknown }>('FunnelBitScore').implement({
  description: "A person's latest logged BIT score (funnel.v_current_bit_scores).",
  fields: (t) => ({
    prospect: t.field({ type: Prospect, nullable: true, description: 'The person.', resolve: (r) => r.prospect as never }),
    personId: t.field({ type: 'UUID', description: 'The person id.', resolve: (r) => r.person_id }),
    bitScore: t.int({ description: 'The score.', resolve: (r) => r.bit_score }),
    level: t.field({ type: BitLevel, description: 'Its thresholds.', resolve: (r) => bitLevel(r.bit_score, funnelSettings().bit) }),
    bitReason: t.string({ description: 'What caused it.', resolve: (r) => r.bit_reason }),
    detectedTs: t.field({ type: 'DateTime', description: 'The time the score is for.', resolve: (r) => r.detected_ts }),
  }),
});

const StageConversionType = builder.objectRef<StageConversion>('FunnelStageConversion').implement({
  description: 'How many people who entered a stage reached the next one.',
  fields: (t) => ({
    stage: t.string({
      description:
        'SUSPECT_TO_WARM (everyone → ever WARM or TALENTFLOW_WARM), WARM_TO_APPOINTMENT (ever warm → APPOINTMENT after their first warm move), APPOINTMENT_TO_CLIENT (ever APPOINTMENT → CLIENT after).',
      resolve: (r) => r.stage,
    }),
    entered: t.int({ description: 'People who entered the earlier stage (in the period, when given).', resolve: (r) => r.entered }),
    converted: t.int({ description: 'Of them, people who reached the next stage (at any time since).', resolve: (r) => r.converted }),
    ratePercent: t.field({ type: 'Decimal', nullable: true, description: 'converted / entered in percent, two decimals; null when nobody entered.', resolve: (r) => r.ratePercent }),
  }),
});

const FunnelDashboard = builder.objectRef<Record<string, never>>('FunnelDashboard').implement({
  description: 'The funnel reports. Times are UTC; "recent", "upcoming" and "renewals" are relative to now.',
  fields: (t) => ({
    stateCounts: t.field({
      type: [StateFunnelCountType],
      description: 'People by state and funnel membership (sum per state or per funnel for the totals).',
      resolve: () => stateFunnelCounts(),
    }),
    movementSummary: t.field({ type: [MovementSummaryType], description: 'State changes by (from, to, event), most frequent first.', resolve: () => movementSummary() }),
    recentMovements: t.prismaField({
      type: [ProspectMovement],
      description: 'State changes of the last 7 days, newest first.',
      args: { first: t.arg.int({ description: `How many (default 20, at most ${MAX_PAGE_SIZE}).` }) },
      resolve: async (query, _root, args) => {
        const ids = await recentMovementIds(args.first);
        return inOrder(ids, await prisma.prospectMovement.findMany({ ...query, where: { movementId: { in: ids } } }), (m) => m.movementId);
      },
    }),
    upcomingAppointments: t.prismaField({
      type: [Appointment],
      description: 'Meetings still ahead (scheduled, confirmed or rescheduled), earliest first.',
      args: { first: t.arg.int({ description: `How many (default 20, at most ${MAX_PAGE_SIZE}).` }) },
      resolve: async (query, _root, args) => {
        const ids = await upcomingAppointmentIds(args.first);
        return inOrder(ids, await prisma.appointment.findMany({ ...query, where: { appointmentId: { in: ids } } }), (a) => a.appointmentId);
      },
    }),
    appointmentOutcomes: t.field({ type: [AppointmentOutcomeType], description: 'Held and missed meetings by source funnel and type.', resolve: () => appointmentOutcomes() }),
    activeClients: t.prismaField({
      type: [ClientConversion],
      description: 'Signed or active clients, newest first.',
      args: { first: t.arg.int({ description: `How many (default 20, at most ${MAX_PAGE_SIZE}).` }) },
      resolve: async (query, _root, args) => {
        const ids = await activeClientIds(args.first);
        return inOrder(ids, await prisma.clientConversion.findMany({ ...query, where: { clientId: { in: ids } } }), (c) => c.clientId);
      },
    }),
    revenueByFunnel: t.field({ type: [RevenueByFunnelType], description: 'Signed and active clients by source funnel.', resolve: () => revenueByFunnel() }),
    monthlyConversions: t.field({ type: [MonthlyConversionType], description: 'Signed and active clients by signing month, newest first.', resolve: () => monthlyConversions() }),
    upcomingRenewals: t.field({
      type: [RenewalType],
      description: 'Signed or active contracts ending within 90 days, soonest first.',
      args: { first: t.arg.int({ description: `How many (default 20, at most ${MAX_PAGE_SIZE}).` }) },
      resolve: async (_root, args) => {
        const rows = await upcomingRenewals(args.first);
        const clients = await prisma.clientConversion.findMany({ where: { clientId: { in: rows.map((r) => r.client_id) } } });
        const byId = new Map(clients.map((c) => [c.clientId, c]));
        return rows.map((r) => ({ ...r, client: byId.get(r.client_id) }));
      },
    }),
    currentBitScores: t.field({
      type: [CurrentBitType],
      description: "People's latest logged BIT scores, highest first.",
      args: {
        first: t.arg.int({ description: `How many (default 20, at most ${MAX_PAGE_SIZE}).` }),
        minScore: t.arg.int({ description: 'Only scores at least this.' }),
      },
      resolve: async (_root, args) => {
        const rows = await currentBitScores(args.first, args.minScore);
        const people = await prisma.suspect.findMany({ where: { personId: { in: rows.map((r) => r.person_id) } } });
        const byPerson = new Map(people.map((p) => [p.personId, p]));
        return rows.map((r) => ({ ...r, prospect: byPerson.get(r.person_id) ?? null }));
      },
    }),
    conversionRates: t.field({
      type: [StageConversionType],
      description:
        'Stage-to-stage conversion, counting people: suspect→warm, warm→appointment, appointment→client (see FunnelStageConversion.stage). The period restricts who entered the earlier stage.',
      args: {
        from: t.arg({ type: 'DateTime', description: 'Entered the earlier stage at or after.' }),
        to: t.arg({ type: 'DateTime', description: 'Entered the earlier stage before.' }),
      },
      resolve: (_root, args) => stageConversions(args.from, args.to),
    }),
  }),
});

builder.queryField('funnelDashboard', (t) =>
  t.field({ type: FunnelDashboard, description: 'The funnel reports.', resolve: () => ({}) }),
);
