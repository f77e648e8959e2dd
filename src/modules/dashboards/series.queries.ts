// BI feeds: sendSeries, replySeries, movementSeries and conversionSeries. Flat rows (one scalar
// per column, stable names), one row per UTC day or ISO week, so a GraphQL-to-table connector
// gets a ready table. Counting lives in series.service.ts.
import { builder } from '../../builder.js';
import { MessageChannel } from '../common/enums.js';
import { FunnelMembership, LifecycleState } from '../funnel/funnel-enums.type.js';
import { flatRow, type FlatField } from './flat-row.js';
import * as series from './series.service.js';

export const SeriesBucket = builder.enumType('SeriesBucket', {
  description: 'The width of one row of a time series. Days are UTC days; weeks are ISO weeks (Monday to Sunday, UTC).',
  values: {
    DAY: { description: 'One row per UTC day.' },
    WEEK: { description: 'One row per ISO week, starting on Monday.' },
  },
});

const int = (column: string, description: string): FlatField => ({ column, type: 'Int', description, nullable: false });
const bucketFields = {
  bucketStart: { column: 'bucket_start', type: 'LocalDate', description: 'First day of the bucket (a Monday for weeks).', nullable: false },
  bucketEnd: { column: 'bucket_end', type: 'LocalDate', description: 'Last day of the bucket (included).', nullable: false },
} satisfies Record<string, FlatField>;

const SendSeriesRow = flatRow('SendSeriesRow', 'Sends in one day or week (rows of the outreach history, by sent time).', {
  ...bucketFields,
  sends: int('sends', 'Messages sent.'),
  emailSends: int('email_sends', 'Emails sent.'),
  linkedinSends: int('linkedin_sends', 'LinkedIn actions sent (connection requests, direct messages, InMails).'),
  contacts: int('contacts', 'Distinct contacts reached.'),
  campaigns: int('campaigns', 'Distinct campaigns that sent.'),
});

const ReplySeriesRow = flatRow('ReplySeriesRow', 'Replies received in one day or week (by reply time), by sentiment.', {
  ...bucketFields,
  replies: int('replies', 'Replies received.'),
  positive: int('positive', 'Interested replies.'),
  neutral: int('neutral', 'Neutral replies.'),
  negative: int('negative', 'Not-interested replies.'),
  questions: int('questions', 'Replies asking a question.'),
  outOfOffice: int('out_of_office', 'Out-of-office replies.'),
  unclassified: int('unclassified', 'Replies without a sentiment.'),
  contacts: int('contacts', 'Distinct contacts who replied.'),
});

const MovementSeriesRow = flatRow('MovementSeriesRow', 'Lifecycle moves in one day or week (by the time of their event).', {
  ...bucketFields,
  movements: int('movements', 'State changes recorded.'),
  people: int('people', 'Distinct people who moved.'),
  manualOverrides: int('manual_overrides', 'Moves made by a manual override.'),
  intoWarm: int('into_warm', 'Moves into WARM or TALENTFLOW_WARM.'),
  intoAppointment: int('into_appointment', 'Moves into APPOINTMENT.'),
  intoClient: int('into_client', 'Moves into CLIENT.'),
});

const ConversionSeriesRow = flatRow('ConversionSeriesRow', 'Clients signed in one day or week (by signing time).', {
  ...bucketFields,
  clients: int('clients', 'Clients signed.'),
  lives: int('lives', 'Lives covered by the contracts signed.'),
  annualRevenue: { column: 'annual_revenue', type: 'Decimal', description: 'Annual revenue signed (0.00 when none).', nullable: false },
  dealValue: { column: 'deal_value', type: 'Decimal', description: 'Deal value signed (0.00 when none).', nullable: false },
});

builder.queryFields((t) => {
  const range = {
    bucket: t.arg({ type: SeriesBucket, required: true, defaultValue: 'DAY', description: 'One row per day or per week.' }),
    from: t.arg({
      type: 'LocalDate',
      description: 'First day (its week, for weeks). Default: 30 days (12 weeks) before `to`.',
    }),
    to: t.arg({ type: 'LocalDate', description: `Last day (its week, for weeks). Default: today (UTC). At most ${series.MAX_SERIES_BUCKETS} rows.` }),
  };
  const outreach = {
    offerId: t.arg({ type: 'UUID', description: 'Only sends of this offer.' }),
    campaignId: t.arg({ type: 'UUID', description: 'Only sends of this campaign.' }),
    accountId: t.arg({ type: 'UUID', description: 'Only sends from this account.' }),
    channel: t.arg({ type: MessageChannel, description: 'Only this channel.' }),
  };
  return {
    sendSeries: t.field({
      type: [SendSeriesRow],
      description: 'Messages sent per day or week; every bucket of the range is a row (zeros included), oldest first.',
      args: { ...range, ...outreach },
      resolve: (_root, args) => series.sendSeries(args, args),
    }),
    replySeries: t.field({
      type: [ReplySeriesRow],
      description: 'Replies per day or week, by sentiment; every bucket of the range is a row (zeros included), oldest first.',
      args: { ...range, ...outreach },
      resolve: (_root, args) => series.replySeries(args, args),
    }),
    movementSeries: t.field({
      type: [MovementSeriesRow],
      description: 'Lifecycle moves per day or week; every bucket of the range is a row (zeros included), oldest first.',
      args: {
        ...range,
        funnel: t.arg({ type: FunnelMembership, description: 'Only moves into this funnel.' }),
        fromState: t.arg({ type: LifecycleState, description: 'Only moves out of this state.' }),
        toState: t.arg({ type: LifecycleState, description: 'Only moves into this state.' }),
      },
      resolve: (_root, args) => series.movementSeries(args, args),
    }),
    conversionSeries: t.field({
      type: [ConversionSeriesRow],
      description: 'Clients signed per day or week; every bucket of the range is a row (zeros included), oldest first.',
      args: {
        ...range,
        funnel: t.arg({ type: FunnelMembership, description: 'Only clients who came through this funnel.' }),
      },
      resolve: (_root, args) => series.conversionSeries(args, args),
    }),
  };
});
