// GraphQL types for the closed set of expected failures (src/errors.ts). Mutations list the ones
// they can return; the errors plugin turns a thrown DomainError into the matching typed result.
import { builder } from '../../builder.js';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidTransitionError,
  LimitReachedError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors.js';

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An expected failure of a mutation. `code` is stable; `message` is for people.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in words.' }),
    code: t.exposeString('code', { description: 'A stable machine-readable code.' }),
  }),
});

export const FieldProblem = builder
  .objectRef<{ path: string; message: string }>('FieldProblem')
  .implement({
    description: 'One invalid input value.',
    fields: (t) => ({
      path: t.exposeString('path', { description: 'Dotted path of the input field ("" for the whole input).' }),
      message: t.exposeString('message', { description: 'Why the value was refused.' }),
    }),
  });

builder.objectType(NotFoundError, {
  name: 'NotFound',
  description: 'The object the input names does not exist.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'The kind of object that was looked for.' }),
    key: t.exposeString('key', { description: 'The id or key that was looked for.' }),
  }),
});

builder.objectType(ValidationFailedError, {
  name: 'ValidationFailed',
  description: 'The input was refused; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problems: t.field({
      type: [FieldProblem],
      description: 'Every invalid value, by path.',
      resolve: (e) => e.problems,
    }),
  }),
});

builder.objectType(ConflictError, {
  name: 'Conflict',
  description: 'The change conflicts with existing data (for example a unique name already taken).',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(InvalidTransitionError, {
  name: 'InvalidTransition',
  description: 'A status or lifecycle move that the rules do not allow from the current state.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'What was to move (Offer, Campaign, Person…).' }),
    from: t.exposeString('from', { description: 'The current state.' }),
    to: t.exposeString('to', { nullable: true, description: 'The state that was asked for.' }),
    event: t.exposeString('event', { nullable: true, description: 'The event that was to cause the move.' }),
  }),
});

builder.objectType(LimitReachedError, {
  name: 'LimitReached',
  description: 'A limit (send cap, page size, rate) would be exceeded.',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(ForbiddenError, {
  name: 'Forbidden',
  description: 'The caller is not allowed to do this; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

/** The failures every mutation can return. */
export const COMMON_ERRORS = [ValidationFailedError, ForbiddenError] as const;
