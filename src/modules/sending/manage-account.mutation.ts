// Account mutations: create and describe (write), limits and status (manage), warm-up start (write).
import { z } from 'zod';
import { builder } from '../../builder.js';
import { InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { AccountStatus, AccountType, RotationSet } from '../common/enums.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { Account } from './account.type.js';
import { createAccount, setAccountLimits, setAccountStatus, startAccountWarming, updateAccount } from './accounts.service.js';

const limit = z.number().int().min(0).max(100_000).nullish();

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  description: 'A new sending account. It starts active, with the default limits.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Account name ("mike_linkedin", "sales@company.com").' }),
    type: t.field({ type: AccountType, required: true, description: 'LinkedIn or email.' }),
    owner: t.string({ required: true, description: 'Who owns it.' }),
    emailAddress: t.field({ type: 'EmailAddress', description: 'Mailbox address (required for email accounts).' }),
    linkedinUrl: t.field({ type: 'URL', description: 'LinkedIn profile URL.' }),
    unipileAccountId: t.string({ description: 'Id in Unipile.' }),
    provider: t.string({ description: 'Provider ("gmail", "outlook", "linkedin").' }),
    rotationSet: t.field({ type: RotationSet, description: 'Rotation group.' }),
  }),
});

const UpdateAccountInput = builder.inputType('UpdateAccountInput', {
  description: 'Changes to the descriptive fields of an account (null clears an optional one).',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the account.' }),
    name: t.string({ description: 'Account name.' }),
    owner: t.string({ description: 'Who owns it.' }),
    emailAddress: t.field({ type: 'EmailAddress', description: 'Mailbox address.' }),
    linkedinUrl: t.field({ type: 'URL', description: 'LinkedIn profile URL.' }),
    unipileAccountId: t.string({ description: 'Id in Unipile.' }),
    provider: t.string({ description: 'Provider.' }),
    rotationSet: t.field({ type: RotationSet, description: 'Rotation group.' }),
  }),
});

const SetAccountLimitsInput = builder.inputType('SetAccountLimitsInput', {
  description: 'New limits for an account (only the given ones change). The warm-up ramp may cap them lower.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the account.' }),
    dailyLimitConnections: t.int({ description: 'Connection requests per day.', validate: limit }),
    dailyLimitMessages: t.int({ description: 'LinkedIn messages per day.', validate: limit }),
    dailyLimitEmails: t.int({ description: 'Emails per day.', validate: limit }),
    hourlyLimit: t.int({ description: 'Actions per hour.', validate: limit }),
  }),
});

const SetAccountStatusInput = builder.inputType('SetAccountStatusInput', {
  description: 'A new status for an account (warming is entered with startAccountWarming).',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the account.' }),
    status: t.field({ type: AccountStatus, required: true, description: 'The status.' }),
  }),
});

const StartAccountWarmingInput = builder.inputType('StartAccountWarmingInput', {
  description: 'Start of the warm-up ramp of a new account.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the account.' }),
    startedAt: t.field({ type: 'DateTime', description: 'When the ramp starts (default now).' }),
  }),
});

const dataField = { name: 'account', description: 'The account after the change.' };

builder.mutationFields((t) => ({
  createAccount: t.field({
    type: Account,
    description: 'Adds a sending account.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS], dataField: { name: 'account', description: 'The new account.' } },
    args: { input: t.arg({ type: CreateAccountInput, required: true, description: 'The account.' }) },
    resolve: (_root, { input }) => createAccount(input),
  }),
  updateAccount: t.field({
    type: Account,
    description: 'Changes the descriptive fields of an account.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField },
    args: { input: t.arg({ type: UpdateAccountInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }) => updateAccount(input),
  }),
  setAccountLimits: t.field({
    type: Account,
    description: 'Sets the daily and hourly limits of an account (managers only).',
    authScopes: access.manage,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField },
    args: { input: t.arg({ type: SetAccountLimitsInput, required: true, description: 'The limits.' }) },
    resolve: (_root, { input }) => setAccountLimits(input),
  }),
  setAccountStatus: t.field({
    type: Account,
    description: 'Changes the status of an account (managers only).',
    authScopes: access.manage,
    errors: { types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError], dataField },
    args: { input: t.arg({ type: SetAccountStatusInput, required: true, description: 'The status.' }) },
    resolve: (_root, { input }) => setAccountStatus(input),
  }),
  startAccountWarming: t.field({
    type: Account,
    description: 'Starts the warm-up ramp of a new account (status warming, week 1).',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError], dataField },
    args: { input: t.arg({ type: StartAccountWarmingInput, required: true, description: 'The account.' }) },
    resolve: (_root, { input }) => startAccountWarming(input),
  }),
}));
