// The status and type columns of the offer testing system as GraphQL enums. The values are the
// database values (the CHECK constraints of the design document), so a value read from a row is
// returned as is. One file, so every module can use every enum without import cycles.
import { builder } from '../../builder.js';

type Values<T extends string> = { [K in T]: { description: string } };

function enumOf<const T extends string>(name: string, description: string, values: Values<T>) {
  return builder.enumType(name, { description, values });
}

export const OFFER_STATUSES = ['draft', 'ready', 'active', 'paused', 'completed', 'killed'] as const;
export type OfferStatusValue = (typeof OFFER_STATUSES)[number];
export const OfferStatus = enumOf<OfferStatusValue>(
  'OfferStatus',
  'Where an offer stands: draft → ready → active ⇄ paused → completed; any → killed.',
  {
    draft: { description: 'Still being defined.' },
    ready: { description: 'ICP and copy ready.' },
    active: { description: 'Campaigns running.' },
    paused: { description: 'Temporarily stopped.' },
    completed: { description: 'Done testing.' },
    killed: { description: 'Did not work; archived.' },
  },
);

export type OfferTypeValue = 'product' | 'service';
export const OfferType = enumOf<OfferTypeValue>('OfferType', 'What is being offered.', {
  product: { description: 'A product.' },
  service: { description: 'A service.' },
});

export type OfferOwnershipValue = 'internal' | 'client';
export const OfferOwnership = enumOf<OfferOwnershipValue>('OfferOwnership', 'Whose offer it is.', {
  internal: { description: 'Our own offer.' },
  client: { description: "A client's offer (see clientName)." },
});

export type PriorityValue = 'high' | 'medium' | 'low';
export const Priority = enumOf<PriorityValue>('Priority', 'How soon to work a company or contact.', {
  high: { description: 'Work first.' },
  medium: { description: 'Work after the high ones.' },
  low: { description: 'Work last.' },
});

/** Company head-count bands; GraphQL names cannot start with a digit, so they carry a prefix. */
export const COMPANY_SIZES = {
  size_1_10: '1-10',
  size_11_50: '11-50',
  size_51_200: '51-200',
  size_201_500: '201-500',
  size_501_1000: '501-1000',
  size_1000_plus: '1000+',
} as const;
export type CompanySizeValue = (typeof COMPANY_SIZES)[keyof typeof COMPANY_SIZES];
export const CompanySize = builder.enumType('CompanySize', {
  description: 'Head-count band of a company (stored as "1-10", "11-50", … "1000+").',
  values: {
    size_1_10: { value: '1-10', description: '1 to 10 employees.' },
    size_11_50: { value: '11-50', description: '11 to 50 employees.' },
    size_51_200: { value: '51-200', description: '51 to 200 employees.' },
    size_201_500: { value: '201-500', description: '201 to 500 employees.' },
    size_501_1000: { value: '501-1000', description: '501 to 1000 employees.' },
    size_1000_plus: { value: '1000+', description: 'More than 1000 employees.' },
  } as const,
});

export const COMPANY_STATUSES = [
  'new',
  'qualified',
  'disqualified',
  'contacted',
  'responded',
  'meeting',
  'converted',
  'rejected',
] as const;
export type CompanyStatusValue = (typeof COMPANY_STATUSES)[number];
export const CompanyStatus = enumOf<CompanyStatusValue>('CompanyStatus', 'Where a company stands for its offer.', {
  new: { description: 'Just discovered.' },
  qualified: { description: 'Passed the ICP check.' },
  disqualified: { description: 'Does not fit (see disqualificationReason).' },
  contacted: { description: 'We have reached out.' },
  responded: { description: 'Got a response.' },
  meeting: { description: 'Meeting scheduled.' },
  converted: { description: 'Became a customer.' },
  rejected: { description: 'Said no.' },
});

export type SeniorityValue = 'c_level' | 'vp' | 'director' | 'manager' | 'individual';
export const Seniority = enumOf<SeniorityValue>('Seniority', 'Seniority of a contact.', {
  c_level: { description: 'C-level executive.' },
  vp: { description: 'Vice president.' },
  director: { description: 'Director.' },
  manager: { description: 'Manager.' },
  individual: { description: 'Individual contributor.' },
});

export const EMAIL_STATUSES = ['unknown', 'valid', 'invalid', 'risky', 'failed'] as const;
export type EmailStatusValue = (typeof EMAIL_STATUSES)[number];
export const EmailStatus = enumOf<EmailStatusValue>('EmailStatus', 'What we know about an email address.', {
  unknown: { description: 'Not verified.' },
  valid: { description: 'Verified deliverable.' },
  invalid: { description: 'Bounced or catch-all.' },
  risky: { description: 'Might bounce.' },
  failed: { description: 'Enrichment failed.' },
});

