// Input objects for creating and changing campaigns. The typed configuration inputs are stored in
// the documented snake_case JSON shapes (CampaignTargetCriteria, SchedulingConfig).
import { z } from 'zod';
import { builder } from '../../builder.js';
import { CampaignChannel, CampaignType, CompanyStatus, ContactStatus } from '../common/enums.js';

export const TargetSignalInput = builder.inputType('TargetSignalInput', {
  description: 'A signal a campaign targets.',
  fields: (t) => ({
    type: t.string({ description: 'Kind of signal ("HIRING", …).' }),
    description: t.string({ description: 'What the signal is.' }),
    priority: t.string({ description: 'Priority ("HIGH", …).' }),
  }),
});

export const TargetCriteriaInput = builder.inputType('TargetCriteriaInput', {
  description: 'Who a campaign targets. signal and icpTarget are parts of the campaign slug.',
  fields: (t) => ({
    companyStatus: t.field({ type: [CompanyStatus], description: 'Company statuses to include.' }),
    contactStatus: t.field({ type: [ContactStatus], description: 'Contact statuses to include.' }),
    minFitScore: t.int({ description: 'Smallest company fit score (1–10).', validate: z.number().int().min(1).max(10).nullish() }),
    connectionDegrees: t.intList({
      description: 'LinkedIn connection degrees to include (1–3).',
      validate: z.array(z.number().int().min(1).max(3)).nullish(),
    }),
    exclude1stDegree: t.boolean({ description: 'Leave out first-degree connections.' }),
    signal: t.string({ description: 'The primary signal targeted ("hiring").' }),
    icpTarget: t.string({ description: 'The ICP segment targeted ("pmre-companies").' }),
    signals: t.field({ type: [TargetSignalInput], description: 'The signals, in detail.' }),
  }),
});

export const SchedulingStepInput = builder.inputType('SchedulingStepInput', {
  description: 'One step of a campaign sequence.',
  fields: (t) => ({
    step: t.int({ required: true, description: 'Position (1 = first).', validate: z.number().int().min(1) }),
    type: t.string({ required: true, description: 'What it sends ("connection_request", "linkedin_dm", "email").' }),
    delayDays: t.int({ description: 'Days after the previous step.', validate: z.number().int().min(0).nullish() }),
    condition: t.string({ description: 'When it runs ("connected", "no_reply").' }),
  }),
});

export const SchedulingConfigInput = builder.inputType('SchedulingConfigInput', {
  description: 'The sequence of a campaign and when it stops.',
  fields: (t) => ({
    steps: t.field({ type: [SchedulingStepInput], description: 'The steps, in order.' }),
    stopOnReply: t.boolean({ description: 'Stop when the contact replies.' }),
    maxTouches: t.int({ description: 'Most messages one contact receives.', validate: z.number().int().min(1).nullish() }),
  }),
});

const name = z.string().trim().min(1).max(200);

export const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  description:
    'A new draft campaign. Its slug is built as {type}-{offer}-{channel}-{signal}-{icp}-{account} and must be unique.',
  fields: (t) => ({
    offerId: t.field({ type: 'UUID', required: true, description: 'Database id of the offer.' }),
    name: t.string({ required: true, description: 'Display name.', validate: name }),
    channel: t.field({ type: CampaignChannel, required: true, description: 'Email, LinkedIn or both.' }),
    campaignType: t.field({ type: CampaignType, description: 'Networking or cold outreach (default).' }),
    accountId: t.field({ type: 'UUID', description: 'Primary sending account (must suit the channel).' }),
    accountIds: t.field({ type: ['UUID'], description: 'All sending accounts (stored with their names and types).' }),
    targetCriteria: t.field({ type: TargetCriteriaInput, required: true, description: 'Who it targets (signal and icpTarget required).' }),
    sequenceConfig: t.field({ type: 'JSONObject', description: 'Sequence configuration (free-form JSON).' }),
    schedulingConfig: t.field({ type: SchedulingConfigInput, description: 'Sequence steps and stop rules.' }),
    sendWindowStart: t.field({ type: 'LocalTime', description: 'Start of the daily send window (default 09:00).' }),
    sendWindowEnd: t.field({ type: 'LocalTime', description: 'End of the daily send window (default 17:00).' }),
    sendDays: t.intList({ description: 'Days it sends on, 1 (Monday) to 7 (default Monday to Friday).' }),
    timezone: t.field({ type: 'TimeZone', description: 'IANA time zone of the window (default America/New_York).' }),
  }),
});

export const UpdateCampaignInput = builder.inputType('UpdateCampaignInput', {
  description:
    'Changes to a campaign that is not over: only given fields change (null clears an optional one); target criteria and scheduling are replaced whole; the slug is rebuilt.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the campaign.' }),
    name: t.string({ description: 'Display name.', validate: name.nullish() }),
    channel: t.field({ type: CampaignChannel, description: 'Email, LinkedIn or both.' }),
    campaignType: t.field({ type: CampaignType, description: 'Networking or cold outreach.' }),
    accountId: t.field({ type: 'UUID', description: 'Primary sending account.' }),
    accountIds: t.field({ type: ['UUID'], description: 'All sending accounts.' }),
    targetCriteria: t.field({ type: TargetCriteriaInput, description: 'Who it targets.' }),
    sequenceConfig: t.field({ type: 'JSONObject', description: 'Sequence configuration.' }),
    schedulingConfig: t.field({ type: SchedulingConfigInput, description: 'Sequence steps and stop rules.' }),
    sendWindowStart: t.field({ type: 'LocalTime', description: 'Start of the daily send window.' }),
    sendWindowEnd: t.field({ type: 'LocalTime', description: 'End of the daily send window.' }),
    sendDays: t.intList({ description: 'Days it sends on, 1 (Monday) to 7.' }),
    timezone: t.field({ type: 'TimeZone', description: 'IANA time zone of the window.' }),
  }),
});
