/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateApiKeyForTest($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on NewApiKey { token apiKey { id uuid name prefix roles revokedAt expiresAt } }\n      ... on ValidationFailed { problems { path message } }\n      ... on Forbidden { message }\n    }\n  }\n": typeof types.CreateApiKeyForTestDocument,
    "\n  mutation RevokeApiKeyForTest($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { apiKey { id revokedAt revokedBy } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.RevokeApiKeyForTestDocument,
    "\n  mutation RecordEngagementForTest($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      __typename\n      ... on MutationRecordEngagementSuccess {\n        outcome {\n          duplicate\n          heldByCooldown\n          noMoveReason\n          prospect { id uuid funnelState funnelMembership emailOpenCount currentBitScore }\n          event { eventType eventSubtype isProcessed triggeredTransition }\n          movement { fromState toState eventType transitionProcessedAt }\n        }\n      }\n      ... on ValidationFailed { problems { path message } }\n    }\n  }\n": typeof types.RecordEngagementForTestDocument,
    "\n  query JourneyForTest($email: String) {\n    prospect(email: $email) {\n      id\n      personId\n      funnelState\n      funnelMembership\n      emailOpenCount\n      emailClickCount\n      emailReplyCount\n      currentBitScore\n      bitLevel\n      inCooldown\n      journeySummary { funnelState funnelMembership movementCount eventCount currentBitScore firstContactTs }\n      events(orderBy: [{ field: eventTs, direction: ASC }]) { totalCount edges { node { eventType eventSubtype eventTs } } }\n      movements { totalCount edges { node { fromState toState eventType triggeringEvent { eventSubtype } } } }\n      bitHistory(first: 1) { edges { node { bitScore openPoints replyPoints level bitReason } } }\n      warmProfile { warmReason opensAtPromotion isActive }\n      appointments { totalCount edges { node { status sourceFunnel } } }\n      conversion { annualRevenue sourceFunnel }\n      contactIds\n    }\n  }\n": typeof types.JourneyForTestDocument,
    "\n  mutation CreateOfferForTest($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      __typename\n      ... on MutationCreateOfferSuccess { offer { id uuid slug name status } }\n      ... on ValidationFailed { problems { path message } }\n    }\n  }\n": typeof types.CreateOfferForTestDocument,
};
const documents: Documents = {
    "\n  mutation CreateApiKeyForTest($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on NewApiKey { token apiKey { id uuid name prefix roles revokedAt expiresAt } }\n      ... on ValidationFailed { problems { path message } }\n      ... on Forbidden { message }\n    }\n  }\n": types.CreateApiKeyForTestDocument,
    "\n  mutation RevokeApiKeyForTest($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { apiKey { id revokedAt revokedBy } }\n      ... on Error { code message }\n    }\n  }\n": types.RevokeApiKeyForTestDocument,
    "\n  mutation RecordEngagementForTest($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      __typename\n      ... on MutationRecordEngagementSuccess {\n        outcome {\n          duplicate\n          heldByCooldown\n          noMoveReason\n          prospect { id uuid funnelState funnelMembership emailOpenCount currentBitScore }\n          event { eventType eventSubtype isProcessed triggeredTransition }\n          movement { fromState toState eventType transitionProcessedAt }\n        }\n      }\n      ... on ValidationFailed { problems { path message } }\n    }\n  }\n": types.RecordEngagementForTestDocument,
    "\n  query JourneyForTest($email: String) {\n    prospect(email: $email) {\n      id\n      personId\n      funnelState\n      funnelMembership\n      emailOpenCount\n      emailClickCount\n      emailReplyCount\n      currentBitScore\n      bitLevel\n      inCooldown\n      journeySummary { funnelState funnelMembership movementCount eventCount currentBitScore firstContactTs }\n      events(orderBy: [{ field: eventTs, direction: ASC }]) { totalCount edges { node { eventType eventSubtype eventTs } } }\n      movements { totalCount edges { node { fromState toState eventType triggeringEvent { eventSubtype } } } }\n      bitHistory(first: 1) { edges { node { bitScore openPoints replyPoints level bitReason } } }\n      warmProfile { warmReason opensAtPromotion isActive }\n      appointments { totalCount edges { node { status sourceFunnel } } }\n      conversion { annualRevenue sourceFunnel }\n      contactIds\n    }\n  }\n": types.JourneyForTestDocument,
    "\n  mutation CreateOfferForTest($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      __typename\n      ... on MutationCreateOfferSuccess { offer { id uuid slug name status } }\n      ... on ValidationFailed { problems { path message } }\n    }\n  }\n": types.CreateOfferForTestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKeyForTest($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on NewApiKey { token apiKey { id uuid name prefix roles revokedAt expiresAt } }\n      ... on ValidationFailed { problems { path message } }\n      ... on Forbidden { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKeyForTest($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on NewApiKey { token apiKey { id uuid name prefix roles revokedAt expiresAt } }\n      ... on ValidationFailed { problems { path message } }\n      ... on Forbidden { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKeyForTest($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { apiKey { id revokedAt revokedBy } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKeyForTest($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { apiKey { id revokedAt revokedBy } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEngagementForTest($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      __typename\n      ... on MutationRecordEngagementSuccess {\n        outcome {\n          duplicate\n          heldByCooldown\n          noMoveReason\n          prospect { id uuid funnelState funnelMembership emailOpenCount currentBitScore }\n          event { eventType eventSubtype isProcessed triggeredTransition }\n          movement { fromState toState eventType transitionProcessedAt }\n        }\n      }\n      ... on ValidationFailed { problems { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEngagementForTest($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      __typename\n      ... on MutationRecordEngagementSuccess {\n        outcome {\n          duplicate\n          heldByCooldown\n          noMoveReason\n          prospect { id uuid funnelState funnelMembership emailOpenCount currentBitScore }\n          event { eventType eventSubtype isProcessed triggeredTransition }\n          movement { fromState toState eventType transitionProcessedAt }\n        }\n      }\n      ... on ValidationFailed { problems { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyForTest($email: String) {\n    prospect(email: $email) {\n      id\n      personId\n      funnelState\n      funnelMembership\n      emailOpenCount\n      emailClickCount\n      emailReplyCount\n      currentBitScore\n      bitLevel\n      inCooldown\n      journeySummary { funnelState funnelMembership movementCount eventCount currentBitScore firstContactTs }\n      events(orderBy: [{ field: eventTs, direction: ASC }]) { totalCount edges { node { eventType eventSubtype eventTs } } }\n      movements { totalCount edges { node { fromState toState eventType triggeringEvent { eventSubtype } } } }\n      bitHistory(first: 1) { edges { node { bitScore openPoints replyPoints level bitReason } } }\n      warmProfile { warmReason opensAtPromotion isActive }\n      appointments { totalCount edges { node { status sourceFunnel } } }\n      conversion { annualRevenue sourceFunnel }\n      contactIds\n    }\n  }\n"): (typeof documents)["\n  query JourneyForTest($email: String) {\n    prospect(email: $email) {\n      id\n      personId\n      funnelState\n      funnelMembership\n      emailOpenCount\n      emailClickCount\n      emailReplyCount\n      currentBitScore\n      bitLevel\n      inCooldown\n      journeySummary { funnelState funnelMembership movementCount eventCount currentBitScore firstContactTs }\n      events(orderBy: [{ field: eventTs, direction: ASC }]) { totalCount edges { node { eventType eventSubtype eventTs } } }\n      movements { totalCount edges { node { fromState toState eventType triggeringEvent { eventSubtype } } } }\n      bitHistory(first: 1) { edges { node { bitScore openPoints replyPoints level bitReason } } }\n      warmProfile { warmReason opensAtPromotion isActive }\n      appointments { totalCount edges { node { status sourceFunnel } } }\n      conversion { annualRevenue sourceFunnel }\n      contactIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfferForTest($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      __typename\n      ... on MutationCreateOfferSuccess { offer { id uuid slug name status } }\n      ... on ValidationFailed { problems { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfferForTest($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      __typename\n      ... on MutationCreateOfferSuccess { offer { id uuid slug name status } }\n      ... on ValidationFailed { problems { path message } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;