export type ContactGlobalStatusValue = 'available' | 'cooling_off' | 'do_not_contact' | 'replied';
export const ContactGlobalStatus = enumOf<ContactGlobalStatusValue>(
  'ContactGlobalStatus',
  'Outreach status of the person across every offer.',
  {
    available: { description: 'May be contacted.' },
    cooling_off: { description: 'Contacted recently (the 60-day rule).' },
    do_not_contact: { description: 'Never contact again (unsubscribe or spam complaint).' },
    replied: { description: 'Replied to an earlier message.' },
  },
);

export const CONTACT_STATUSES = [
  'new',
  'enriched',
  'ready',
  'skip',
  'queued',
  'contacted',
  'replied',
  'meeting',
  'converted',
  'unsubscribed',
  'bounced',
] as const;
export type ContactStatusValue = (typeof CONTACT_STATUSES)[number];
export const ContactStatus = enumOf<ContactStatusValue>('ContactStatus', 'Where a contact stands for its offer.', {
  new: { description: 'Just discovered.' },
  enriched: { description: 'Got an email or phone.' },
  ready: { description: 'Ready for outreach.' },
  skip: { description: 'Skipped (see skipReason).' },
  queued: { description: 'Enrolled in a campaign, waiting to be sent to.' },
  contacted: { description: 'Reached out.' },
  replied: { description: 'Got a response.' },
  meeting: { description: 'Meeting scheduled.' },
  converted: { description: 'Became a customer.' },
  unsubscribed: { description: 'Opted out.' },
  bounced: { description: 'Email bounced.' },
});

export type CampaignChannelValue = 'email' | 'linkedin' | 'multi';
export const CampaignChannel = enumOf<CampaignChannelValue>('CampaignChannel', 'How a campaign reaches people.', {
  email: { description: 'Email only.' },
  linkedin: { description: 'LinkedIn only.' },
  multi: { description: 'Email and LinkedIn.' },
});

export type CampaignTypeValue = 'networking' | 'cold_outreach';
export const CampaignType = enumOf<CampaignTypeValue>('CampaignType', 'The kind of campaign.', {
  networking: { description: 'Networking with people we know.' },
  cold_outreach: { description: 'Cold outreach (subject to the 60-day rule).' },
});

export const CAMPAIGN_STATUSES = ['draft', 'ready', 'active', 'paused', 'completed', 'cancelled'] as const;
export type CampaignStatusValue = (typeof CAMPAIGN_STATUSES)[number];
export const CampaignStatus = enumOf<CampaignStatusValue>(
  'CampaignStatus',
  'Where a campaign stands: draft ⇄ ready → active ⇄ paused → completed; cancelled from any but completed.',
  {
    draft: { description: 'Being configured.' },
    ready: { description: 'Ready to launch.' },
    active: { description: 'Sending.' },
    paused: { description: 'Temporarily stopped; its queued sends are held.' },
    completed: { description: 'Finished; nothing more is sent.' },
    cancelled: { description: 'Stopped permanently; its queued sends are cancelled.' },
  },
);

export type CampaignContactStatusValue =
  | 'queued'
  | 'in_progress'
  | 'waiting'
  | 'paused'
  | 'completed'
  | 'replied'
  | 'meeting'
  | 'bounced'
  | 'unsubscribed'
  | 'failed';
export const CampaignContactStatus = enumOf<CampaignContactStatusValue>(
  'CampaignContactStatus',
  "Where a contact stands in a campaign's sequence.",
  {
    queued: { description: 'Waiting to start.' },
    in_progress: { description: 'Sequence running.' },
    waiting: { description: 'Waiting for the next step (delay).' },
    paused: { description: 'Manually paused.' },
    completed: { description: 'Finished the sequence.' },
    replied: { description: 'Replied (the sequence stopped).' },
    meeting: { description: 'Meeting booked.' },
    bounced: { description: 'Email bounced.' },
    unsubscribed: { description: 'Opted out.' },
    failed: { description: 'Sending failed.' },
  },
);

export type ReplySentimentValue = 'positive' | 'negative' | 'neutral' | 'question' | 'ooo';
export const ReplySentiment = enumOf<ReplySentimentValue>('ReplySentiment', 'How a reply reads.', {
  positive: { description: 'Interested.' },
  negative: { description: 'Not interested.' },
  neutral: { description: 'Neither.' },
  question: { description: 'Asks a question.' },
  ooo: { description: 'Out of office.' },
});

