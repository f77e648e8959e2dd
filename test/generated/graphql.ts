/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a sending account works (only active and warming accounts send). */
export type AccountStatus =
  /** Working. */
  | 'active'
  /** Restricted by the provider. */
  | 'banned'
  /** Lost its connection. */
  | 'disconnected'
  /** Hit a limit, waiting. */
  | 'limited'
  /** Temporarily paused. */
  | 'paused'
  /** Warming up (a new account on a ramp). */
  | 'warming';

/** The kind of sending account. */
export type AccountType =
  /** An email mailbox. */
  | 'email'
  /** A LinkedIn account. */
  | 'linkedin';

/** Which activity to receive; every given condition must hold, a list matches any of its values. Campaign, account and contact conditions leave out movements. */
export type ActivityFilter = {
  /** Only these sending accounts. */
  accountId?: Array<string> | null | undefined;
  /** Only these campaigns. */
  campaignId?: Array<string> | null | undefined;
  /** Only these contacts. */
  contactId?: Array<string> | null | undefined;
  /** Only these kinds. */
  kind?: Array<ActivityKind> | null | undefined;
};

/** What an activity item is. */
export type ActivityKind =
  /** A person changed lifecycle state. */
  | 'MOVEMENT'
  /** A send was queued (a new send_queue item). */
  | 'QUEUED'
  /** A reply came in (a message event of type replied). */
  | 'REPLY'
  /** A send went out (a new outreach_history row). */
  | 'SENT';

/** How a held meeting went. */
export type AppointmentOutcome =
  /** Negative. */
  | 'negative'
  /** Neutral. */
  | 'neutral'
  /** No decision yet. */
  | 'no_decision'
  /** Not recorded yet. */
  | 'pending'
  /** Positive. */
  | 'positive';

/** Where a meeting stands. */
export type AppointmentStatus =
  /** Cancelled. */
  | 'cancelled'
  /** Held (see outcome). */
  | 'completed'
  /** Confirmed by the attendee. */
  | 'confirmed'
  /** The attendee did not come. */
  | 'no_show'
  /** Moved to a new time; still on the calendar. */
  | 'rescheduled'
  /** Booked. */
  | 'scheduled';

/** The BIT (buyer intent) thresholds a score is at (they nest). */
export type BitLevel =
  /** At least the hot threshold (50). */
  | 'HOT'
  /** Below the warm threshold (25). */
  | 'NONE'
  /** At least the priority threshold (75). */
  | 'PRIORITY'
  /** At least the warm threshold (25). */
  | 'WARM';

