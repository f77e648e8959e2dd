// Message template mutations: create, update, approve, archive.
import { z } from 'zod';
import { builder } from '../../builder.js';
import { ConflictError, InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { MessageChannel } from '../common/enums.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { MessageTemplate } from './message-template.type.js';
import {
  approveMessageTemplate,
  archiveMessageTemplate,
  createMessageTemplate,
  updateMessageTemplate,
} from './templates.service.js';

const step = z.number().int().min(1).nullish();

const CreateMessageTemplateInput = builder.inputType('CreateMessageTemplateInput', {
  description: 'A new draft template of an offer (optionally for one of its campaigns).',
  fields: (t) => ({
    offerId: t.field({ type: 'UUID', required: true, description: 'Database id of the offer.' }),
    campaignId: t.field({ type: 'UUID', description: 'Database id of a campaign of the offer.' }),
    name: t.string({ required: true, description: 'Template name.', validate: z.string().trim().min(1).max(200) }),
    channel: t.field({ type: MessageChannel, required: true, description: 'The channel.' }),
    sequenceStep: t.int({ description: 'Sequence step (1 = first).', validate: step }),
    templateKey: t.string({ description: 'Key used by the sequencer.' }),
    subject: t.string({ description: 'Subject (required for email).' }),
    body: t.string({ required: true, description: 'Body with {{placeholders}}.' }),
  }),
});

const UpdateMessageTemplateInput = builder.inputType('UpdateMessageTemplateInput', {
  description: 'Changes to a template that is not archived; an approved template goes back to draft.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the template.' }),
    campaignId: t.field({ type: 'UUID', description: 'Database id of a campaign of the offer (null detaches it).' }),
    name: t.string({ description: 'Template name.' }),
    channel: t.field({ type: MessageChannel, description: 'The channel.' }),
    sequenceStep: t.int({ description: 'Sequence step.', validate: step }),
    templateKey: t.string({ description: 'Key used by the sequencer.' }),
    subject: t.string({ description: 'Subject.' }),
    body: t.string({ description: 'Body.' }),
  }),
});

const TemplateIdInput = builder.inputType('MessageTemplateIdInput', {
  description: 'A message template.',
  fields: (t) => ({ id: t.field({ type: 'UUID', required: true, description: 'Database id of the template.' }) }),
});

const dataField = { name: 'template', description: 'The template after the change.' };

builder.mutationFields((t) => ({
  createMessageTemplate: t.field({
    type: MessageTemplate,
    description: 'Creates a draft message template.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'template', description: 'The new template.' } },
    args: { input: t.arg({ type: CreateMessageTemplateInput, required: true, description: 'The template.' }) },
    resolve: (_root, { input }) => createMessageTemplate(input),
  }),
  updateMessageTemplate: t.field({
    type: MessageTemplate,
    description: 'Changes a template that is not archived (it returns to draft).',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError, ConflictError], dataField },
    args: { input: t.arg({ type: UpdateMessageTemplateInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }) => updateMessageTemplate(input),
  }),
  approveMessageTemplate: t.field({
    type: MessageTemplate,
    description: 'Approves a draft template for sending.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError], dataField },
    args: { input: t.arg({ type: TemplateIdInput, required: true, description: 'The template.' }) },
    resolve: (_root, { input }) => approveMessageTemplate(input),
  }),
  archiveMessageTemplate: t.field({
    type: MessageTemplate,
    description: 'Archives a draft or approved template.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError], dataField },
    args: { input: t.arg({ type: TemplateIdInput, required: true, description: 'The template.' }) },
    resolve: (_root, { input }) => archiveMessageTemplate(input),
  }),
}));
