// recordEngagement and recordTalentflowSignal: events from the API (email engagement, intent
// signals, job moves) into a person's lifecycle; the person is created as a SUSPECT when new.
import { z } from 'zod';
import { builder } from '../../builder.js';
import { NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { ReplySentiment } from '../common/enums.js';
import { EngagementKind, KIND_VALUE, TalentflowSignalType, VerificationSource } from './funnel-enums.type.js';
import { recordEngagement } from './funnel.service.js';
import { LifecycleOutcome } from './lifecycle-outcome.type.js';
import { recordTalentflowSignal } from './talentflow.service.js';

const short = z.string().trim().min(1).max(100);

const RecordEngagementInput = builder.inputType('RecordEngagementInput', {
  description: 'Something a person did. Give personId or email (a new email starts a SUSPECT).',
  fields: (t) => ({
    personId: t.field({ type: 'UUID', description: 'The lifecycle person.' }),
    email: t.string({ description: 'The email (normalized); finds or creates the person.', validate: z.string().trim().min(3).max(255) }),
    companyDomain: t.string({ description: "For a new person: the company's domain (default: the email's domain)." }),
    kind: t.field({ type: EngagementKind, required: true, description: 'What happened.' }),
    eventTs: t.field({ type: 'DateTime', description: 'When it happened (default now; at most 5 minutes ahead of the server clock).' }),
    replySentiment: t.field({
      type: ReplySentiment,
      description: 'For REPLY: its tone (default neutral). positive, neutral and question promote; negative is recorded; ooo is ignored.',
    }),
    autoReply: t.boolean({ description: 'For REPLY: an automatic reply (ignored, like out-of-office).' }),
    url: t.string({ description: 'For CLICK: the clicked link.', validate: z.string().trim().min(1).max(2000) }),
    linkType: t.string({ description: 'For CLICK: the link type from the tracker (tracking_pixel and unsubscribe do not count).', validate: short }),
    sendId: t.string({ description: 'For OPEN and CLICK: the send (email) it belongs to.', validate: short }),
    sourceSystem: t.string({ description: 'Where it came from (default gtm-graph).', validate: short }),
    sourceCampaignId: t.string({ description: 'The campaign at the source.', validate: short }),
    sourceEmailId: t.string({
      description:
        "The provider's id for this event (or its email). Same person, kind, source system, this id and UTC hour = the same event, stored once.",
      validate: short,
    }),
    metadata: t.field({ type: 'JSONObject', description: 'Anything else from the source.' }),
  }),
});

builder.mutationField('recordEngagement', (t) =>
  t.field({
    type: LifecycleOutcome,
    description:
      'Records an email engagement or intent signal and applies the lifecycle rules (thresholds, BIT score, cooldown, priorities) in one transaction. Idempotent per provider event.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'outcome', description: 'What happened to the person.' } },
    args: { input: t.arg({ type: RecordEngagementInput, required: true, description: 'The event.' }) },
    resolve: (_root, { input }) =>
      recordEngagement({
        personId: input.personId,
        email: input.email,
        companyDomain: input.companyDomain,
        kind: KIND_VALUE[input.kind],
        eventTs: input.eventTs,
        sentiment: input.autoReply ? 'auto' : (input.replySentiment ?? null),
        url: input.url,
        linkType: input.linkType,
        sendId: input.sendId,
        sourceSystem: input.sourceSystem,
        sourceCampaignId: input.sourceCampaignId,
        sourceEmailId: input.sourceEmailId,
        metadata: input.metadata,
      }),
  }),
);

const RecordTalentflowSignalInput = builder.inputType('RecordTalentflowSignalInput', {
  description: 'A job move from TalentFlow. Give personId or email (a new email starts a SUSPECT).',
  fields: (t) => ({
    personId: t.field({ type: 'UUID', description: 'The lifecycle person.' }),
    email: t.string({ description: 'The email (normalized); finds or creates the person.', validate: z.string().trim().min(3).max(255) }),
    companyDomain: t.string({ description: "For a new person: the company's domain." }),
    signalType: t.field({ type: TalentflowSignalType, required: true, description: 'The kind of move.' }),
    oldCompanyId: t.field({ type: 'UUID', description: 'The company left (a job change to the same company is refused).' }),
    newCompanyId: t.field({ type: 'UUID', description: 'The company joined.' }),
    oldCompanyName: t.string({ description: 'The company left.' }),
    oldTitle: t.string({ description: 'The title before.' }),
    newCompanyName: t.string({ description: 'The company joined.' }),
    newTitle: t.string({ description: 'The title after.' }),
    signalTs: t.field({ type: 'DateTime', description: 'When the move happened (default movementDetectedAt).' }),
    movementDetectedAt: t.field({ type: 'DateTime', description: 'When TalentFlow saw it (default now): the lifecycle time of the event.' }),
    isVerified: t.boolean({ description: 'The move is verified (required to make a SUSPECT TALENTFLOW_WARM).' }),
    verificationSource: t.field({ type: VerificationSource, description: 'Where it was verified.' }),
    verificationConfidence: t.field({ type: 'Decimal', description: 'Confidence 0..1.' }),
    sourceSystem: t.string({ description: 'Where it came from (default talentflow).', validate: short }),
    sourceRecordId: t.string({ description: 'Its id there; the same id twice for a person is one signal.', validate: short }),
    metadata: t.field({ type: 'JSONObject', description: 'Anything else from the source.' }),
  }),
});

builder.mutationField('recordTalentflowSignal', (t) =>
  t.field({
    type: LifecycleOutcome,
    description:
      'Records a TalentFlow job move (fresh for 90 days, priority by type) and applies it: a verified move makes a SUSPECT TALENTFLOW_WARM; WARM and REENGAGEMENT people move on any fresh one.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'outcome', description: 'What happened to the person.' } },
    args: { input: t.arg({ type: RecordTalentflowSignalInput, required: true, description: 'The signal.' }) },
    resolve: (_root, { input }) => recordTalentflowSignal({ ...input, detectedAt: input.movementDetectedAt, verified: input.isVerified }),
  }),
);
