// The closed set of expected failures. Services throw these; the GraphQL layer turns each into a
// typed result (see modules/common/errors.type.ts). Anything else is a bug: masked for clients and
// logged with a correlation id.

export abstract class DomainError extends Error {
  abstract readonly code: string;
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} was not found`);
  }
}

export interface FieldProblem {
  path: string;
  message: string;
}

export class ValidationFailedError extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  constructor(readonly problems: FieldProblem[]) {
    super(`Invalid input: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_TRANSITION';
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string | null,
    readonly event: string | null,
    reason?: string,
  ) {
    super(
      reason ??
        `${entity} cannot move from ${from}${to ? ` to ${to}` : ''}${event ? ` on ${event}` : ''}`,
    );
  }
}

export class LimitReachedError extends DomainError {
  readonly code = 'LIMIT_REACHED';
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}
