/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
export const CreateOfferForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfferForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateOfferSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateOfferForTestMutation, CreateOfferForTestMutationVariables>;