/** Conditions on a yes/no column. */
export type BooleanFilter = {
  /** Equal to. */
  equals?: boolean | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** How a campaign reaches people. */
export type CampaignChannel =
  /** Email only. */
  | 'email'
  /** LinkedIn only. */
  | 'linkedin'
  /** Email and LinkedIn. */
  | 'multi';

/** Where a contact stands in a campaign's sequence. */
export type CampaignContactStatus =
  /** Email bounced. */
  | 'bounced'
  /** Finished the sequence. */
  | 'completed'
  /** Sending failed. */
  | 'failed'
  /** Sequence running. */
  | 'in_progress'
  /** Meeting booked. */
  | 'meeting'
  /** Manually paused. */
  | 'paused'
  /** Waiting to start. */
  | 'queued'
  /** Replied (the sequence stopped). */
  | 'replied'
  /** Opted out. */
  | 'unsubscribed'
  /** Waiting for the next step (delay). */
  | 'waiting';

/** Conditions on a CampaignContactStatus column. */
export type CampaignContactStatusFilter = {
  /** Equal to this value. */
  equals?: CampaignContactStatus | null | undefined;
  /** One of these values. */
  in?: Array<CampaignContactStatus> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** Where a campaign stands: draft ⇄ ready → active ⇄ paused → completed; cancelled from any but completed. */
export type CampaignStatus =
  /** Sending. */
  | 'active'
  /** Stopped permanently; its queued sends are cancelled. */
  | 'cancelled'
  /** Finished; nothing more is sent. */
  | 'completed'
  /** Being configured. */
  | 'draft'
  /** Temporarily stopped; its queued sends are held. */
  | 'paused'
  /** Ready to launch. */
  | 'ready';

/** The kind of campaign. */
export type CampaignType =
  /** Cold outreach (subject to the 60-day rule). */
  | 'cold_outreach'
  /** Networking with people we know. */
  | 'networking';

/** Head-count band of a company (stored as "1-10", "11-50", … "1000+"). */
export type CompanySize =
  /** 1 to 10 employees. */
  | 'size_1_10'
  /** 11 to 50 employees. */
  | 'size_11_50'
  /** 51 to 200 employees. */
  | 'size_51_200'
  /** 201 to 500 employees. */
  | 'size_201_500'
  /** 501 to 1000 employees. */
  | 'size_501_1000'
  /** More than 1000 employees. */
  | 'size_1000_plus';

/** Conditions on a CompanySize column. */
export type CompanySizeFilter = {
  /** Equal to this value. */
  equals?: CompanySize | null | undefined;
  /** One of these values. */
  in?: Array<CompanySize> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** Where a company stands for its offer. */
export type CompanyStatus =
  /** We have reached out. */
  | 'contacted'
  /** Became a customer. */
  | 'converted'
  /** Does not fit (see disqualificationReason). */
  | 'disqualified'
  /** Meeting scheduled. */
  | 'meeting'
  /** Just discovered. */
  | 'new'
  /** Passed the ICP check. */
  | 'qualified'
  /** Said no. */
  | 'rejected'
  /** Got a response. */
  | 'responded';

/** Which contacts to return: every given condition must hold. An explicit null is an error; use isNull. */
export type ContactFilter = {
  /** Conditions on `alreadyContacted`. */
  alreadyContacted?: BooleanFilter | null | undefined;
  /** Conditions on `buyerFitScore`. */
  buyerFitScore?: IntFilter | null | undefined;
  /** Conditions on `companyId`. */
  companyId?: UuidFilter | null | undefined;
  /** Conditions on `connectionDegree`. */
  connectionDegree?: IntFilter | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on `eligibleForOutreach`. */
  eligibleForOutreach?: BooleanFilter | null | undefined;
  /** Conditions on `email`. */
  email?: TextFilter | null | undefined;
  /** Conditions on `emailStatus`. */
  emailStatus?: EmailStatusFilter | null | undefined;
  /** Conditions on `fullName`. */
  fullName?: TextFilter | null | undefined;
  /** Conditions on `globalLastContactedAt`. */
  globalLastContactedAt?: DateTimeFilter | null | undefined;
  /** Conditions on `globalStatus`. */
  globalStatus?: ContactGlobalStatusFilter | null | undefined;
  /** Conditions on `id`. */
  id?: UuidFilter | null | undefined;
  /** Conditions on `linkedinUrl`. */
  linkedinUrl?: TextFilter | null | undefined;
  /** Conditions on `offerId`. */
  offerId?: UuidFilter | null | undefined;
  /** Conditions on `priority`. */
  priority?: PriorityFilter | null | undefined;
  /** Conditions on `seniority`. */
  seniority?: SeniorityFilter | null | undefined;
  /** Conditions on `sourceTool`. */
  sourceTool?: StringFilter | null | undefined;
  /** Conditions on `status`. */
  status?: ContactStatusFilter | null | undefined;
  /** Conditions on `title`. */
  title?: TextFilter | null | undefined;
};

/** Outreach status of the person across every offer. */
export type ContactGlobalStatus =
  /** May be contacted. */
  | 'available'
  /** Contacted recently (the 60-day rule). */
  | 'cooling_off'
  /** Never contact again (unsubscribe or spam complaint). */
  | 'do_not_contact'
  /** Replied to an earlier message. */
  | 'replied';

/** Conditions on a ContactGlobalStatus column. */
export type ContactGlobalStatusFilter = {
  /** Equal to this value. */
  equals?: ContactGlobalStatus | null | undefined;
  /** One of these values. */
  in?: Array<ContactGlobalStatus> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** Where a contact stands for its offer. */
export type ContactStatus =
  /** Email bounced. */
  | 'bounced'
  /** Reached out. */
  | 'contacted'
  /** Became a customer. */
  | 'converted'
  /** Got an email or phone. */
  | 'enriched'
  /** Meeting scheduled. */
  | 'meeting'
  /** Just discovered. */
  | 'new'
  /** Enrolled in a campaign, waiting to be sent to. */
  | 'queued'
  /** Ready for outreach. */
  | 'ready'
  /** Got a response. */
  | 'replied'
  /** Skipped (see skipReason). */
  | 'skip'
  /** Opted out. */
  | 'unsubscribed';

/** Conditions on a ContactStatus column. */
export type ContactStatusFilter = {
  /** Equal to this value. */
  equals?: ContactStatus | null | undefined;
  /** One of these values. */
  in?: Array<ContactStatus> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key stops working (default: never). */
  expiresAt?: string | null | undefined;
  /** What the key is for (1 to 200 characters). */
  name: string;
  /** What the key may do (at least one role). */
  roles: Array<Role>;
};

/** A new draft campaign. Its slug is built as {type}-{offer}-{channel}-{signal}-{icp}-{account} and must be unique. */
export type CreateCampaignInput = {
  /** Primary sending account (must suit the channel). */
  accountId?: string | null | undefined;
  /** All sending accounts (stored with their names and types). */
  accountIds?: Array<string> | null | undefined;
  /** Networking or cold outreach (default). */
  campaignType?: CampaignType | null | undefined;
  /** Email, LinkedIn or both. */
  channel: CampaignChannel;
  /** Display name. */
  name: string;
  /** Database id of the offer. */
  offerId: string;
  /** Sequence steps and stop rules. */
  schedulingConfig?: SchedulingConfigInput | null | undefined;
  /** Days it sends on, 1 (Monday) to 7 (default Monday to Friday). */
  sendDays?: Array<number> | null | undefined;
  /** End of the daily send window (default 17:00). */
  sendWindowEnd?: unknown;
  /** Start of the daily send window (default 09:00). */
  sendWindowStart?: unknown;
  /** Sequence configuration (free-form JSON). */
  sequenceConfig?: Record<string, unknown> | null | undefined;
  /** Who it targets (signal and icpTarget required). */
  targetCriteria: TargetCriteriaInput;
  /** IANA time zone of the window (default America/New_York). */
  timezone?: string | null | undefined;
};

/** A new offer. It starts as a draft. */
export type CreateOfferInput = {
  /** Required when ownership is client. */
  clientName?: string | null | undefined;
  /** What the offer is. */
  description: string;
  /** Email sequence templates (see the EmailTemplates type). */
  emailTemplates?: Record<string, unknown> | null | undefined;
  /** The ideal customer profile (see the Icp type). */
  icp?: Record<string, unknown> | null | undefined;
  /** LinkedIn templates (see the LinkedinTemplates type). */
  linkedinTemplates?: Record<string, unknown> | null | undefined;
  /** Display name (the slug is derived from it). */
  name: string;
  /** Internal, or for a client. */
  ownership: OfferOwnership;
  /** The positioning canvas (snake_case keys as documented; see the Positioning type). */
  positioning?: Record<string, unknown> | null | undefined;
  /** low, mid, high or enterprise. */
  priceRange?: string | null | undefined;
  /** The problem it solves. */
  problemSolved?: string | null | undefined;
  /** Product or service. */
  type: OfferType;
  /** Why buyers should care. */
  valueProposition?: string | null | undefined;
};

/** Conditions on a point in time. */
export type DateTimeFilter = {
  /** Exactly this instant. */
  equals?: string | null | undefined;
  /** After. */
  gt?: string | null | undefined;
  /** At or after. */
  gte?: string | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
  /** Before. */
  lt?: string | null | undefined;
  /** At or before. */
  lte?: string | null | undefined;
};

/** What we know about an email address. */
export type EmailStatus =
  /** Enrichment failed. */
  | 'failed'
  /** Bounced or catch-all. */
  | 'invalid'
  /** Might bounce. */
  | 'risky'
  /** Not verified. */
  | 'unknown'
  /** Verified deliverable. */
  | 'valid';

/** Conditions on a EmailStatus column. */
export type EmailStatusFilter = {
  /** Equal to this value. */
  equals?: EmailStatus | null | undefined;
  /** One of these values. */
  in?: Array<EmailStatus> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** What a person did (email engagement or an intent signal). */
export type EngagementKind =
  /** Clicked a link (once per link per UTC day; tracking pixels and unsubscribe links do not count). */
  | 'CLICK'
  /** Downloaded content (intent tool; 8 BIT points, at most 16). */
  | 'CONTENT_DOWNLOAD'
  /** The address bounced hard. */
  | 'HARD_BOUNCE'
  /** Opened an email (counts once per send per UTC day). */
  | 'OPEN'
  /** Replied (give the sentiment). */
  | 'REPLY'
  /** Marked an email as spam (an unsubscribe). */
  | 'SPAM_COMPLAINT'
  /** Unsubscribed (an unsubscribe link or a request to be removed). */
  | 'UNSUBSCRIBE'
  /** Attended a webinar (intent tool; 10 BIT points once). */
  | 'WEBINAR'
  /** Visited the website (intent tool; 3 BIT points, at most 12). */
  | 'WEBSITE_VISIT';

/** Contacts to enrol: give contactIds or a filter over the campaign's offer's contacts (at most 10000). */
export type EnrollContactsInput = {
  /** Database id of the campaign. */
  campaignId: string;
  /** The contacts, by database id. */
  contactIds?: Array<string> | null | undefined;
  /** Enrol every contact of the campaign's offer matching this filter. */
  filter?: ContactFilter | null | undefined;
};

/** Why a contact was not enrolled (the first rule that applies, in this order). */
export type EnrolmentSkipReason =
  /** Already contacted for this offer. */
  | 'ALREADY_CONTACTED'
  /** Already enrolled in this campaign. */
  | 'ALREADY_ENROLLED'
  /** The contact bounced. */
  | 'BOUNCED'
  /** Sent to from some offer in the last 60 days (matched by email or LinkedIn URL). */
  | 'CONTACTED_RECENTLY'
  /** The person is do-not-contact (unsubscribed or complained), in any offer. */
  | 'DO_NOT_CONTACT'
  /** The email address is known to be invalid. */
  | 'EMAIL_INVALID'
  /** Excluded from outreach by hand (eligibleForOutreach is false). */
  | 'EXCLUDED'
  /** A 1st-degree LinkedIn connection. */
  | 'FIRST_DEGREE'
  /** No contact has this id. */
  | 'NOT_FOUND'
  /** Not ready for outreach (status is not ready or enriched). */
  | 'NOT_READY'
  /** Neither an email address nor a LinkedIn URL. */
  | 'NO_ADDRESS'
  /** An email campaign needs an email address. */
  | 'NO_EMAIL'
  /** A LinkedIn campaign needs a LinkedIn URL. */
  | 'NO_LINKEDIN'
  /** The contact belongs to another offer than the campaign's. */
  | 'OTHER_OFFER'
  /** Marked to skip (see skipReason). */
  | 'SKIPPED';

/** The four funnels a person can be in. */
export type FunnelMembership =
  /** Funnel 1: cold suspects. */
  | 'COLD_UNIVERSE'
  /** Funnel 4: people being re-engaged. */
  | 'REENGAGEMENT_UNIVERSE'
  /** Funnel 2: people with a job-move signal. */
  | 'TALENTFLOW_UNIVERSE'
  /** Funnel 3: engaged people. */
  | 'WARM_UNIVERSE';

/** Conditions on a whole-number column. */
export type IntFilter = {
  /** Equal to. */
  equals?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** One of these numbers (at most 1000). */
  in?: Array<number> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
};

/** Which leads to return: every given condition must hold. An explicit null is an error; use isNull. */
export type LeadForReviewFilter = {
  /** Conditions on `campaignId`. */
  campaignId?: UuidFilter | null | undefined;
  /** Conditions on `campaignStatus`. */
  campaignStatus?: CampaignContactStatusFilter | null | undefined;
  /** Conditions on `companyId`. */
  companyId?: UuidFilter | null | undefined;
  /** Conditions on `companyName`. */
  companyName?: TextFilter | null | undefined;
  /** Conditions on `connectionDegree`. */
  connectionDegree?: IntFilter | null | undefined;
  /** Conditions on `contactId`. */
  contactId?: UuidFilter | null | undefined;
  /** Conditions on `domain`. */
  domain?: TextFilter | null | undefined;
  /** Conditions on `eligibleForOutreach`. */
  eligibleForOutreach?: BooleanFilter | null | undefined;
  /** Conditions on `email`. */
  email?: TextFilter | null | undefined;
  /** Conditions on `emailStatus`. */
  emailStatus?: EmailStatusFilter | null | undefined;
  /** Conditions on `fitScore`. */
  fitScore?: IntFilter | null | undefined;
  /** Conditions on `fullName`. */
  fullName?: TextFilter | null | undefined;
  /** Conditions on `globalLastContactedAt`. */
  globalLastContactedAt?: DateTimeFilter | null | undefined;
  /** Conditions on `globalStatus`. */
  globalStatus?: ContactGlobalStatusFilter | null | undefined;
  /** Conditions on `industry`. */
  industry?: TextFilter | null | undefined;
  /** Conditions on `queueStatus`. */
  queueStatus?: SendQueueStatusFilter | null | undefined;
  /** Conditions on `scheduledFor`. */
  scheduledFor?: DateTimeFilter | null | undefined;
  /** Conditions on `size`. */
  size?: CompanySizeFilter | null | undefined;
  /** Conditions on `title`. */
  title?: TextFilter | null | undefined;
};

/** The sort key of leads; the row key breaks ties. */
export type LeadForReviewOrder = {
  /** The direction (ascending unless given). */
  direction?: SortDirection | null | undefined;
  /** The column to sort by. */
  field: LeadForReviewOrderField;
};

/** A column leads can be sorted by. */
export type LeadForReviewOrderField =
  /** Sort by `companyName` (missing values last). */
  | 'companyName'
  /** Sort by `connectionDegree` (missing values last). */
  | 'connectionDegree'
  /** Sort by `domain` (missing values last). */
  | 'domain'
  /** Sort by `email` (missing values last). */
  | 'email'
  /** Sort by `fitScore` (missing values last). */
  | 'fitScore'
  /** Sort by `fullName` (missing values last). */
  | 'fullName'
  /** Sort by `globalLastContactedAt` (missing values last). */
  | 'globalLastContactedAt'
  /** Sort by `industry` (missing values last). */
  | 'industry'
  /** Sort by `scheduledFor` (missing values last). */
  | 'scheduledFor'
  /** Sort by `title` (missing values last). */
  | 'title';

/** A lifecycle event: what can move a person (engagement events are stored under the event they can raise; see subtype). */
export type LifecycleEventType =
  /** A meeting was booked or confirmed. */
  | 'EVENT_APPOINTMENT'
  /** The BIT score reached 25 (intent signals are stored under it: website_visit, content_download, webinar_attended). */
  | 'EVENT_BIT_THRESHOLD'
  /** 2 unique clicks within 30 days (single clicks are stored under it, subtype link_click). */
  | 'EVENT_CLICKS_X2'
  /** A contract was signed. */
  | 'EVENT_CLIENT_SIGNED'
  /** The email address bounced hard. */
  | 'EVENT_HARD_BOUNCE'
  /** 30 days without engagement. */
  | 'EVENT_INACTIVITY_30D'
  /** Moved by hand (admin, sales manager or customer success), with a reason. */
  | 'EVENT_MANUAL_OVERRIDE'
  /** 3 unique opens within 30 days (single opens are stored under it, subtype email_open). */
  | 'EVENT_OPENS_X3'
  /** Three re-engagement cycles with no response. */
  | 'EVENT_REENGAGEMENT_EXHAUSTED'
  /** A new re-engagement cycle started (no state change). */
  | 'EVENT_REENGAGEMENT_TRIGGER'
  /** A reply (positive, neutral or a question promotes; others are recorded). */
  | 'EVENT_REPLY'
  /** A job move detected by TalentFlow. */
  | 'EVENT_TALENTFLOW_MOVE'
  /** Opted out (unsubscribe link, request or spam complaint). */
  | 'EVENT_UNSUBSCRIBE';

/** Why an event moved nobody. */
export type LifecycleNoMoveReason =
  /** Held back by the 24-hour cooldown; the sweep applies it when the wait ends. */
  | 'HELD'
  /** The person is locked. */
  | 'LOCKED'
  /** It raises no lifecycle event (recorded and counted only). */
  | 'NO_EVENT'
  /** The event it raised moves nobody from the current state (for example a reply in TALENTFLOW_WARM). */
  | 'NO_TRANSITION';

/** Where a person stands in the four-funnel lifecycle. CLIENT, DISQUALIFIED and UNSUBSCRIBED are terminal. */
export type LifecycleState =
  /** A meeting is booked or was held; keeps the funnel the person came from. */
  | 'APPOINTMENT'
  /** Signed (terminal); keeps the funnel the person came from. */
  | 'CLIENT'
  /** Removed, for example after a hard bounce (terminal; can be corrected by a manual override). */
  | 'DISQUALIFIED'
  /** Went quiet for 30 days; being re-engaged in cycles (funnel 4). */
  | 'REENGAGEMENT'
  /** In the cold universe: no qualifying engagement yet (funnel 1). */
  | 'SUSPECT'
  /** Warm because of a job move detected by TalentFlow (funnel 2). */
  | 'TALENTFLOW_WARM'
  /** Opted out (terminal). */
  | 'UNSUBSCRIBED'
  /** Engaged by email (3 opens, 2 clicks, a reply) or buyer intent (funnel 3). */
  | 'WARM';

/** The channel of one message. */
export type MessageChannel =
  /** An email. */
  | 'email'
  /** A LinkedIn connection request. */
  | 'linkedin_connect'
  /** A LinkedIn direct message. */
  | 'linkedin_dm'
  /** A LinkedIn InMail. */
  | 'linkedin_inmail';

/** Where a message stands. */
export type MessageStatus =
  /** Bounced. */
  | 'bounced'
  /** A link was clicked. */
  | 'clicked'
  /** Confirmed delivered. */
  | 'delivered'
  /** Could not be sent. */
  | 'failed'
  /** Opened (email). */
  | 'opened'
  /** Not sent yet. */
  | 'pending'
  /** In the send queue. */
  | 'queued'
  /** Got a reply. */
  | 'replied'
  /** Being sent. */
  | 'sending'
  /** Sent. */
  | 'sent';

/** Whose offer it is. */
export type OfferOwnership =
  /** A client's offer (see clientName). */
  | 'client'
  /** Our own offer. */
  | 'internal';

/** Where an offer stands: draft → ready → active ⇄ paused → completed; any → killed. */
export type OfferStatus =
  /** Campaigns running. */
  | 'active'
  /** Done testing. */
  | 'completed'
  /** Still being defined. */
  | 'draft'
  /** Did not work; archived. */
  | 'killed'
  /** Temporarily stopped. */
  | 'paused'
  /** ICP and copy ready. */
  | 'ready';

/** What is being offered. */
export type OfferType =
  /** A product. */
  | 'product'
  /** A service. */
  | 'service';

/** How soon to work a company or contact. */
export type Priority =
  /** Work first. */
  | 'high'
  /** Work last. */
  | 'low'
  /** Work after the high ones. */
  | 'medium';

/** Conditions on a Priority column. */
export type PriorityFilter = {
  /** Equal to this value. */
  equals?: Priority | null | undefined;
  /** One of these values. */
  in?: Array<Priority> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** Something a person did. Give personId or email (a new email starts a SUSPECT). */
export type RecordEngagementInput = {
  /** For REPLY: an automatic reply (ignored, like out-of-office). */
  autoReply?: boolean | null | undefined;
  /** For a new person: the company's domain (default: the email's domain). */
  companyDomain?: string | null | undefined;
  /** The email (normalized); finds or creates the person. */
  email?: string | null | undefined;
  /** When it happened (default now; at most 5 minutes ahead of the server clock). */
  eventTs?: string | null | undefined;
  /** What happened. */
  kind: EngagementKind;
  /** For CLICK: the link type from the tracker (tracking_pixel and unsubscribe do not count). */
  linkType?: string | null | undefined;
  /** Anything else from the source. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The lifecycle person. */
  personId?: string | null | undefined;
  /** For REPLY: its tone (default neutral). positive, neutral and question promote; negative is recorded; ooo is ignored. */
  replySentiment?: ReplySentiment | null | undefined;
  /** For OPEN and CLICK: the send (email) it belongs to. */
  sendId?: string | null | undefined;
  /** The campaign at the source. */
  sourceCampaignId?: string | null | undefined;
  /** The provider's id for this event (or its email). Same person, kind, source system, this id and UTC hour = the same event, stored once. */
  sourceEmailId?: string | null | undefined;
  /** Where it came from (default gtm-graph). */
  sourceSystem?: string | null | undefined;
  /** For CLICK: the clicked link. */
  url?: string | null | undefined;
};

/** How a reply reads. */
export type ReplySentiment =
  /** Not interested. */
  | 'negative'
  /** Neither. */
  | 'neutral'
  /** Out of office. */
  | 'ooo'
  /** Interested. */
  | 'positive'
  /** Asks a question. */
  | 'question';

/** The key to revoke. */
export type RevokeApiKeyInput = {
  /** The global id of the key. */
  id: string | number;
};

/** What a caller may do. A caller with several roles may do what any of them may. */
export type Role =
  /** Everything, including API keys and settings. */
  | 'admin'
  /** Day-to-day writes and manual funnel overrides. */
  | 'customer_success'
  /** Day-to-day writes, but no funnel overrides and no account limits. */
  | 'operator'
  /** Day-to-day writes and manual funnel overrides. */
  | 'sales_manager'
  /** Read only (the BI role); no message bodies, reply texts or provider ids. */
  | 'viewer';

/** The sequence of a campaign and when it stops. */
export type SchedulingConfigInput = {
  /** Most messages one contact receives. */
  maxTouches?: number | null | undefined;
  /** The steps, in order. */
  steps?: Array<SchedulingStepInput> | null | undefined;
  /** Stop when the contact replies. */
  stopOnReply?: boolean | null | undefined;
};

/** One step of a campaign sequence. */
export type SchedulingStepInput = {
  /** When it runs ("connected", "no_reply"). */
  condition?: string | null | undefined;
  /** Days after the previous step. */
  delayDays?: number | null | undefined;
  /** Position (1 = first). */
  step: number;
  /** What it sends ("connection_request", "linkedin_dm", "email"). */
  type: string;
};

/** Where a queued send stands. Only pending and scheduled items of active campaigns are ever claimed. */
export type SendQueueStatus =
  /** Bounced. */
  | 'bounced'
  /** Will never be sent (see lastError for why). */
  | 'cancelled'
  /** Confirmed delivered. */
  | 'delivered'
  /** Gave up after its attempts. */
  | 'failed'
  /** Set aside while its campaign is paused; back to pending when it resumes. */
  | 'held'
  /** Waiting to be sent. */
  | 'pending'
  /** Claimed by a worker (under a lease; reclaimed when the lease expires). */
  | 'processing'
  /** Its worker died during the provider call and the provider cannot say whether it went out: not resent until a person reschedules or cancels it. */
  | 'review'
  /** Waiting for its scheduled time. */
  | 'scheduled'
  /** Sent. */
  | 'sent'
  /** Skipped by a rule (for example the 60-day rule). */
  | 'skipped';

/** Conditions on a SendQueueStatus column. */
export type SendQueueStatusFilter = {
  /** Equal to this value. */
  equals?: SendQueueStatus | null | undefined;
  /** One of these values. */
  in?: Array<SendQueueStatus> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** Seniority of a contact. */
export type Seniority =
  /** C-level executive. */
  | 'c_level'
  /** Director. */
  | 'director'
  /** Individual contributor. */
  | 'individual'
  /** Manager. */
  | 'manager'
  /** Vice president. */
  | 'vp';

/** Conditions on a Seniority column. */
export type SeniorityFilter = {
  /** Equal to this value. */
  equals?: Seniority | null | undefined;
  /** One of these values. */
  in?: Array<Seniority> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** The width of one row of a time series. Days are UTC days; weeks are ISO weeks (Monday to Sunday, UTC). */
export type SeriesBucket =
  /** One row per UTC day. */
  | 'DAY'
  /** One row per ISO week, starting on Monday. */
  | 'WEEK';

/** Sort direction. */
export type SortDirection =
  /** Smallest (or earliest, or A) first; missing values last. */
  | 'ASC'
  /** Largest (or latest, or Z) first; missing values last. */
  | 'DESC';

/** Conditions on a text code column (exact matches only). */
export type StringFilter = {
  /** Exactly this text. */
  equals?: string | null | undefined;
  /** One of these texts (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

/** Who a campaign targets. signal and icpTarget are parts of the campaign slug. */
export type TargetCriteriaInput = {
  /** Company statuses to include. */
  companyStatus?: Array<CompanyStatus> | null | undefined;
  /** LinkedIn connection degrees to include (1–3). */
  connectionDegrees?: Array<number> | null | undefined;
  /** Contact statuses to include. */
  contactStatus?: Array<ContactStatus> | null | undefined;
  /** Leave out first-degree connections. */
  exclude1stDegree?: boolean | null | undefined;
  /** The ICP segment targeted ("pmre-companies"). */
  icpTarget?: string | null | undefined;
  /** Smallest company fit score (1–10). */
  minFitScore?: number | null | undefined;
  /** The primary signal targeted ("hiring"). */
  signal?: string | null | undefined;
  /** The signals, in detail. */
  signals?: Array<TargetSignalInput> | null | undefined;
};

/** A signal a campaign targets. */
export type TargetSignalInput = {
  /** What the signal is. */
  description?: string | null | undefined;
  /** Priority ("HIGH", …). */
  priority?: string | null | undefined;
  /** Kind of signal ("HIRING", …). */
  type?: string | null | undefined;
};

/** Conditions on a searchable text column (names, emails, domains). */
export type TextFilter = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Exactly this text (case-sensitive). */
  equals?: string | null | undefined;
  /** One of these texts (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
  /** Starts with this text, ignoring case. */
  startsWith?: string | null | undefined;
};

/** Conditions on an id column (all given conditions must hold). */
export type UuidFilter = {
  /** Equal to this id. */
  equals?: string | null | undefined;
  /** One of these ids (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: only rows where the value is missing; false: only rows where it is present. */
  isNull?: boolean | null | undefined;
};

export type BiSeriesQueryVariables = Exact<{
  bucket?: SeriesBucket;
  from?: unknown;
  to?: unknown;
}>;


export type BiSeriesQuery = { sendSeries: Array<{ bucketStart: unknown, bucketEnd: unknown, sends: number, emailSends: number, linkedinSends: number, contacts: number }>, replySeries: Array<{ bucketStart: unknown, replies: number, positive: number, negative: number }>, movementSeries: Array<{ bucketStart: unknown, movements: number, intoWarm: number, intoAppointment: number, intoClient: number }>, conversionSeries: Array<{ bucketStart: unknown, clients: number, annualRevenue: string }> };

export type CampaignLaunchSetupQueryVariables = Exact<{
  offerId: string;
}>;


export type CampaignLaunchSetupQuery = { offer: { uuid: string, name: string, status: OfferStatus } | null, accountCapacity: Array<{ accountId: string, name: string, type: AccountType, emailsRemaining: number, canSendNow: boolean | null }>, contactsReady: { totalCount: number } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign:
    | { __typename: 'Conflict', message: string }
    | { __typename: 'Forbidden', message: string }
    | { __typename: 'MutationCreateCampaignSuccess', campaign: { uuid: string, name: string, campaignSlug: string | null, status: CampaignStatus } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string, problems: Array<{ path: string, message: string }> }
   };

export type EnrollContactsMutationVariables = Exact<{
  input: EnrollContactsInput;
}>;


export type EnrollContactsMutation = { enrollContacts:
    | { __typename: 'Conflict', message: string }
    | { __typename: 'Forbidden', message: string }
    | { __typename: 'MutationEnrollContactsSuccess', enrolment: { enrolled: number, skippedCount: number, skippedByReason: Array<{ reason: EnrolmentSkipReason, count: number }> } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string, problems: Array<{ path: string, message: string }> }
   };

export type ChangeCampaignStatusMutationVariables = Exact<{
  id: string;
  status: CampaignStatus;
}>;


export type ChangeCampaignStatusMutation = { changeCampaignStatus:
    | { __typename: 'Forbidden', message: string }
    | { __typename: 'InvalidTransition', message: string, from: string, to: string | null }
    | { __typename: 'MutationChangeCampaignStatusSuccess', change: { releasedSends: number, campaign: { uuid: string, status: CampaignStatus } } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string }
   };

export type JourneyViewQueryVariables = Exact<{
  email: string;
}>;


export type JourneyViewQuery = { prospect: { id: string, personId: string, email: string, funnelState: LifecycleState, funnelMembership: FunnelMembership, currentBitScore: number, bitLevel: BitLevel, journeySummary: { enteredSuspectTs: string, firstContactTs: string | null, daysInCurrentState: number, movementCount: number, eventCount: number, isInCooldown: boolean } | null, movements: { totalCount: number, edges: Array<{ node: { fromState: LifecycleState, toState: LifecycleState, eventType: LifecycleEventType, eventTs: string, isManualOverride: boolean } }> }, events: { totalCount: number, edges: Array<{ node: { eventType: LifecycleEventType, eventSubtype: string | null, eventTs: string } }> }, appointments: { edges: Array<{ node: { appointmentTs: string, status: AppointmentStatus, outcome: AppointmentOutcome } }> } } | null };

export type LeadsTableQueryVariables = Exact<{
  offerId?: string | null | undefined;
  filter?: LeadForReviewFilter | null | undefined;
  orderBy?: LeadForReviewOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsTableQuery = { leadsForReview: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { contactId: string, fullName: string | null, title: string | null, email: string | null, emailStatus: EmailStatus | null, companyName: string | null, domain: string | null, industry: string | null, size: CompanySize | null, fitScore: number | null, campaignName: string | null, campaignStatus: CampaignContactStatus | null, queueStatus: SendQueueStatus | null, scheduledFor: string | null, sendingAccount: string | null } }> } };

export type LiveFeedSubscriptionVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type LiveFeedSubscription = { activity: { cursor: string, kind: ActivityKind, occurredAt: string, campaignId: string | null, contactId: string | null, accountId: string | null, movement: { fromState: LifecycleState, toState: LifecycleState, eventType: LifecycleEventType } | null } };

export type OfferBoardQueryVariables = Exact<{
  offerId?: string | null | undefined;
  status?: OfferStatus | null | undefined;
}>;


export type OfferBoardQuery = { offerDashboard: Array<{ offerId: string, name: string, status: OfferStatus, type: OfferType, companyCount: number, contactCount: number, campaignCount: number, sentCount: number, replyCount: number, positiveReplyCount: number, replyRate: string | null, meetingCount: number }>, campaignPerformance: Array<{ campaignId: string, name: string, status: CampaignStatus, channel: CampaignChannel, totalContacts: number, totalSent: number, totalReplied: number, totalMeetings: number, openRate: string | null, replyRate: string | null, meetingRate: string | null }>, sendSeries: Array<{ bucketStart: unknown, sends: number, contacts: number }>, replySeries: Array<{ bucketStart: unknown, replies: number, positive: number }> };

export type QueueMonitorQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type QueueMonitorQuery = { accountCapacity: Array<{ accountId: string, name: string, type: AccountType, status: AccountStatus, healthScore: number, emailsRemaining: number, messagesRemaining: number, connectionsRemaining: number, sendsLastHour: number, hourlyLimit: number, canSendNow: boolean | null }>, todaysQueue: { totalCount: number, edges: Array<{ node: { messageId: string, campaignName: string | null, contactName: string | null, accountName: string | null, channel: MessageChannel, status: MessageStatus, scheduledAt: string | null } }> }, todaysSchedule: { totalCount: number, edges: Array<{ node: { queueItemId: string, campaignName: string | null, contactName: string | null, accountName: string | null, channel: MessageChannel, status: SendQueueStatus, scheduledFor: string, scheduledLocal: string | null } }> } };

export type CreateApiKeyForTestMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyForTestMutation = { createApiKey:
    | { __typename: 'Forbidden', message: string }
    | { __typename: 'NewApiKey', token: string, apiKey: { id: string, uuid: string, name: string, prefix: string, roles: Array<Role>, revokedAt: string | null, expiresAt: string | null } }
    | { __typename: 'ValidationFailed', problems: Array<{ path: string, message: string }> }
   };

export type RevokeApiKeyForTestMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyForTestMutation = { revokeApiKey:
    | { __typename: 'Conflict', code: string, message: string }
    | { __typename: 'Forbidden', code: string, message: string }
    | { __typename: 'MutationRevokeApiKeySuccess', apiKey: { id: string, revokedAt: string | null, revokedBy: string | null } }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ValidationFailed', code: string, message: string }
   };

export type RecordEngagementForTestMutationVariables = Exact<{
  input: RecordEngagementInput;
}>;


export type RecordEngagementForTestMutation = { recordEngagement:
    | { __typename: 'Forbidden' }
    | { __typename: 'MutationRecordEngagementSuccess', outcome: { duplicate: boolean, heldByCooldown: boolean, noMoveReason: LifecycleNoMoveReason | null, prospect: { id: string, uuid: string, funnelState: LifecycleState, funnelMembership: FunnelMembership, emailOpenCount: number, currentBitScore: number }, event: { eventType: LifecycleEventType, eventSubtype: string | null, isProcessed: boolean, triggeredTransition: boolean } | null, movement: { fromState: LifecycleState, toState: LifecycleState, eventType: LifecycleEventType, transitionProcessedAt: string } | null } }
    | { __typename: 'NotFound' }
    | { __typename: 'ValidationFailed', problems: Array<{ path: string, message: string }> }
   };

export type JourneyForTestQueryVariables = Exact<{
  email?: string | null | undefined;
}>;


export type JourneyForTestQuery = { prospect: { id: string, personId: string, funnelState: LifecycleState, funnelMembership: FunnelMembership, emailOpenCount: number, emailClickCount: number, emailReplyCount: number, currentBitScore: number, bitLevel: BitLevel, inCooldown: boolean, contactIds: Array<string>, journeySummary: { funnelState: LifecycleState, funnelMembership: FunnelMembership, movementCount: number, eventCount: number, currentBitScore: number, firstContactTs: string | null } | null, events: { totalCount: number, edges: Array<{ node: { eventType: LifecycleEventType, eventSubtype: string | null, eventTs: string } }> }, movements: { totalCount: number, edges: Array<{ node: { fromState: LifecycleState, toState: LifecycleState, eventType: LifecycleEventType, triggeringEvent: { eventSubtype: string | null } | null } }> }, bitHistory: { edges: Array<{ node: { bitScore: number, openPoints: number, replyPoints: number, level: BitLevel, bitReason: string } }> }, warmProfile: { warmReason: string, opensAtPromotion: number, isActive: boolean } | null, appointments: { totalCount: number, edges: Array<{ node: { status: AppointmentStatus, sourceFunnel: FunnelMembership | null } }> }, conversion: { annualRevenue: string | null, sourceFunnel: FunnelMembership | null } | null } | null };

export type CreateOfferForTestMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferForTestMutation = { createOffer:
    | { __typename: 'Forbidden' }
    | { __typename: 'MutationCreateOfferSuccess', offer: { id: string, uuid: string, slug: string | null, name: string, status: OfferStatus } }
    | { __typename: 'ValidationFailed', problems: Array<{ path: string, message: string }> }
   };


export const BiSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesBucket"}}},"defaultValue":{"kind":"EnumValue","value":"WEEK"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketStart"}},{"kind":"Field","name":{"kind":"Name","value":"bucketEnd"}},{"kind":"Field","name":{"kind":"Name","value":"sends"}},{"kind":"Field","name":{"kind":"Name","value":"emailSends"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinSends"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replySeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketStart"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movementSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketStart"}},{"kind":"Field","name":{"kind":"Name","value":"movements"}},{"kind":"Field","name":{"kind":"Name","value":"intoWarm"}},{"kind":"Field","name":{"kind":"Name","value":"intoAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"intoClient"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversionSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketStart"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}}]}}]}}]} as unknown as DocumentNode<BiSeriesQuery, BiSeriesQueryVariables>;
export const CampaignLaunchSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignLaunchSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"active"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"emailsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"canSendNow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CampaignLaunchSetupQuery, CampaignLaunchSetupQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCampaignSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"campaignSlug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const EnrollContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationEnrollContactsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EnrollContactsMutation, EnrollContactsMutationVariables>;
export const ChangeCampaignStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCampaignStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCampaignStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationChangeCampaignStatusSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releasedSends"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeCampaignStatusMutation, ChangeCampaignStatusMutationVariables>;
export const JourneyViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prospect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"funnelState"}},{"kind":"Field","name":{"kind":"Name","value":"funnelMembership"}},{"kind":"Field","name":{"kind":"Name","value":"currentBitScore"}},{"kind":"Field","name":{"kind":"Name","value":"bitLevel"}},{"kind":"Field","name":{"kind":"Name","value":"journeySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enteredSuspectTs"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactTs"}},{"kind":"Field","name":{"kind":"Name","value":"daysInCurrentState"}},{"kind":"Field","name":{"kind":"Name","value":"movementCount"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"isInCooldown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTs"}},{"kind":"Field","name":{"kind":"Name","value":"isManualOverride"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"eventTs"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentTs"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JourneyViewQuery, JourneyViewQueryVariables>;
export const LeadsTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadForReviewFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadForReviewOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadsForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"fitScore"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"campaignStatus"}},{"kind":"Field","name":{"kind":"Name","value":"queueStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"sendingAccount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadsTableQuery, LeadsTableQueryVariables>;
export const LiveFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}}]}}]}}]}}]} as unknown as DocumentNode<LiveFeedSubscription, LiveFeedSubscriptionVariables>;
export const OfferBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"companyCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"campaignCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"positiveReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"replyRate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaignPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"totalContacts"}},{"kind":"Field","name":{"kind":"Name","value":"totalSent"}},{"kind":"Field","name":{"kind":"Name","value":"totalReplied"}},{"kind":"Field","name":{"kind":"Name","value":"totalMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"openRate"}},{"kind":"Field","name":{"kind":"Name","value":"replyRate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"WEEK"}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketStart"}},{"kind":"Field","name":{"kind":"Name","value":"sends"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replySeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"WEEK"}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketStart"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}}]}}]}}]} as unknown as DocumentNode<OfferBoardQuery, OfferBoardQueryVariables>;
export const QueueMonitorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueMonitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"emailsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"messagesRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"connectionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"sendsLastHour"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"canSendNow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"todaysQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"todaysSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueItemId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledLocal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueueMonitorQuery, QueueMonitorQueryVariables>;
export const CreateApiKeyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKeyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyForTestMutation, CreateApiKeyForTestMutationVariables>;
export const RevokeApiKeyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKeyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRevokeApiKeySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyForTestMutation, RevokeApiKeyForTestMutationVariables>;
export const RecordEngagementForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEngagementForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRecordEngagementSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"heldByCooldown"}},{"kind":"Field","name":{"kind":"Name","value":"noMoveReason"}},{"kind":"Field","name":{"kind":"Name","value":"prospect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"funnelState"}},{"kind":"Field","name":{"kind":"Name","value":"funnelMembership"}},{"kind":"Field","name":{"kind":"Name","value":"emailOpenCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentBitScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"isProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredTransition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"transitionProcessedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordEngagementForTestMutation, RecordEngagementForTestMutationVariables>;
export const JourneyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prospect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"funnelState"}},{"kind":"Field","name":{"kind":"Name","value":"funnelMembership"}},{"kind":"Field","name":{"kind":"Name","value":"emailOpenCount"}},{"kind":"Field","name":{"kind":"Name","value":"emailClickCount"}},{"kind":"Field","name":{"kind":"Name","value":"emailReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentBitScore"}},{"kind":"Field","name":{"kind":"Name","value":"bitLevel"}},{"kind":"Field","name":{"kind":"Name","value":"inCooldown"}},{"kind":"Field","name":{"kind":"Name","value":"journeySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnelState"}},{"kind":"Field","name":{"kind":"Name","value":"funnelMembership"}},{"kind":"Field","name":{"kind":"Name","value":"movementCount"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentBitScore"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactTs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"eventTs"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"eventTs"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"triggeringEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSubtype"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bitHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bitScore"}},{"kind":"Field","name":{"kind":"Name","value":"openPoints"}},{"kind":"Field","name":{"kind":"Name","value":"replyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"bitReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warmProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warmReason"}},{"kind":"Field","name":{"kind":"Name","value":"opensAtPromotion"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFunnel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFunnel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIds"}}]}}]}}]} as unknown as DocumentNode<JourneyForTestQuery, JourneyForTestQueryVariables>;
export const CreateOfferForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfferForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateOfferSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateOfferForTestMutation, CreateOfferForTestMutationVariables>;