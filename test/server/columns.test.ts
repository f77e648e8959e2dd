// Every column of the offer testing system is a field of its GraphQL type, under its camelCase
// name (JSON columns as <name>Json, next to their typed view; the id as uuid next to the global id).
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getDatamodel } from '../../src/generated/pothos-prisma-types.js';
import { schema } from '../../src/schema.js';

const MODELS = [
  'Offer',
  'Company',
  'Contact',
  'Campaign',
  'CampaignContact',
  'Message',
  'MessageTemplate',
  'Account',
  'AccountActivity',
  'Tool',
  'ToolUsage',
  'SendQueueItem',
  'MessageEvent',
  'OutreachHistory',
  'PipelineRun',
  'PipelineStep',
];

describe('the offer testing graph', () => {
  it.each(MODELS)('exposes every column of %s, and it is a Node', (model) => {
    const type = schema.getType(model);
    expect(isObjectType(type)).toBe(true);
    if (!isObjectType(type)) return;
    expect(type.getInterfaces().map((i) => i.name)).toContain('Node');
    const fields = type.getFields();
    const missing = getDatamodel()
      .datamodel.models[model]!.fields.filter((f) => f.kind !== 'object')
      .map((f) => (f.name === 'id' ? 'uuid' : f.type === 'Json' ? `${f.name}Json` : f.name))
      .filter((name) => !fields[name]);
    expect(missing).toEqual([]);
  });

  it.each(MODELS)('lets every relation of %s be navigated', (model) => {
    const type = schema.getType(model);
    if (!isObjectType(type)) throw new Error(model);
    const fields = type.getFields();
    const relations = getDatamodel().datamodel.models[model]!.fields.filter((f) => f.kind === 'object');
    const alias: Record<string, string> = { pipelineSteps: 'steps' };
    const missing = relations.map((r) => alias[r.name] ?? r.name).filter((name) => !fields[name]);
    expect(missing).toEqual([]);
  });
});
