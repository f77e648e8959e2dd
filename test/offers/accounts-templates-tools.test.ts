// Accounts, message templates and tools: each mutation's success and typed failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import * as access from '../../src/modules/common/access.js';
import { schema } from '../../src/schema.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeAccount, makeCampaign, makeCompany, makeOffer, makeTool } from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const MISSING = '00000000-0000-4000-8000-000000000000';

function scopesOf(field: string) {
  const options = schema.getMutationType()!.getFields()[field]!.extensions?.pothosOptions as { authScopes?: unknown };
  return options.authScopes;
}

describe('accounts', () => {
  const ACCOUNT = `__typename
    ... on Error { message }
    ... on ValidationFailed { problems { path message } }`;
  const MOVE = `... on InvalidTransition { from to }`;

  it('limits and status are for managers; the rest is a day-to-day write', () => {
    expect(scopesOf('setAccountLimits')).toEqual(access.manage);
    expect(scopesOf('setAccountStatus')).toEqual(access.manage);
    for (const f of ['createAccount', 'updateAccount', 'startAccountWarming']) expect(scopesOf(f)).toEqual(access.write);
  });

  it('creates, updates, sets limits and status, and starts warm-up once', async () => {
    const created: any = await t.gql(
      `mutation { createAccount(input: { name: "sales@acme.com", type: email, owner: "mike", emailAddress: "Sales@Acme.com" }) {
        ${ACCOUNT} ... on MutationCreateAccountSuccess { account { uuid status emailAddress dailyLimitEmails } } } }`,
    );
    const account = created.data.createAccount.account;
    expect(account).toMatchObject({ status: 'active', emailAddress: 'sales@acme.com', dailyLimitEmails: 100 });

    const updated: any = await t.gql(
      `mutation ($id: UUID!) { updateAccount(input: { id: $id, owner: "eugene", rotationSet: odd }) {
        ${ACCOUNT} ... on MutationUpdateAccountSuccess { account { owner rotationSet name } } } }`,
      { id: account.uuid },
    );
    expect(updated.data.updateAccount.account).toEqual({ owner: 'eugene', rotationSet: 'odd', name: 'sales@acme.com' });

    const limits: any = await t.gql(
      `mutation ($id: UUID!) { setAccountLimits(input: { id: $id, dailyLimitEmails: 30, hourlyLimit: 5 }) {
        ${ACCOUNT} ... on MutationSetAccountLimitsSuccess { account { dailyLimitEmails hourlyLimit dailyLimitMessages } } } }`,
      { id: account.uuid },
    );
    expect(limits.data.setAccountLimits.account).toEqual({ dailyLimitEmails: 30, hourlyLimit: 5, dailyLimitMessages: 40 });

    const warm = `mutation ($id: UUID!) { startAccountWarming(input: { id: $id, startedAt: "2026-01-05T00:00:00Z" }) {
      ${ACCOUNT} ${MOVE} ... on MutationStartAccountWarmingSuccess { account { status warmingWeek warmingStartedAt } } } }`;
    const warming: any = await t.gql(warm, { id: account.uuid });
    expect(warming.data.startAccountWarming.account).toEqual({
      status: 'warming',
      warmingWeek: 1,
      warmingStartedAt: '2026-01-05T00:00:00.000Z',
    });
    const again: any = await t.gql(warm, { id: account.uuid });
    expect(again.data.startAccountWarming).toMatchObject({ __typename: 'InvalidTransition', from: 'warming', to: 'warming' });

    const status = `mutation ($id: UUID!, $s: AccountStatus!) { setAccountStatus(input: { id: $id, status: $s }) {
      ${ACCOUNT} ${MOVE} ... on MutationSetAccountStatusSuccess { account { status } } } }`;
    expect(((await t.gql(status, { id: account.uuid, s: 'paused' })) as any).data.setAccountStatus.account.status).toBe('paused');
    expect(((await t.gql(status, { id: account.uuid, s: 'warming' })) as any).data.setAccountStatus.account.status).toBe('warming');
    const same: any = await t.gql(status, { id: account.uuid, s: 'warming' });
    expect(same.data.setAccountStatus).toMatchObject({ __typename: 'InvalidTransition', from: 'warming', to: 'warming' });
  });

  it('refuses warming by status alone, a banned account warming up, bad input and unknown accounts', async () => {
    const fresh = await makeAccount();
    const r: any = await t.gql(
      `mutation ($id: UUID!) { setAccountStatus(input: { id: $id, status: warming }) { ${ACCOUNT} } }`,
      { id: fresh.id },
    );
    expect(r.data.setAccountStatus.__typename).toBe('InvalidTransition');
    expect(r.data.setAccountStatus.message).toMatch(/startAccountWarming/);
    const banned = await makeAccount({ status: 'banned' });
    const w: any = await t.gql(`mutation ($id: UUID!) { startAccountWarming(input: { id: $id }) { ${ACCOUNT} ${MOVE} } }`, { id: banned.id });
    expect(w.data.startAccountWarming).toMatchObject({ __typename: 'InvalidTransition', from: 'banned' });
    const noEmail: any = await t.gql(`mutation { createAccount(input: { name: "x", type: email, owner: "o" }) { ${ACCOUNT} } }`);
    expect(noEmail.data.createAccount.problems).toEqual([{ path: 'emailAddress', message: 'is required for an email account' }]);
    const negative: any = await t.gql(
      `mutation ($id: UUID!) { setAccountLimits(input: { id: $id, dailyLimitEmails: -1 }) { ${ACCOUNT} } }`,
      { id: fresh.id },
    );
    expect(negative.data.setAccountLimits.__typename).toBe('ValidationFailed');
    for (const m of ['setAccountLimits(input: { id: $id, hourlyLimit: 1 })', 'setAccountStatus(input: { id: $id, status: paused })', 'startAccountWarming(input: { id: $id })', 'updateAccount(input: { id: $id, owner: "x" })']) {
      const missing: any = await t.gql(`mutation ($id: UUID!) { ${m} { ${ACCOUNT} } }`, { id: MISSING });
      expect(Object.values(missing.data)[0]).toEqual({ __typename: 'NotFound', message: `Account ${MISSING} was not found` });
    }
  });
});

