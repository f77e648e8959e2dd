// The lifecycle's enums as GraphQL enums. Values are the database values, so a value read from a
// row is returned as is.
import { builder } from '../../builder.js';
import {
  AppointmentOutcome as AppointmentOutcomeValues,
  AppointmentStatus as AppointmentStatusValues,
  ContractStatus as ContractStatusValues,
  EventType,
  FunnelMembership as FunnelMembershipValues,
  LifecycleState as LifecycleStateValues,
  TalentflowSignalType as TalentflowSignalTypeValues,
} from '../../generated/prisma/enums.js';

type Described<T extends string> = { [K in T]: { description: string } };

function enumOf<const T extends string>(name: string, description: string, values: Described<T>) {
  return builder.enumType(name, { description, values });
}

export const LifecycleState = enumOf<LifecycleStateValues>(
  'LifecycleState',
  'Where a person stands in the four-funnel lifecycle. CLIENT, DISQUALIFIED and UNSUBSCRIBED are terminal.',
  {
    SUSPECT: { description: 'In the cold universe: no qualifying engagement yet (funnel 1).' },
    WARM: { description: 'Engaged by email (3 opens, 2 clicks, a reply) or buyer intent (funnel 3).' },
    TALENTFLOW_WARM: { description: 'Warm because of a job move detected by TalentFlow (funnel 2).' },
    REENGAGEMENT: { description: 'Went quiet for 30 days; being re-engaged in cycles (funnel 4).' },
    APPOINTMENT: { description: 'A meeting is booked or was held; keeps the funnel the person came from.' },
    CLIENT: { description: 'Signed (terminal); keeps the funnel the person came from.' },
    DISQUALIFIED: { description: 'Removed, for example after a hard bounce (terminal; can be corrected by a manual override).' },
    UNSUBSCRIBED: { description: 'Opted out (terminal).' },
  },
);

export const FunnelMembership = enumOf<FunnelMembershipValues>('FunnelMembership', 'The four funnels a person can be in.', {
  COLD_UNIVERSE: { description: 'Funnel 1: cold suspects.' },
  TALENTFLOW_UNIVERSE: { description: 'Funnel 2: people with a job-move signal.' },
  WARM_UNIVERSE: { description: 'Funnel 3: engaged people.' },
  REENGAGEMENT_UNIVERSE: { description: 'Funnel 4: people being re-engaged.' },
});

export const LifecycleEventType = enumOf<EventType>(
  'LifecycleEventType',
  'A lifecycle event: what can move a person (engagement events are stored under the event they can raise; see subtype).',
  {
    EVENT_REPLY: { description: 'A reply (positive, neutral or a question promotes; others are recorded).' },
    EVENT_CLICKS_X2: { description: '2 unique clicks within 30 days (single clicks are stored under it, subtype link_click).' },
    EVENT_OPENS_X3: { description: '3 unique opens within 30 days (single opens are stored under it, subtype email_open).' },
    EVENT_TALENTFLOW_MOVE: { description: 'A job move detected by TalentFlow.' },
    EVENT_BIT_THRESHOLD: { description: 'The BIT score reached 25 (intent signals are stored under it: website_visit, content_download, webinar_attended).' },
    EVENT_REENGAGEMENT_TRIGGER: { description: 'A new re-engagement cycle started (no state change).' },
    EVENT_APPOINTMENT: { description: 'A meeting was booked or confirmed.' },
    EVENT_CLIENT_SIGNED: { description: 'A contract was signed.' },
    EVENT_INACTIVITY_30D: { description: '30 days without engagement.' },
    EVENT_REENGAGEMENT_EXHAUSTED: { description: 'Three re-engagement cycles with no response.' },
    EVENT_UNSUBSCRIBE: { description: 'Opted out (unsubscribe link, request or spam complaint).' },
    EVENT_HARD_BOUNCE: { description: 'The email address bounced hard.' },
    EVENT_MANUAL_OVERRIDE: { description: 'Moved by hand (admin, sales manager or customer success), with a reason.' },
  },
);

export const TalentflowSignalType = enumOf<TalentflowSignalTypeValues>('TalentflowSignalType', 'The kind of job move.', {
  job_change: { description: 'Moved to another company (priority 100).' },
  promotion: { description: 'Promoted in the same company (priority 70).' },
  lateral: { description: 'A lateral move (priority 50).' },
  startup: { description: 'Started or joined a startup (priority 90).' },
  company_change: { description: 'The company itself changed (acquired, renamed…; priority 80).' },
});

export const AppointmentStatus = enumOf<AppointmentStatusValues>('AppointmentStatus', 'Where a meeting stands.', {
  scheduled: { description: 'Booked.' },
  confirmed: { description: 'Confirmed by the attendee.' },
  completed: { description: 'Held (see outcome).' },
  no_show: { description: 'The attendee did not come.' },
  cancelled: { description: 'Cancelled.' },
  rescheduled: { description: 'Moved to a new time; still on the calendar.' },
});

