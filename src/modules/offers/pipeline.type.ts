// The PipelineRun and PipelineStep types: runs of the multi-step discovery/enrichment runner.
import { builder } from '../../builder.js';
import {
  PipelineRunStatus,
  type PipelineRunStatusValue,
  PipelineStepStatus,
  type PipelineStepStatusValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';

export const pipelineRunList = defineList('PipelineRun', {
  plural: 'pipeline runs',
  filter: {
    id: 'uuid',
    offerId: 'uuid',
    campaignId: 'uuid',
    status: enumKind(PipelineRunStatus),
    startedAt: 'dateTime',
  },
  orderBy: ['startedAt', 'completedAt'],
  defaultOrder: [{ field: 'startedAt', direction: 'DESC' }],
});

export const pipelineStepList = defineList('PipelineStep', {
  plural: 'pipeline steps',
  filter: {
    id: 'uuid',
    pipelineRunId: 'uuid',
    stepName: 'string',
    status: enumKind(PipelineStepStatus),
    startedAt: 'dateTime',
  },
  orderBy: ['startedAt', 'completedAt', 'stepName'],
  defaultOrder: [{ field: 'startedAt', direction: 'ASC' }],
});

export const PipelineRun = builder.prismaNode('PipelineRun', {
  id: { field: 'id' },
  description: 'One run of the multi-step pipeline runner.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    offerId: t.expose('offerId', { type: 'UUID', nullable: true, description: 'Database id of the offer.' }),
    campaignId: t.expose('campaignId', { type: 'UUID', nullable: true, description: 'Database id of the campaign.' }),
    stepsJson: t.expose('steps', { type: 'JSON', description: 'The planned steps (raw JSON).' }),
    inputParamsJson: t.expose('inputParams', { type: 'JSON', description: 'Input parameters (raw JSON).' }),
    status: t.field({ type: PipelineRunStatus, description: 'Where it stands.', resolve: (r) => r.status as PipelineRunStatusValue }),
    errorMessage: t.exposeString('errorMessage', { nullable: true, description: 'Why it failed.' }),
    outputSummaryJson: t.expose('outputSummary', { type: 'JSON', description: 'What it produced (raw JSON).' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When it started.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it ended.' }),

    offer: t.relation('offer', { nullable: true, description: 'The offer.' }),
    campaign: t.relation('campaign', { nullable: true, description: 'The campaign.' }),
    steps: t.relatedConnection('pipelineSteps', {
      cursor: 'id',
      totalCount: true,
      description: 'Its steps.',
      args: pipelineStepList.args(),
      query: (args) => pipelineStepList.query(args),
    }),
  }),
});

export const PipelineStep = builder.prismaNode('PipelineStep', {
  id: { field: 'id' },
  description: 'One step of a pipeline run.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    pipelineRunId: t.expose('pipelineRunId', { type: 'UUID', description: 'Database id of the run.' }),
    stepName: t.exposeString('stepName', { description: 'Name of the step.' }),
    status: t.field({ type: PipelineStepStatus, description: 'Where it stands.', resolve: (s) => s.status as PipelineStepStatusValue }),
    stepOutputJson: t.expose('stepOutput', { type: 'JSON', description: 'What it produced (raw JSON).' }),
    errorMessage: t.exposeString('errorMessage', { nullable: true, description: 'Why it failed.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'When it started.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it ended.' }),

    pipelineRun: t.relation('pipelineRun', { description: 'The run.' }),
  }),
});
