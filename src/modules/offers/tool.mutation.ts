// Tool mutations: create and update tools, record tool calls.
import { z } from 'zod';
import { builder } from '../../builder.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { ToolStatus, ToolType, ToolUsageStatus } from '../common/enums.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { Tool, ToolUsage } from './tool.type.js';
import { createTool, recordToolUsage, updateTool } from './tools.service.js';

const count = z.number().int().min(0).nullish();
const rate = z.number().int().min(1).nullish();

const CreateToolInput = builder.inputType('CreateToolInput', {
  description: 'A new external tool.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique name.', validate: z.string().trim().min(1).max(100) }),
    type: t.field({ type: ToolType, required: true, description: 'What it is used for.' }),
    apiBaseUrl: t.field({ type: 'URL', description: 'Base URL of its API.' }),
    apiDocsUrl: t.field({ type: 'URL', description: 'Its API documentation.' }),
    status: t.field({ type: ToolStatus, description: 'Whether it works (default active).' }),
    creditsRemaining: t.int({ description: 'Credits left.', validate: count }),
    creditsResetAt: t.field({ type: 'DateTime', description: 'When credits reset.' }),
    rateLimitPerMinute: t.int({ description: 'Calls allowed per minute.', validate: rate }),
    rateLimitPerDay: t.int({ description: 'Calls allowed per day.', validate: rate }),
  }),
});

const UpdateToolInput = builder.inputType('UpdateToolInput', {
  description: 'Changes to a tool (null clears an optional field).',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the tool.' }),
    name: t.string({ description: 'Unique name.', validate: z.string().trim().min(1).max(100).nullish() }),
    type: t.field({ type: ToolType, description: 'What it is used for.' }),
    apiBaseUrl: t.field({ type: 'URL', description: 'Base URL of its API.' }),
    apiDocsUrl: t.field({ type: 'URL', description: 'Its API documentation.' }),
    status: t.field({ type: ToolStatus, description: 'Whether it works.' }),
    creditsRemaining: t.int({ description: 'Credits left.', validate: count }),
    creditsResetAt: t.field({ type: 'DateTime', description: 'When credits reset.' }),
    rateLimitPerMinute: t.int({ description: 'Calls allowed per minute.', validate: rate }),
    rateLimitPerDay: t.int({ description: 'Calls allowed per day.', validate: rate }),
  }),
});

const RecordToolUsageInput = builder.inputType('RecordToolUsageInput', {
  description: 'One call to an external tool.',
  fields: (t) => ({
    toolId: t.field({ type: 'UUID', required: true, description: 'Database id of the tool.' }),
    offerId: t.field({ type: 'UUID', description: 'The offer it was for.' }),
    companyId: t.field({ type: 'UUID', description: 'The company it was about.' }),
    contactId: t.field({ type: 'UUID', description: 'The contact it was about.' }),
    action: t.string({ required: true, description: 'What was asked ("search", "enrich", "verify").', validate: z.string().trim().min(1) }),
    requestParams: t.field({ type: 'JSON', description: 'Request parameters.' }),
    status: t.field({ type: ToolUsageStatus, required: true, description: 'How it ended.' }),
    responseSummary: t.field({ type: 'JSON', description: 'Summary of the response.' }),
    resultsCount: t.int({ description: 'Results returned.', validate: count }),
    errorMessage: t.string({ description: 'Why it failed.' }),
    creditsUsed: t.int({ description: 'Credits it cost (default 0).', validate: count }),
    durationMs: t.int({ description: 'How long it took.', validate: count }),
    at: t.field({ type: 'DateTime', description: 'When it was made (default now).' }),
  }),
});

builder.mutationFields((t) => ({
  createTool: t.field({
    type: Tool,
    description: 'Adds an external tool.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, ConflictError], dataField: { name: 'tool', description: 'The new tool.' } },
    args: { input: t.arg({ type: CreateToolInput, required: true, description: 'The tool.' }) },
    resolve: (_root, { input }) => createTool(input),
  }),
  updateTool: t.field({
    type: Tool,
    description: 'Changes an external tool.',
    authScopes: access.write,
    errors: {
      types: [...COMMON_ERRORS, NotFoundError, ConflictError],
      dataField: { name: 'tool', description: 'The tool after the change.' },
    },
    args: { input: t.arg({ type: UpdateToolInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }) => updateTool(input),
  }),
  recordToolUsage: t.field({
    type: ToolUsage,
    description: "Records one tool call and updates the tool's request and credit counters.",
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'usage', description: 'The recorded call.' } },
    args: { input: t.arg({ type: RecordToolUsageInput, required: true, description: 'The call.' }) },
    resolve: (_root, { input }) => recordToolUsage(input),
  }),
}));