export const AppointmentOutcome = enumOf<AppointmentOutcomeValues>('AppointmentOutcome', 'How a held meeting went.', {
  positive: { description: 'Positive.' },
  neutral: { description: 'Neutral.' },
  negative: { description: 'Negative.' },
  no_decision: { description: 'No decision yet.' },
  pending: { description: 'Not recorded yet.' },
});

export const ContractStatus = enumOf<ContractStatusValues>('ContractStatus', "Where a client's contract stands.", {
  pending_signature: { description: 'Awaiting signature.' },
  signed: { description: 'Signed.' },
  active: { description: 'Running.' },
  completed: { description: 'Ended normally.' },
  cancelled: { description: 'Cancelled.' },
  churned: { description: 'Lost.' },
});

export const BitLevel = enumOf<'NONE' | 'WARM' | 'HOT' | 'PRIORITY'>(
  'BitLevel',
  'The BIT (buyer intent) thresholds a score is at (they nest).',
  {
    NONE: { description: 'Below the warm threshold (25).' },
    WARM: { description: 'At least the warm threshold (25).' },
    HOT: { description: 'At least the hot threshold (50).' },
    PRIORITY: { description: 'At least the priority threshold (75).' },
  },
);

export type EngagementKindValue =
  | 'OPEN'
  | 'CLICK'
  | 'REPLY'
  | 'WEBSITE_VISIT'
  | 'CONTENT_DOWNLOAD'
  | 'WEBINAR'
  | 'UNSUBSCRIBE'
  | 'SPAM_COMPLAINT'
  | 'HARD_BOUNCE';
export const EngagementKind = enumOf<EngagementKindValue>('EngagementKind', 'What a person did (email engagement or an intent signal).', {
  OPEN: { description: 'Opened an email (counts once per send per UTC day).' },
  CLICK: { description: 'Clicked a link (once per link per UTC day; tracking pixels and unsubscribe links do not count).' },
  REPLY: { description: 'Replied (give the sentiment).' },
  WEBSITE_VISIT: { description: 'Visited the website (intent tool; 3 BIT points, at most 12).' },
  CONTENT_DOWNLOAD: { description: 'Downloaded content (intent tool; 8 BIT points, at most 16).' },
  WEBINAR: { description: 'Attended a webinar (intent tool; 10 BIT points once).' },
  UNSUBSCRIBE: { description: 'Unsubscribed (an unsubscribe link or a request to be removed).' },
  SPAM_COMPLAINT: { description: 'Marked an email as spam (an unsubscribe).' },
  HARD_BOUNCE: { description: 'The address bounced hard.' },
});

export const KIND_VALUE = {
  OPEN: 'open',
  CLICK: 'click',
  REPLY: 'reply',
  WEBSITE_VISIT: 'website_visit',
  CONTENT_DOWNLOAD: 'content_download',
  WEBINAR: 'webinar',
  UNSUBSCRIBE: 'unsubscribe',
  SPAM_COMPLAINT: 'spam_complaint',
  HARD_BOUNCE: 'hard_bounce',
} as const;

export const MeetingType = enumOf<'intro' | 'discovery' | 'demo' | 'proposal' | 'close'>('MeetingType', 'The kind of meeting.', {
  intro: { description: 'Introduction.' },
  discovery: { description: 'Discovery.' },
  demo: { description: 'Demo.' },
  proposal: { description: 'Proposal.' },
  close: { description: 'Closing.' },
});

export const MeetingFormat = enumOf<'video' | 'phone' | 'in_person'>('MeetingFormat', 'How a meeting is held.', {
  video: { description: 'Video call.' },
  phone: { description: 'Phone call.' },
  in_person: { description: 'In person.' },
});

export const BookingSource = enumOf<'calendly' | 'manual' | 'reply_booking'>('BookingSource', 'How a meeting was booked.', {
  calendly: { description: 'Through Calendly.' },
  manual: { description: 'By hand.' },
  reply_booking: { description: 'From an email reply.' },
});

export const RevenueType = enumOf<'subscription' | 'one_time' | 'usage_based'>('RevenueType', 'How a contract earns.', {
  subscription: { description: 'Recurring subscription.' },
  one_time: { description: 'One-time payment.' },
  usage_based: { description: 'Billed by usage.' },
});

export const VerificationSource = enumOf<'linkedin' | 'manual' | 'crm'>('VerificationSource', 'Where a job move was verified.', {
  linkedin: { description: 'On LinkedIn.' },
  manual: { description: 'By a person.' },
  crm: { description: 'In the CRM.' },
});