describe('message templates', () => {
  const TEMPLATE = `__typename
    ... on Error { message }
    ... on ValidationFailed { problems { path message } }`;
  const MOVE = `... on InvalidTransition { from to }`;

  it('creates, updates (back to draft), approves and archives; archived is read-only', async () => {
    const offer = await makeOffer();
    const campaign = await makeCampaign(offer.id);
    const created: any = await t.gql(
      `mutation ($o: UUID!, $c: UUID!) { createMessageTemplate(input: { offerId: $o, campaignId: $c, name: "Step 1", channel: email, sequenceStep: 1, subject: "Hi {{first_name}}", body: "Hello" }) {
        ${TEMPLATE} ... on MutationCreateMessageTemplateSuccess { template { uuid status campaign { uuid } offer { uuid } } } } }`,
      { o: offer.id, c: campaign.id },
    );
    const template = created.data.createMessageTemplate.template;
    expect(template).toMatchObject({ status: 'draft', campaign: { uuid: campaign.id }, offer: { uuid: offer.id } });
    const approve = `mutation ($id: UUID!) { approveMessageTemplate(input: { id: $id }) { ${TEMPLATE} ${MOVE} ... on MutationApproveMessageTemplateSuccess { template { status } } } }`;
    const archive = `mutation ($id: UUID!) { archiveMessageTemplate(input: { id: $id }) { ${TEMPLATE} ${MOVE} ... on MutationArchiveMessageTemplateSuccess { template { status } } } }`;
    const update = `mutation ($id: UUID!, $body: String) { updateMessageTemplate(input: { id: $id, body: $body }) { ${TEMPLATE} ... on MutationUpdateMessageTemplateSuccess { template { status body } } } }`;

    expect(((await t.gql(approve, { id: template.uuid })) as any).data.approveMessageTemplate.template.status).toBe('approved');
    expect(((await t.gql(approve, { id: template.uuid })) as any).data.approveMessageTemplate).toMatchObject({
      __typename: 'InvalidTransition',
      from: 'approved',
      to: 'approved',
    });
    expect(((await t.gql(update, { id: template.uuid, body: 'New copy' })) as any).data.updateMessageTemplate.template).toEqual({
      status: 'draft',
      body: 'New copy',
    });
    expect(((await t.gql(archive, { id: template.uuid })) as any).data.archiveMessageTemplate.template.status).toBe('archived');
    expect(((await t.gql(update, { id: template.uuid, body: 'x' })) as any).data.updateMessageTemplate.__typename).toBe('Conflict');
    expect(((await t.gql(archive, { id: template.uuid })) as any).data.archiveMessageTemplate.__typename).toBe('InvalidTransition');
    expect(((await t.gql(approve, { id: MISSING })) as any).data.approveMessageTemplate).toEqual({
      __typename: 'NotFound',
      message: `MessageTemplate ${MISSING} was not found`,
    });
  });

  it('refuses an email template without a subject and a campaign of another offer', async () => {
    const offer = await makeOffer();
    const foreign = await makeCampaign((await makeOffer()).id);
    const noSubject: any = await t.gql(
      `mutation ($o: UUID!) { createMessageTemplate(input: { offerId: $o, name: "x", channel: email, body: "b" }) { ${TEMPLATE} } }`,
      { o: offer.id },
    );
    expect(noSubject.data.createMessageTemplate.problems).toEqual([{ path: 'subject', message: 'is required for an email template' }]);
    const other: any = await t.gql(
      `mutation ($o: UUID!, $c: UUID!) { createMessageTemplate(input: { offerId: $o, campaignId: $c, name: "x", channel: linkedin_dm, body: "b" }) { ${TEMPLATE} } }`,
      { o: offer.id, c: foreign.id },
    );
    expect(other.data.createMessageTemplate.problems[0].path).toBe('campaignId');
    const missing: any = await t.gql(
      `mutation ($o: UUID!) { createMessageTemplate(input: { offerId: $o, name: "x", channel: linkedin_dm, body: "b" }) { ${TEMPLATE} } }`,
      { o: MISSING },
    );
    expect(missing.data.createMessageTemplate).toEqual({ __typename: 'NotFound', message: `Offer ${MISSING} was not found` });
  });
});

