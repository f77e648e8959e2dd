// Changing one queued send by hand: cancel it, or reschedule it (also the way out of `review`,
// once a person has checked the provider and decided the message should go again). Conditional
// writes: an item a worker holds (processing) or that is already final cannot be changed.
import { InvalidTransitionError, NotFoundError, ValidationFailedError } from '../../errors.js';
import type { SendQueueItem } from '../../generated/prisma/client.js';
import { prisma } from '../../db.js';

/** Statuses a person may cancel or reschedule from. */
export const CHANGEABLE = ['pending', 'scheduled', 'held', 'review'] as const;

async function change(
  id: string,
  to: 'cancelled' | 'pending',
  data: { scheduledFor?: Date; lastError: string },
): Promise<SendQueueItem> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.sendQueueItem.findUnique({ where: { id }, select: { status: true, campaign: { select: { status: true } } } });
    if (!current) throw new NotFoundError('SendQueueItem', id);
    if (!(CHANGEABLE as readonly string[]).includes(current.status)) throw new InvalidTransitionError('SendQueueItem', current.status, to, null);
    // Rescheduling an item of a paused campaign keeps it held; it is released on resume.
    const status = to === 'pending' && current.campaign.status === 'paused' ? 'held' : to;
    const { count } = await tx.sendQueueItem.updateMany({
      where: { id, status: current.status },
      data: { status, ...data, lockedBy: null, leaseExpiresAt: null, updatedAt: new Date() },
    });
    if (count !== 1) throw new InvalidTransitionError('SendQueueItem', current.status, to, null, 'The item changed meanwhile; try again');
    return tx.sendQueueItem.findUniqueOrThrow({ where: { id } });
  });
}

export function cancelQueueItem(input: { id: string; reason?: string | null }): Promise<SendQueueItem> {
  return change(input.id, 'cancelled', { lastError: input.reason?.trim() || 'cancelled by hand' });
}

export function rescheduleQueueItem(input: { id: string; scheduledFor: Date }, now: Date = new Date()): Promise<SendQueueItem> {
  if (input.scheduledFor.getTime() < now.getTime() - 60_000) {
    throw new ValidationFailedError([{ path: 'scheduledFor', message: 'must not be in the past' }]);
  }
  return change(input.id, 'pending', { scheduledFor: input.scheduledFor, lastError: 'rescheduled by hand' });
}
