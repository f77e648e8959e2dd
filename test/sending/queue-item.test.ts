// cancelQueueItem and rescheduleQueueItem through the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeQueue } from '../helpers/sending.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const RESCHEDULE = `mutation ($input: RescheduleQueueItemInput!) {
  rescheduleQueueItem(input: $input) {
    __typename
    ... on MutationRescheduleQueueItemSuccess { item { status scheduledFor } }
    ... on InvalidTransition { message }
  }
}`;
const CANCEL = `mutation ($input: CancelQueueItemInput!) {
  cancelQueueItem(input: $input) {
    __typename
    ... on MutationCancelQueueItemSuccess { item { status lastError } }
    ... on InvalidTransition { message }
    ... on NotFound { message }
  }
}`;

describe('queue item mutations', () => {
  it('reschedules an item in review (it goes again) and cancels a pending one; refuses a sent one', async () => {
    const q = await makeQueue({ items: 3 });
    const [review, pending, sent] = q.itemIds;
    await prisma.sendQueueItem.update({ where: { id: review! }, data: { status: 'review' } });
    await prisma.sendQueueItem.update({ where: { id: sent! }, data: { status: 'sent' } });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const r = await t.gql(RESCHEDULE, { input: { id: review, scheduledFor: at } });
    expect(r.data!.rescheduleQueueItem).toMatchObject({ item: { status: 'pending', scheduledFor: at } });
    const c = await t.gql(CANCEL, { input: { id: pending, reason: 'wrong person' } });
    expect(c.data!.cancelQueueItem).toMatchObject({ item: { status: 'cancelled', lastError: 'wrong person' } });
    const refused = await t.gql(CANCEL, { input: { id: sent } });
    expect(refused.data!.cancelQueueItem.__typename).toBe('InvalidTransition');
    expect((await prisma.sendQueueItem.findUniqueOrThrow({ where: { id: sent! } })).status).toBe('sent');
  });
});
