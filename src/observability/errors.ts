// What clients see of an error. Expected failures (the closed set in src/errors.ts, GraphQL
// syntax and validation errors, and the refusals the server makes on purpose) keep their message
// and code; everything else becomes "Unexpected error." with code INTERNAL_SERVER_ERROR: no SQL,
// stack, host or provider text. The original stays attached (never serialised) so the request
// log can record it with the request id the client also receives.
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { DomainError } from '../errors.js';

export const UNEXPECTED_MESSAGE = 'Unexpected error.';

export function maskError(error: unknown): GraphQLError {
  const gql = error instanceof GraphQLError ? error : undefined;
  const original = gql ? (gql.originalError ?? gql) : error;
  const where = { nodes: gql?.nodes, source: gql?.source, positions: gql?.positions, path: gql?.path };
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, { ...where, extensions: { code: original.code } });
  }
  if (original instanceof PothosValidationError) {
    // Argument problems the schema plugins detect (page size, cursors, global ids): about the input.
    return new GraphQLError(original.message, { ...where, extensions: { code: 'VALIDATION_FAILED' } });
  }
  // Parse and validation errors, and GraphQLErrors raised on purpose (with a code), are safe.
  if (gql && (!gql.originalError || (original instanceof GraphQLError && original.extensions?.code))) {
    return original instanceof GraphQLError && original !== gql ? original : gql;
  }
  return new GraphQLError(UNEXPECTED_MESSAGE, {
    ...where,
    originalError: original instanceof Error ? original : new Error(String(original)),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** True for errors maskError hid (their originalError is what went wrong). */
export function isMasked(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions?.code === 'INTERNAL_SERVER_ERROR';
}

/** The same error with the request id in its extensions (a copy: errors may be cached and shared). */
export function withRequestId(error: GraphQLError, requestId: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, requestId },
  });
}
