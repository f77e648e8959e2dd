// Sending account writes. Limits and status are for managers (see the mutations); warm-up start
// and the descriptive fields are day-to-day writes. Status changes are conditional writes.
import { prisma } from '../../db.js';
import { InvalidTransitionError, NotFoundError, ValidationFailedError, type FieldProblem } from '../../errors.js';
import type { Account } from '../../generated/prisma/client.js';
import type { AccountStatusValue, AccountTypeValue, RotationSetValue } from '../common/enums.js';
import { normalizeEmail, normalizeLinkedinUrl } from '../common/normalize.js';
import { accountStatusChangeProblem, WARMUP_START_FROM } from './accounts.rules.js';

export interface AccountFields {
  name?: string | null;
  owner?: string | null;
  emailAddress?: string | null;
  linkedinUrl?: string | URL | null;
  unipileAccountId?: string | null;
  provider?: string | null;
  rotationSet?: RotationSetValue | null;
}

export interface CreateAccountInput extends AccountFields {
  name: string;
  type: AccountTypeValue;
  owner: string;
}

function normalized(fields: AccountFields) {
  return {
    emailAddress: fields.emailAddress === undefined ? undefined : normalizeEmail(fields.emailAddress),
    linkedinUrl: fields.linkedinUrl === undefined ? undefined : normalizeLinkedinUrl(fields.linkedinUrl?.toString()),
  };
}

/** Adds a sending account (active, default limits). An email account needs its address. */
export async function createAccount(input: CreateAccountInput): Promise<Account> {
  const { emailAddress, linkedinUrl } = normalized(input);
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ path: 'name', message: 'is required' });
  if (!input.owner.trim()) problems.push({ path: 'owner', message: 'is required' });
  if (input.type === 'email' && !emailAddress) problems.push({ path: 'emailAddress', message: 'is required for an email account' });
  if (problems.length) throw new ValidationFailedError(problems);
  return prisma.account.create({
    data: {
      name: input.name.trim(),
      type: input.type,
      owner: input.owner.trim(),
      emailAddress: emailAddress ?? null,
      linkedinUrl: linkedinUrl ?? null,
      unipileAccountId: input.unipileAccountId ?? null,
      provider: input.provider ?? null,
      rotationSet: input.rotationSet ?? null,
      connectedAt: new Date(),
    },
  });
}

/** Changes the descriptive fields of an account (null clears an optional one). */
export async function updateAccount(input: AccountFields & { id: string }): Promise<Account> {
  const problems: FieldProblem[] = [];
  if (input.name === null || input.name?.trim() === '') problems.push({ path: 'name', message: 'cannot be cleared' });
  if (input.owner === null || input.owner?.trim() === '') problems.push({ path: 'owner', message: 'cannot be cleared' });
  if (problems.length) throw new ValidationFailedError(problems);
  const { emailAddress, linkedinUrl } = normalized(input);
  return prisma.$transaction(async (tx) => {
    const current = await tx.account.findUnique({ where: { id: input.id }, select: { type: true, emailAddress: true } });
    if (!current) throw new NotFoundError('Account', input.id);
    if (current.type === 'email' && emailAddress === null) {
      throw new ValidationFailedError([{ path: 'emailAddress', message: 'an email account needs its address' }]);
    }
    return tx.account.update({
      where: { id: input.id },
      data: {
        name: input.name?.trim(),
        owner: input.owner?.trim(),
        emailAddress,
        linkedinUrl,
        unipileAccountId: input.unipileAccountId,
        provider: input.provider,
        rotationSet: input.rotationSet,
        updatedAt: new Date(),
      },
    });
  });
}

export interface AccountLimitsInput {
  id: string;
  dailyLimitConnections?: number | null;
  dailyLimitMessages?: number | null;
  dailyLimitEmails?: number | null;
  hourlyLimit?: number | null;
}

/** Sets an account's daily and hourly limits (the warm-up ramp may cap them lower). */
export async function setAccountLimits(input: AccountLimitsInput): Promise<Account> {
  const { count } = await prisma.account.updateMany({
    where: { id: input.id },
    data: {
      dailyLimitConnections: input.dailyLimitConnections ?? undefined,
      dailyLimitMessages: input.dailyLimitMessages ?? undefined,
      dailyLimitEmails: input.dailyLimitEmails ?? undefined,
      hourlyLimit: input.hourlyLimit ?? undefined,
      updatedAt: new Date(),
    },
  });
  if (count === 0) throw new NotFoundError('Account', input.id);
  return prisma.account.findUniqueOrThrow({ where: { id: input.id } });
}

/** Changes an account's status (only active and warming accounts send). */
export async function setAccountStatus(input: { id: string; status: AccountStatusValue }): Promise<Account> {
  const current = await prisma.account.findUnique({ where: { id: input.id }, select: { status: true, warmingStartedAt: true } });
  if (!current) throw new NotFoundError('Account', input.id);
  const from = current.status as AccountStatusValue;
  const problem = accountStatusChangeProblem(from, input.status, current.warmingStartedAt);
  if (problem) throw new InvalidTransitionError('Account', from, input.status, null, `Account cannot move from ${from} to ${input.status}: ${problem}`);
  const { count } = await prisma.account.updateMany({
    where: { id: input.id, status: from },
    data: { status: input.status, updatedAt: new Date() },
  });
  if (count === 0) throw new InvalidTransitionError('Account', from, input.status, null, 'The account changed meanwhile; try again');
  return prisma.account.findUniqueOrThrow({ where: { id: input.id } });
}

/**
 * Starts the warm-up ramp of a new account: status warming, week 1, from `startedAt` (default
 * now). Only once, from active or paused.
 */
export async function startAccountWarming(input: { id: string; startedAt?: Date | null }): Promise<Account> {
  const startedAt = input.startedAt ?? new Date();
  const { count } = await prisma.account.updateMany({
    where: { id: input.id, status: { in: [...WARMUP_START_FROM] }, warmingStartedAt: null },
    data: { status: 'warming', warmingWeek: 1, warmingStartedAt: startedAt, updatedAt: new Date() },
  });
  const account = await prisma.account.findUnique({ where: { id: input.id } });
  if (!account) throw new NotFoundError('Account', input.id);
  if (count === 0) {
    const reason = account.warmingStartedAt
      ? `warm-up already started on ${account.warmingStartedAt.toISOString()}`
      : `an account that is ${account.status} cannot start warming`;
    throw new InvalidTransitionError('Account', account.status, 'warming', null, `Account cannot start warming: ${reason}`);
  }
  return account;
}
