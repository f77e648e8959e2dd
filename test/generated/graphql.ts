/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key stops working (default: never). */
  expiresAt?: string | null | undefined;
  /** What the key is for (1 to 200 characters). */
  name: string;
  /** What the key may do (at least one role). */
  roles: Array<Role>;
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


export const CreateApiKeyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKeyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyForTestMutation, CreateApiKeyForTestMutationVariables>;
export const RevokeApiKeyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKeyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRevokeApiKeySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyForTestMutation, RevokeApiKeyForTestMutationVariables>;
export const RecordEngagementForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEngagementForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRecordEngagementSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"heldByCooldown"}},{"kind":"Field","name":{"kind":"Name","value":"noMoveReason"}},{"kind":"Field","name":{"kind":"Name","value":"prospect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"funnelState"}},{"kind":"Field","name":{"kind":"Name","value":"funnelMembership"}},{"kind":"Field","name":{"kind":"Name","value":"emailOpenCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentBitScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"isProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredTransition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"transitionProcessedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordEngagementForTestMutation, RecordEngagementForTestMutationVariables>;
export const JourneyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prospect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"funnelState"}},{"kind":"Field","name":{"kind":"Name","value":"funnelMembership"}},{"kind":"Field","name":{"kind":"Name","value":"emailOpenCount"}},{"kind":"Field","name":{"kind":"Name","value":"emailClickCount"}},{"kind":"Field","name":{"kind":"Name","value":"emailReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentBitScore"}},{"kind":"Field","name":{"kind":"Name","value":"bitLevel"}},{"kind":"Field","name":{"kind":"Name","value":"inCooldown"}},{"kind":"Field","name":{"kind":"Name","value":"journeySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnelState"}},{"kind":"Field","name":{"kind":"Name","value":"funnelMembership"}},{"kind":"Field","name":{"kind":"Name","value":"movementCount"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentBitScore"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactTs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"eventTs"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"eventTs"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"triggeringEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSubtype"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bitHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bitScore"}},{"kind":"Field","name":{"kind":"Name","value":"openPoints"}},{"kind":"Field","name":{"kind":"Name","value":"replyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"bitReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warmProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warmReason"}},{"kind":"Field","name":{"kind":"Name","value":"opensAtPromotion"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFunnel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFunnel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIds"}}]}}]}}]} as unknown as DocumentNode<JourneyForTestQuery, JourneyForTestQueryVariables>;
export const CreateOfferForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfferForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateOfferSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateOfferForTestMutation, CreateOfferForTestMutationVariables>;