describe('tools', () => {
  const TOOL = `__typename ... on Error { message } ... on ValidationFailed { problems { path } }`;

  it('creates and updates tools; a taken name is a Conflict', async () => {
    const created: any = await t.gql(
      `mutation { createTool(input: { name: "unipile_inbox_test", type: inbox, apiDocsUrl: "https://docs.unipile.com/", creditsRemaining: 100 }) {
        ${TOOL} ... on MutationCreateToolSuccess { tool { uuid name type apiDocsUrl status creditsRemaining } } } }`,
    );
    const tool = created.data.createTool.tool;
    expect(tool).toMatchObject({ name: 'unipile_inbox_test', type: 'inbox', apiDocsUrl: 'https://docs.unipile.com/', status: 'active' });
    const dup: any = await t.gql(`mutation { createTool(input: { name: "unipile_inbox_test", type: inbox }) { ${TOOL} } }`);
    expect(dup.data.createTool.__typename).toBe('Conflict');
    const updated: any = await t.gql(
      `mutation ($id: UUID!) { updateTool(input: { id: $id, status: inactive, rateLimitPerMinute: 60 }) {
        ${TOOL} ... on MutationUpdateToolSuccess { tool { status rateLimitPerMinute } } } }`,
      { id: tool.uuid },
    );
    expect(updated.data.updateTool.tool).toEqual({ status: 'inactive', rateLimitPerMinute: 60 });
    const missing: any = await t.gql(`mutation ($id: UUID!) { updateTool(input: { id: $id, status: error }) { ${TOOL} } }`, { id: MISSING });
    expect(missing.data.updateTool).toEqual({ __typename: 'NotFound', message: `Tool ${MISSING} was not found` });
  });

  it('records usage and moves the tool counters in the same transaction, even concurrently', async () => {
    const tool = await makeTool({ creditsRemaining: 10 });
    const offer = await makeOffer();
    const company = await makeCompany(offer.id);
    const RECORD = `mutation ($input: RecordToolUsageInput!) { recordToolUsage(input: $input) {
      ${TOOL} ... on MutationRecordToolUsageSuccess { usage { action status creditsUsed tool { uuid } offer { uuid } company { uuid } } } } }`;
    const record = (i: number) =>
      t.gql(RECORD, {
        input: {
          toolId: tool.id,
          offerId: offer.id,
          companyId: company.id,
          action: 'enrich',
          status: i === 5 ? 'error' : 'success',
          errorMessage: i === 5 ? 'HTTP 500' : null,
          creditsUsed: 2,
          durationMs: 100,
        },
      });
    // Real concurrent sessions on PostgreSQL; the embedded PGlite serves one session at a time
    // (its socket server interleaves concurrent clients' messages), so there the calls go in turn.
    const results: unknown[] = [];
    if (t.testDb.kind === 'postgres') results.push(...(await Promise.all([0, 1, 2, 3, 4, 5].map(record))));
    else for (const i of [0, 1, 2, 3, 4, 5]) results.push(await record(i));
    expect(results.every((r: any) => r.data.recordToolUsage.__typename === 'MutationRecordToolUsageSuccess')).toBe(true);
    const after = await prisma.tool.findUniqueOrThrow({ where: { id: tool.id } });
    expect(after).toMatchObject({ totalRequests: 6, totalCreditsUsed: 12, creditsRemaining: 0, lastError: 'HTTP 500' });
    expect(after.lastSuccessAt).not.toBeNull();
    expect(await prisma.toolUsage.count({ where: { toolId: tool.id } })).toBe(6);

    const missing: any = await t.gql(RECORD, { input: { toolId: tool.id, contactId: MISSING, action: 'verify', status: 'success' } });
    expect(missing.data.recordToolUsage).toEqual({ __typename: 'NotFound', message: `Contact ${MISSING} was not found` });
    expect(await prisma.toolUsage.count({ where: { toolId: tool.id } })).toBe(6);
  });
});