export type MessageChannelValue = 'email' | 'linkedin_connect' | 'linkedin_dm' | 'linkedin_inmail';
export const MessageChannel = enumOf<MessageChannelValue>('MessageChannel', 'The channel of one message.', {
  email: { description: 'An email.' },
  linkedin_connect: { description: 'A LinkedIn connection request.' },
  linkedin_dm: { description: 'A LinkedIn direct message.' },
  linkedin_inmail: { description: 'A LinkedIn InMail.' },
});

export type MessageActionTypeValue = 'connection_request' | 'message' | 'email' | 'inmail';
export const MessageActionType = enumOf<MessageActionTypeValue>(
  'MessageActionType',
  'The action a message takes (counted against the matching account limit).',
  {
    connection_request: { description: 'A connection request.' },
    message: { description: 'A LinkedIn message.' },
    email: { description: 'An email.' },
    inmail: { description: 'An InMail.' },
  },
);

export type MessageStatusValue =
  | 'pending'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'opened'
  | 'clicked'
  | 'replied'
  | 'bounced'
  | 'failed';
export const MessageStatus = enumOf<MessageStatusValue>('MessageStatus', 'Where a message stands.', {
  pending: { description: 'Not sent yet.' },
  queued: { description: 'In the send queue.' },
  sending: { description: 'Being sent.' },
  sent: { description: 'Sent.' },
  delivered: { description: 'Confirmed delivered.' },
  opened: { description: 'Opened (email).' },
  clicked: { description: 'A link was clicked.' },
  replied: { description: 'Got a reply.' },
  bounced: { description: 'Bounced.' },
  failed: { description: 'Could not be sent.' },
});

export type AccountTypeValue = 'linkedin' | 'email';
export const AccountType = enumOf<AccountTypeValue>('AccountType', 'The kind of sending account.', {
  linkedin: { description: 'A LinkedIn account.' },
  email: { description: 'An email mailbox.' },
});

export const ACCOUNT_STATUSES = ['active', 'warming', 'paused', 'limited', 'disconnected', 'banned'] as const;
export type AccountStatusValue = (typeof ACCOUNT_STATUSES)[number];
export const AccountStatus = enumOf<AccountStatusValue>(
  'AccountStatus',
  'Whether a sending account works (only active and warming accounts send).',
  {
    active: { description: 'Working.' },
    warming: { description: 'Warming up (a new account on a ramp).' },
    paused: { description: 'Temporarily paused.' },
    limited: { description: 'Hit a limit, waiting.' },
    disconnected: { description: 'Lost its connection.' },
    banned: { description: 'Restricted by the provider.' },
  },
);

export type RotationSetValue = 'odd' | 'even' | 'burner';
export const RotationSet = enumOf<RotationSetValue>('RotationSet', 'The rotation group of a sending account.', {
  odd: { description: 'Sends on odd rotations.' },
  even: { description: 'Sends on even rotations.' },
  burner: { description: 'A disposable account.' },
});

export type AccountActionTypeValue = 'connection_request' | 'message' | 'email' | 'inmail' | 'profile_view';
export const AccountActionType = enumOf<AccountActionTypeValue>('AccountActionType', 'What an account did.', {
  connection_request: { description: 'Sent a connection request.' },
  message: { description: 'Sent a LinkedIn message.' },
  email: { description: 'Sent an email.' },
  inmail: { description: 'Sent an InMail.' },
  profile_view: { description: 'Viewed a profile.' },
});

export type AccountActivityStatusValue = 'success' | 'failed' | 'rate_limited';
export const AccountActivityStatus = enumOf<AccountActivityStatusValue>(
  'AccountActivityStatus',
  'How an account action ended.',
  {
    success: { description: 'It worked.' },
    failed: { description: 'It failed.' },
    rate_limited: { description: 'The provider rate-limited it.' },
  },
);

export type ToolTypeValue =
  | 'company_search'
  | 'people_search'
  | 'enrichment'
  | 'email_finding'
  | 'email_verification'
  | 'sending'
  | 'inbox';
export const ToolType = enumOf<ToolTypeValue>('ToolType', 'What an external tool is used for.', {
  company_search: { description: 'Finds companies.' },
  people_search: { description: 'Finds people.' },
  enrichment: { description: 'Enriches records.' },
  email_finding: { description: 'Finds email addresses.' },
  email_verification: { description: 'Verifies email addresses.' },
  sending: { description: 'Sends messages.' },
  inbox: { description: 'Reads inboxes.' },
});

export type ToolStatusValue = 'active' | 'inactive' | 'error';
export const ToolStatus = enumOf<ToolStatusValue>('ToolStatus', 'Whether an external tool works.', {
  active: { description: 'In use.' },
  inactive: { description: 'Not in use.' },
  error: { description: 'Failing (see lastError).' },
});

