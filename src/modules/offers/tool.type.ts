// The Tool and ToolUsage types: external APIs used to find and enrich companies and contacts,
// and the log of every call (credits, duration, outcome).
import { builder } from '../../builder.js';
import {
  ToolStatus,
  type ToolStatusValue,
  ToolType,
  type ToolTypeValue,
  ToolUsageStatus,
  type ToolUsageStatusValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';

export const toolList = defineList('Tool', {
  plural: 'tools',
  filter: {
    id: 'uuid',
    name: 'text',
    type: enumKind(ToolType),
    status: enumKind(ToolStatus),
  },
  orderBy: ['name', 'createdAt', 'totalRequests', 'totalCreditsUsed'],
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});

export const toolUsageList = defineList('ToolUsage', {
  plural: 'tool calls',
  filter: {
    id: 'uuid',
    toolId: 'uuid',
    offerId: 'uuid',
    companyId: 'uuid',
    contactId: 'uuid',
    action: 'string',
    status: enumKind(ToolUsageStatus),
    creditsUsed: 'int',
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt', 'creditsUsed', 'durationMs'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const Tool = builder.prismaNode('Tool', {
  id: { field: 'id' },
  description: 'An external API used to find, enrich or contact people.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    name: t.exposeString('name', { description: 'Unique name ("parallel_companies", "unipile_sending", …).' }),
    type: t.field({ type: ToolType, description: 'What it is used for.', resolve: (x) => x.type as ToolTypeValue }),
    apiBaseUrl: t.expose('apiBaseUrl', { type: 'URL', nullable: true, description: 'Base URL of its API.' }),
    apiDocsUrl: t.expose('apiDocsUrl', { type: 'URL', nullable: true, description: 'Its API documentation.' }),
    status: t.field({ type: ToolStatus, description: 'Whether it works.', resolve: (x) => x.status as ToolStatusValue }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Last error.' }),
    lastSuccessAt: t.expose('lastSuccessAt', { type: 'DateTime', nullable: true, description: 'Last successful call.' }),
    lastErrorAt: t.expose('lastErrorAt', { type: 'DateTime', nullable: true, description: 'Last failed call.' }),
    totalRequests: t.exposeInt('totalRequests', { description: 'Calls made, ever (maintained with each usage record).' }),
    totalCreditsUsed: t.exposeInt('totalCreditsUsed', { description: 'Credits used, ever (maintained with each usage record).' }),
    creditsRemaining: t.exposeInt('creditsRemaining', { nullable: true, description: 'Credits left, when the tool has a balance.' }),
    creditsResetAt: t.expose('creditsResetAt', { type: 'DateTime', nullable: true, description: 'When credits reset.' }),
    rateLimitPerMinute: t.exposeInt('rateLimitPerMinute', { nullable: true, description: 'Calls allowed per minute.' }),
    rateLimitPerDay: t.exposeInt('rateLimitPerDay', { nullable: true, description: 'Calls allowed per day.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),

    usage: t.relatedConnection('usage', {
      cursor: 'id',
      totalCount: true,
      description: 'Its calls.',
      args: toolUsageList.args(),
      query: (args) => toolUsageList.query(args),
    }),
  }),
});

export const ToolUsage = builder.prismaNode('ToolUsage', {
  id: { field: 'id' },
  description: 'One call to an external tool.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    toolId: t.expose('toolId', { type: 'UUID', description: 'Database id of the tool.' }),
    offerId: t.expose('offerId', { type: 'UUID', nullable: true, description: 'Database id of the offer it was for.' }),
    companyId: t.expose('companyId', { type: 'UUID', nullable: true, description: 'Database id of the company it was about.' }),
    contactId: t.expose('contactId', { type: 'UUID', nullable: true, description: 'Database id of the contact it was about.' }),
    action: t.exposeString('action', { description: 'What was asked ("search", "enrich", "verify", …).' }),
    requestParamsJson: t.expose('requestParams', { type: 'JSON', nullable: true, description: 'Request parameters (raw JSON).' }),
    status: t.field({ type: ToolUsageStatus, description: 'How it ended.', resolve: (u) => u.status as ToolUsageStatusValue }),
    responseSummaryJson: t.expose('responseSummary', {
      type: 'JSON',
      nullable: true,
      description: 'Summary of the response (raw JSON).',
    }),
    resultsCount: t.exposeInt('resultsCount', { nullable: true, description: 'Results returned.' }),
    errorMessage: t.exposeString('errorMessage', { nullable: true, description: 'Why it failed.' }),
    creditsUsed: t.exposeInt('creditsUsed', { description: 'Credits it cost.' }),
    durationMs: t.exposeInt('durationMs', { nullable: true, description: 'How long it took, in milliseconds.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),

    tool: t.relation('tool', { description: 'The tool.' }),
    offer: t.relation('offer', { nullable: true, description: 'The offer it was for.' }),
    company: t.relation('company', { nullable: true, description: 'The company it was about.' }),
    contact: t.relation('contact', { nullable: true, description: 'The contact it was about.' }),
  }),
});
