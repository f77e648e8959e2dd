// enrollContacts: enrol contacts into a campaign by ids or by a filter, reporting why each
// skipped contact was skipped.
import { builder } from '../../builder.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { contactList } from '../offers/contact.type.js';
import { Campaign } from './campaign.type.js';
import { SKIP_REASONS, type SkipReason } from './campaigns.rules.js';
import { type EnrolmentResult, enrollContacts, MAX_ENROLMENT_CANDIDATES } from './enrolment.service.js';

const REASON_TEXT: Record<SkipReason, string> = {
  NOT_FOUND: 'No contact has this id.',
  OTHER_OFFER: "The contact belongs to another offer than the campaign's.",
  ALREADY_ENROLLED: 'Already enrolled in this campaign.',
  DO_NOT_CONTACT: 'The person is do-not-contact (unsubscribed or complained), in any offer.',
  BOUNCED: 'The contact bounced.',
  EXCLUDED: 'Excluded from outreach by hand (eligibleForOutreach is false).',
  NO_EMAIL: 'An email campaign needs an email address.',
  EMAIL_INVALID: 'The email address is known to be invalid.',
  NO_LINKEDIN: 'A LinkedIn campaign needs a LinkedIn URL.',
  NO_ADDRESS: 'Neither an email address nor a LinkedIn URL.',
  NOT_READY: 'Not ready for outreach (status is not ready or enriched).',
  SKIPPED: 'Marked to skip (see skipReason).',
  FIRST_DEGREE: 'A 1st-degree LinkedIn connection.',
  ALREADY_CONTACTED: 'Already contacted for this offer.',
  CONTACTED_RECENTLY: 'Sent to from some offer in the last 60 days (matched by email or LinkedIn URL).',
};

export const EnrolmentSkipReason = builder.enumType('EnrolmentSkipReason', {
  description: 'Why a contact was not enrolled (the first rule that applies, in this order).',
  values: Object.fromEntries(SKIP_REASONS.map((r) => [r, { description: REASON_TEXT[r] }])) as Record<
    SkipReason,
    { description: string }
  >,
});

const SkippedContact = builder.objectRef<{ contactId: string; reason: SkipReason }>('SkippedContact').implement({
  description: 'A contact that was not enrolled, and why.',
  fields: (t) => ({
    contactId: t.expose('contactId', { type: 'UUID', description: 'Database id of the contact (as given).' }),
    reason: t.field({ type: EnrolmentSkipReason, description: 'Why it was skipped.', resolve: (s) => s.reason }),
  }),
});

const SkipReasonCount = builder.objectRef<{ reason: SkipReason; count: number }>('SkipReasonCount').implement({
  description: 'How many contacts were skipped for one reason.',
  fields: (t) => ({
    reason: t.field({ type: EnrolmentSkipReason, description: 'The reason.', resolve: (s) => s.reason }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

const EnrolmentResultRef = builder.objectRef<EnrolmentResult>('EnrolmentResult').implement({
  description: 'The outcome of an enrolment: who was enrolled, who was skipped and why.',
  fields: (t) => ({
    campaign: t.field({ type: Campaign, description: 'The campaign, with its updated counters.', resolve: (r) => r.campaign }),
    enrolled: t.int({ description: 'Contacts enrolled by this call.', resolve: (r) => r.enrolledContactIds.length }),
    enrolledContactIds: t.field({
      type: ['UUID'],
      description: 'Database ids of the contacts enrolled.',
      resolve: (r) => r.enrolledContactIds,
    }),
    skippedCount: t.int({ description: 'Contacts skipped.', resolve: (r) => r.skipped.length }),
    skipped: t.field({ type: [SkippedContact], description: 'Each skipped contact with its reason.', resolve: (r) => r.skipped }),
    skippedByReason: t.field({
      type: [SkipReasonCount],
      description: 'Skipped contacts counted by reason (reasons with none left out).',
      resolve: (r) =>
        SKIP_REASONS.map((reason) => ({ reason, count: r.skipped.filter((s) => s.reason === reason).length })).filter(
          (c) => c.count > 0,
        ),
    }),
  }),
});

const EnrollContactsInput = builder.inputType('EnrollContactsInput', {
  description: `Contacts to enrol: give contactIds or a filter over the campaign's offer's contacts (at most ${MAX_ENROLMENT_CANDIDATES}).`,
  fields: (t) => ({
    campaignId: t.field({ type: 'UUID', required: true, description: 'Database id of the campaign.' }),
    contactIds: t.field({ type: ['UUID'], description: 'The contacts, by database id.' }),
    filter: t.field({ type: contactList.filterInput, description: "Enrol every contact of the campaign's offer matching this filter." }),
  }),
});

builder.mutationField('enrollContacts', (t) =>
  t.field({
    type: EnrolmentResultRef,
    description:
      'Enrols contacts that are ready, reachable on the channel, not do-not-contact, not bounced, and not sent to from any offer in the last 60 days; reports why each other one was skipped.',
    authScopes: access.write,
    errors: {
      types: [...COMMON_ERRORS, NotFoundError, ConflictError],
      dataField: { name: 'enrolment', description: 'Who was enrolled and who was skipped.' },
    },
    args: { input: t.arg({ type: EnrollContactsInput, required: true, description: 'The campaign and the contacts.' }) },
    resolve: (_root, { input }) => enrollContacts(input),
  }),
);
