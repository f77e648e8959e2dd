// qualifyCompany, disqualifyCompany and markContactEmailStatus.
import { z } from 'zod';
import { builder } from '../../builder.js';
import { InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { EmailStatus } from '../common/enums.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { Company } from './company.type.js';
import { Contact } from './contact.type.js';
import { disqualifyCompany, markContactEmailStatus, qualifyCompany } from './offers.service.js';

const QualifyCompanyInput = builder.inputType('QualifyCompanyInput', {
  description: 'A company that fits the ICP.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the company.' }),
  }),
});

const DisqualifyCompanyInput = builder.inputType('DisqualifyCompanyInput', {
  description: 'A company that does not fit, and why.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the company.' }),
    reason: t.string({ required: true, description: 'Why it does not fit.', validate: z.string().trim().min(1).max(2000) }),
  }),
});

const MarkContactEmailStatusInput = builder.inputType('MarkContactEmailStatusInput', {
  description: "What is known about a contact's email address.",
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the contact.' }),
    emailStatus: t.field({ type: EmailStatus, required: true, description: 'The status.' }),
    verificationSource: t.string({ description: 'Who verified it ("leadmagic", …); null clears it.' }),
  }),
});

const companyErrors = {
  types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError],
  dataField: { name: 'company', description: 'The company after the change.' },
};

builder.mutationFields((t) => ({
  qualifyCompany: t.field({
    type: Company,
    description: 'Marks a company as qualified (from new or disqualified).',
    authScopes: access.write,
    errors: companyErrors,
    args: { input: t.arg({ type: QualifyCompanyInput, required: true, description: 'The company.' }) },
    resolve: (_root, { input }) => qualifyCompany(input),
  }),
  disqualifyCompany: t.field({
    type: Company,
    description: 'Marks a company as disqualified with a reason (from new or qualified).',
    authScopes: access.write,
    errors: companyErrors,
    args: { input: t.arg({ type: DisqualifyCompanyInput, required: true, description: 'The company and the reason.' }) },
    resolve: (_root, { input }) => disqualifyCompany(input),
  }),
  markContactEmailStatus: t.field({
    type: Contact,
    description: "Records a contact's email status (for example after verification or a bounce).",
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'contact', description: 'The contact after the change.' } },
    args: { input: t.arg({ type: MarkContactEmailStatusInput, required: true, description: 'The contact and status.' }) },
    resolve: (_root, { input }) => markContactEmailStatus(input),
  }),
}));
