// scheduleCampaign: enrolled contacts become queue items (see schedule.service.ts).
import { builder } from '../../builder.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { type ScheduleProblem, type ScheduleResult, scheduleCampaign, schedulingSettings } from './schedule.service.js';

const ScheduleCampaignInput = builder.inputType('ScheduleCampaignInput', {
  description: 'A campaign whose enrolled, not yet scheduled contacts get one queued send per sequence step.',
  fields: (t) => ({
    campaignId: t.field({ type: 'UUID', required: true, description: 'Database id of the campaign.' }),
    startAt: t.field({ type: 'DateTime', description: 'Earliest first send (default now); placed in the send window.' }),
  }),
});

const ScheduleProblemRef = builder.objectRef<ScheduleProblem>('ScheduleProblem').implement({
  description: 'A contact left unscheduled because a template variable has no value for it.',
  fields: (t) => ({
    contactId: t.expose('contactId', { type: 'UUID', description: 'Database id of the contact.' }),
    step: t.exposeInt('step', { description: 'The sequence step whose template could not be rendered.' }),
    missing: t.exposeStringList('missing', { description: 'The variables with no value.' }),
  }),
});

const ScheduleResultRef = builder.objectRef<ScheduleResult>('CampaignSchedule').implement({
  description: 'What scheduling a campaign queued.',
  fields: (t) => ({
    queuedItems: t.exposeInt('queuedItems', { description: 'Queue items created.' }),
    contactsScheduled: t.exposeInt('contactsScheduled', { description: 'Contacts whose sequence was queued.' }),
    problems: t.field({ type: [ScheduleProblemRef], description: 'Contacts left out, with the missing variables.', resolve: (r) => r.problems }),
  }),
});

builder.mutationField('scheduleCampaign', (t) =>
  t.field({
    type: ScheduleResultRef,
    description:
      'Queues every step of the sequence for the campaign’s enrolled contacts: templates rendered, delays in days, send window and time zone kept, accounts rotated within their daily caps.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError, ConflictError], dataField: { name: 'schedule', description: 'What was queued.' } },
    args: { input: t.arg({ type: ScheduleCampaignInput, required: true, description: 'The campaign.' }) },
    resolve: (_root, { input }) =>
      scheduleCampaign({ campaignId: input.campaignId, startAt: input.startAt ?? null }, schedulingSettings()),
  }),
);