export type ToolUsageStatusValue = 'success' | 'error' | 'rate_limited';
export const ToolUsageStatus = enumOf<ToolUsageStatusValue>('ToolUsageStatus', 'How one tool call ended.', {
  success: { description: 'It worked.' },
  error: { description: 'It failed.' },
  rate_limited: { description: 'The tool rate-limited it.' },
});

export type MessageTemplateStatusValue = 'draft' | 'approved' | 'archived';
export const MessageTemplateStatus = enumOf<MessageTemplateStatusValue>(
  'MessageTemplateStatus',
  'Where a message template stands: draft → approved; draft or approved → archived.',
  {
    draft: { description: 'Being written.' },
    approved: { description: 'Approved for sending.' },
    archived: { description: 'No longer used.' },
  },
);

export const SEND_QUEUE_STATUSES = [
  'pending',
  'scheduled',
  'held',
  'processing',
  'review',
  'sent',
  'delivered',
  'failed',
  'bounced',
  'cancelled',
  'skipped',
] as const;
export type SendQueueStatusValue = (typeof SEND_QUEUE_STATUSES)[number];
export const SendQueueStatus = enumOf<SendQueueStatusValue>(
  'SendQueueStatus',
  'Where a queued send stands. Only pending and scheduled items of active campaigns are ever claimed.',
  {
    pending: { description: 'Waiting to be sent.' },
    scheduled: { description: 'Waiting for its scheduled time.' },
    held: { description: 'Set aside while its campaign is paused; back to pending when it resumes.' },
    processing: { description: 'Claimed by a worker (under a lease; reclaimed when the lease expires).' },
    review: {
      description:
        'Its worker died during the provider call and the provider cannot say whether it went out: not resent until a person reschedules or cancels it.',
    },
    sent: { description: 'Sent.' },
    delivered: { description: 'Confirmed delivered.' },
    failed: { description: 'Gave up after its attempts.' },
    bounced: { description: 'Bounced.' },
    cancelled: { description: 'Will never be sent (see lastError for why).' },
    skipped: { description: 'Skipped by a rule (for example the 60-day rule).' },
  },
);

export type MessageEventTypeValue =
  | 'queued'
  | 'scheduled'
  | 'sent'
  | 'delivered'
  | 'opened'
  | 'clicked'
  | 'replied'
  | 'bounced'
  | 'spam'
  | 'unsubscribed'
  | 'failed'
  | 'skipped';
export const MessageEventType = enumOf<MessageEventTypeValue>('MessageEventType', 'What happened to a queued send.', {
  queued: { description: 'Queued.' },
  scheduled: { description: 'Scheduled.' },
  sent: { description: 'Sent.' },
  delivered: { description: 'Delivered.' },
  opened: { description: 'Opened.' },
  clicked: { description: 'A link was clicked.' },
  replied: { description: 'Replied.' },
  bounced: { description: 'Bounced.' },
  spam: { description: 'Marked as spam.' },
  unsubscribed: { description: 'Unsubscribed.' },
  failed: { description: 'Failed.' },
  skipped: { description: 'Skipped.' },
});

export type OutreachStatusValue = 'sent' | 'delivered' | 'bounced' | 'replied' | 'spam' | 'failed';
export const OutreachStatus = enumOf<OutreachStatusValue>('OutreachStatus', 'Outcome of a send in the outreach history.', {
  sent: { description: 'Sent.' },
  delivered: { description: 'Delivered.' },
  bounced: { description: 'Bounced.' },
  replied: { description: 'Replied.' },
  spam: { description: 'Marked as spam.' },
  failed: { description: 'Failed (does not count as a send for the 60-day rule).' },
});

export type PipelineRunStatusValue = 'running' | 'completed' | 'failed' | 'cancelled';
export const PipelineRunStatus = enumOf<PipelineRunStatusValue>('PipelineRunStatus', 'Where a pipeline run stands.', {
  running: { description: 'Running.' },
  completed: { description: 'Finished.' },
  failed: { description: 'Failed (see errorMessage).' },
  cancelled: { description: 'Cancelled.' },
});

export type PipelineStepStatusValue = 'pending' | 'running' | 'completed' | 'failed' | 'skipped';
export const PipelineStepStatus = enumOf<PipelineStepStatusValue>('PipelineStepStatus', 'Where a pipeline step stands.', {
  pending: { description: 'Not started.' },
  running: { description: 'Running.' },
  completed: { description: 'Finished.' },
  failed: { description: 'Failed (see errorMessage).' },
  skipped: { description: 'Skipped.' },
});
