// The Company type: a company discovered for one offer (unique per offer by normalized domain).
import { builder } from '../../builder.js';
import {
  CompanySize,
  type CompanySizeValue,
  CompanyStatus,
  type CompanyStatusValue,
  Priority,
  type PriorityValue,
} from '../common/enums.js';
import { asObject } from '../common/json.js';
import { json, jsonObjectRef } from '../common/json.type.js';
import { defineList, enumKind } from '../common/list.js';
import { contactList } from './contact.type.js';
import { toolUsageList } from './tool.type.js';

const HiringSignal = jsonObjectRef('HiringSignal').implement({
  description: 'Open roles found at a company.',
  fields: (t) => ({
    salesReps: json.int(t, 'sales_reps', 'Open sales rep roles.'),
    bdrs: json.int(t, 'bdrs', 'Open BDR roles.'),
    lastChecked: json.string(t, 'last_checked', 'When this was last checked (as written, usually YYYY-MM-DD).'),
  }),
});

const FundingSignal = jsonObjectRef('FundingSignal').implement({
  description: 'The latest funding round of a company.',
  fields: (t) => ({
    stage: json.string(t, 'stage', 'Round ("series_b", …).'),
    amount: json.decimal(t, 'amount', 'Amount raised (exact decimal).'),
    date: json.string(t, 'date', 'Date of the round (as written, usually YYYY-MM-DD).'),
  }),
});

export const CompanySignals = jsonObjectRef('CompanySignals').implement({
  description: 'What we found about a company (hiring, tech stack, funding, growth).',
  fields: (t) => ({
    hiring: json.object(t, 'hiring', HiringSignal, 'Open roles.'),
    techStack: json.stringList(t, 'tech_stack', 'Tools they use.'),
    funding: json.object(t, 'funding', FundingSignal, 'Latest funding round.'),
    growthSignals: json.stringList(t, 'growth_signals', 'Growth signals ("new_office", …).'),
  }),
});

export const companyList = defineList('Company', {
  plural: 'companies',
  filter: {
    id: 'uuid',
    offerId: 'uuid',
    name: 'text',
    domain: 'text',
    status: enumKind(CompanyStatus),
    priority: enumKind(Priority),
    size: enumKind(CompanySize),
    sourceTool: 'string',
    fitScore: 'int',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  orderBy: ['createdAt', 'updatedAt', 'name', 'domain', 'fitScore', 'status'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const Company = builder.prismaNode('Company', {
  id: { field: 'id' },
  description: 'A company discovered for an offer. Unique per offer by normalized domain.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    offerId: t.expose('offerId', { type: 'UUID', description: 'Database id of the offer.' }),
    name: t.exposeString('name', { description: 'Company name.' }),
    domain: t.exposeString('domain', { nullable: true, description: 'Normalized domain (lower-case, no scheme, no www).' }),
    url: t.expose('url', { type: 'URL', nullable: true, description: 'Full website URL.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the company does.' }),
    size: t.field({
      type: CompanySize,
      nullable: true,
      description: 'Head-count band.',
      resolve: (c) => c.size as CompanySizeValue | null,
    }),
    sizeExact: t.exposeInt('sizeExact', { nullable: true, description: 'Exact head count, when known.' }),
    vertical: t.exposeString('vertical', { nullable: true, description: 'Vertical ("saas", …).' }),
    industry: t.exposeString('industry', { nullable: true, description: 'Industry.' }),
    headquartersCity: t.exposeString('headquartersCity', { nullable: true, description: 'Headquarters city.' }),
    headquartersState: t.exposeString('headquartersState', { nullable: true, description: 'Headquarters state or region.' }),
    headquartersCountry: t.exposeString('headquartersCountry', { nullable: true, description: 'Headquarters country.' }),
    signals: t.field({
      type: CompanySignals,
      description: 'What we found about the company, typed (see signalsJson).',
      resolve: (c) => asObject(c.signals) ?? {},
    }),
    signalsJson: t.expose('signals', { type: 'JSON', description: 'Signals as stored (raw JSON).' }),
    fitScore: t.exposeInt('fitScore', { nullable: true, description: 'ICP fit, 1 (poor) to 10 (perfect).' }),
    fitReasoning: t.exposeString('fitReasoning', { nullable: true, description: 'Why it got that fit score.' }),
    priority: t.field({
      type: Priority,
      nullable: true,
      description: 'How soon to work it.',
      resolve: (c) => c.priority as PriorityValue | null,
    }),
    sourceTool: t.exposeString('sourceTool', { description: 'Tool that found it ("parallel", "theirstack", "exa", "manual").' }),
    sourceQuery: t.exposeString('sourceQuery', { nullable: true, description: 'The query that found it.' }),
    sourceRawJson: t.expose('sourceRaw', { type: 'JSON', nullable: true, description: 'Raw API response (raw JSON).' }),
    status: t.field({ type: CompanyStatus, description: 'Where it stands.', resolve: (c) => c.status as CompanyStatusValue }),
    disqualificationReason: t.exposeString('disqualificationReason', {
      nullable: true,
      description: 'Why it was disqualified.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was found.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),

    offer: t.relation('offer', { description: 'The offer it was found for.' }),
    contacts: t.relatedConnection('contacts', {
      cursor: 'id',
      totalCount: true,
      description: 'People at this company.',
      args: contactList.args(),
      query: (args) => contactList.query(args),
    }),
    toolUsage: t.relatedConnection('toolUsage', {
      cursor: 'id',
      totalCount: true,
      description: 'External tool calls made about this company.',
      args: toolUsageList.args(),
      query: (args) => toolUsageList.query(args),
    }),
  }),
});
