// Message template writes. A template moves draft → approved, and draft or approved → archived;
// editing an approved template sends it back to draft (changed copy is approved again). Archived
// templates are read-only. Status changes are conditional writes.
import { prisma, type Tx } from '../../db.js';
import { ConflictError, InvalidTransitionError, NotFoundError, ValidationFailedError } from '../../errors.js';
import type { MessageTemplate } from '../../generated/prisma/client.js';
import type { MessageChannelValue, MessageTemplateStatusValue } from '../common/enums.js';

export interface TemplateFields {
  campaignId?: string | null;
  name?: string | null;
  channel?: MessageChannelValue | null;
  sequenceStep?: number | null;
  templateKey?: string | null;
  subject?: string | null;
  body?: string | null;
}

async function checkCampaign(tx: Tx, offerId: string, campaignId: string | null | undefined): Promise<void> {
  if (!campaignId) return;
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { offerId: true } });
  if (!campaign) throw new NotFoundError('Campaign', campaignId);
  if (campaign.offerId !== offerId) {
    throw new ValidationFailedError([{ path: 'campaignId', message: "the campaign belongs to another offer than the template's" }]);
  }
}

function checkCopy(channel: MessageChannelValue, subject: string | null | undefined, body: string | null | undefined): void {
  const problems = [];
  if (!body?.trim()) problems.push({ path: 'body', message: 'is required' });
  if (channel === 'email' && !subject?.trim()) problems.push({ path: 'subject', message: 'is required for an email template' });
  if (problems.length) throw new ValidationFailedError(problems);
}

export async function createMessageTemplate(
  input: TemplateFields & { offerId: string; name: string; channel: MessageChannelValue; body: string },
): Promise<MessageTemplate> {
  checkCopy(input.channel, input.subject, input.body);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.offer.findUnique({ where: { id: input.offerId }, select: { id: true } }))) {
      throw new NotFoundError('Offer', input.offerId);
    }
    await checkCampaign(tx, input.offerId, input.campaignId);
    return tx.messageTemplate.create({
      data: {
        offerId: input.offerId,
        campaignId: input.campaignId ?? null,
        name: input.name.trim(),
        channel: input.channel,
        sequenceStep: input.sequenceStep ?? null,
        templateKey: input.templateKey ?? null,
        subject: input.subject ?? null,
        body: input.body,
      },
    });
  });
}

export async function updateMessageTemplate(input: TemplateFields & { id: string }): Promise<MessageTemplate> {
  if (input.name === null || input.body === null || input.channel === null) {
    throw new ValidationFailedError(
      (['name', 'body', 'channel'] as const).filter((k) => input[k] === null).map((path) => ({ path, message: 'cannot be cleared' })),
    );
  }
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM message_templates WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (rows.length === 0) throw new NotFoundError('MessageTemplate', input.id);
    const current = await tx.messageTemplate.findUniqueOrThrow({ where: { id: input.id } });
    if (current.status === 'archived') throw new ConflictError('The template is archived; it can no longer be changed');
    const channel = (input.channel ?? current.channel) as MessageChannelValue;
    checkCopy(channel, input.subject === undefined ? current.subject : input.subject, input.body ?? current.body);
    await checkCampaign(tx, current.offerId, input.campaignId);
    return tx.messageTemplate.update({
      where: { id: input.id },
      data: {
        campaignId: input.campaignId,
        name: input.name?.trim(),
        channel: input.channel ?? undefined,
        sequenceStep: input.sequenceStep,
        templateKey: input.templateKey,
        subject: input.subject,
        body: input.body ?? undefined,
        status: 'draft',
        updatedAt: new Date(),
      },
    });
  });
}

async function moveTemplate(id: string, from: MessageTemplateStatusValue[], to: MessageTemplateStatusValue): Promise<MessageTemplate> {
  const { count } = await prisma.messageTemplate.updateMany({
    where: { id, status: { in: from } },
    data: { status: to, updatedAt: new Date() },
  });
  const template = await prisma.messageTemplate.findUnique({ where: { id } });
  if (!template) throw new NotFoundError('MessageTemplate', id);
  if (count === 0) throw new InvalidTransitionError('MessageTemplate', template.status, to, null);
  return template;
}

export const approveMessageTemplate = (input: { id: string }) => moveTemplate(input.id, ['draft'], 'approved');
export const archiveMessageTemplate = (input: { id: string }) => moveTemplate(input.id, ['draft', 'approved'], 'archived');
