// signClient: APPOINTMENT → CLIENT with the contract (one conversion per company: Conflict).
import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ConflictError, InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { type SignClientResult, signClient } from './clients.service.js';
import { ContractStatus, RevenueType } from './funnel-enums.type.js';
import { ClientConversion } from './journey.type.js';
import { LifecycleOutcome } from './lifecycle-outcome.type.js';

const ClientSigning = builder.objectRef<SignClientResult>('ClientSigning').implement({
  description: 'A signed client and the move to CLIENT.',
  fields: (t) => ({
    client: t.field({
      type: ClientConversion,
      description: 'The client conversion.',
      resolve: (r) => prisma.clientConversion.findUniqueOrThrow({ where: { clientId: r.clientId } }),
    }),
    lifecycle: t.field({ type: LifecycleOutcome, description: 'The move to CLIENT.', resolve: (r) => r.lifecycle }),
  }),
});

const str = (max: number) => z.string().trim().max(max);

const SignClientInput = builder.inputType('SignClientInput', {
  description: "The signed contract of a person in APPOINTMENT (give personId or email). Their company converts once.",
  fields: (t) => ({
    personId: t.field({ type: 'UUID', description: 'The lifecycle person.' }),
    email: t.string({ description: "The person's email." }),
    signedTs: t.field({ type: 'DateTime', description: 'When it was signed (default now).' }),
    appointmentId: t.field({ type: 'UUID', description: "The meeting that won it (default: the person's latest held meeting)." }),
    contractStatus: t.field({ type: ContractStatus, description: 'Default signed.' }),
    effectiveDate: t.field({ type: 'LocalDate', description: 'Effective date.' }),
    contractStartDate: t.field({ type: 'LocalDate', description: 'Contract start.' }),
    contractEndDate: t.field({ type: 'LocalDate', description: 'Contract end (not before the start).' }),
    lives: t.int({ description: 'Employees or lives covered.' }),
    annualRevenue: t.field({ type: 'Decimal', description: 'Annual revenue.' }),
    monthlyRevenue: t.field({ type: 'Decimal', description: 'Monthly revenue.' }),
    dealValue: t.field({ type: 'Decimal', description: 'Deal value.' }),
    currency: t.string({ description: 'ISO currency code (default USD).' }),
    revenueType: t.field({ type: RevenueType, description: 'How it earns.' }),
    acquisitionChannel: t.string({ description: 'Acquisition channel.', validate: str(100) }),
    salesRepId: t.string({ description: 'Sales rep id.', validate: str(100) }),
    salesRepName: t.string({ description: 'Sales rep.', validate: str(255) }),
    salesTeam: t.string({ description: 'Sales team.', validate: str(100) }),
    crmDealId: t.string({ description: 'CRM deal id.', validate: str(100) }),
    crmAccountId: t.string({ description: 'CRM account id.', validate: str(100) }),
    hubspotDealId: t.string({ description: 'HubSpot deal id.', validate: str(100) }),
    salesforceOppId: t.string({ description: 'Salesforce opportunity id.', validate: str(100) }),
    contractType: t.string({ description: 'Contract type.', validate: str(50) }),
    contractTermMonths: t.int({ description: 'Term in months.' }),
    autoRenewal: t.boolean({ description: 'Renews automatically.' }),
    notes: t.string({ description: 'Notes.', validate: str(10_000) }),
    winReason: t.string({ description: 'Why we won.', validate: str(10_000) }),
    csmAssigned: t.string({ description: 'Customer success manager.', validate: str(255) }),
  }),
});

builder.mutationField('signClient', (t) =>
  t.field({
    type: ClientSigning,
    description:
      "Signs a person in APPOINTMENT as a client (EVENT_CLIENT_SIGNED → CLIENT, terminal) with the contract. Anyone else: InvalidTransition; the company already converted: Conflict. One transaction.",
    authScopes: access.write,
    errors: {
      types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError, ConflictError],
      dataField: { name: 'signing', description: 'The client and the move.' },
    },
    args: { input: t.arg({ type: SignClientInput, required: true, description: 'The contract.' }) },
    resolve: (_root, { input }) => signClient({ ...input, signedAt: input.signedTs }),
  }),
);
