// The request log and metrics for HTTP: one log line per request (operation names and types,
// status, duration, SQL statements, caller), the x-request-id response header, the request id in
// every error's extensions, and the masked errors' originals logged with that id. Subscriptions
// (over any transport) are counted while open.
import { getOperationAST, GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Caller } from '../context.js';
import type { Logger } from '../logger.js';
import { isMasked, withRequestId } from './errors.js';
import {
  activeSubscriptions,
  httpRequestsTotal,
  operationDuration,
  operationLabel,
  operationsTotal,
} from './metrics.js';
import { type OperationRecord, peekState, stateOf, statementsOf } from './request-state.js';

interface OperationContext {
  params?: { operationName?: string | null };
  operation?: OperationRecord;
  requestId?: string;
  caller?: Caller | null;
  transport?: 'http' | 'ws';
}

/** Adds the request id to every error, logs masked errors' originals, and says how it went. */
export function finishResult(
  result: ExecutionResult,
  requestId: string,
  logger: Logger,
  facts: Record<string, unknown>,
): { result: ExecutionResult; outcome: 'ok' | 'error' | 'refused' } {
  if (!result.errors?.length) return { result, outcome: 'ok' };
  let masked = false;
  const errors = result.errors.map((error) => {
    if (isMasked(error)) {
      masked = true;
      logger.error({ requestId, err: error.originalError, path: error.path, ...facts }, 'unexpected error (masked for the client)');
    }
    return error instanceof GraphQLError ? withRequestId(error, requestId) : error;
  });
  const outcome = masked ? 'error' : result.data == null ? 'refused' : 'ok';
  return { result: { ...result, errors }, outcome };
}

export function useOperations(logger: Logger): Plugin<OperationContext> {
  return {
    onRequest({ request }) {
      stateOf(request);
    },
    onParams({ request, params, context }) {
      const record: OperationRecord = { name: params.operationName ?? null, type: null };
      stateOf(request).operations.push(record);
      (context as OperationContext).operation = record;
    },
    onValidate({ context, params }) {
      const ctx = context as OperationContext;
      const op = getOperationAST(params.documentAST, ctx.params?.operationName ?? undefined);
      if (ctx.operation) {
        ctx.operation.name ??= op?.name?.value ?? null;
        ctx.operation.type = op?.operation ?? null;
      }
    },
    onExecutionResult({ request, result, setResult, context }) {
      const state = stateOf(request);
      const ctx = context as OperationContext;
      const record = ctx.operation;
      const facts = { operation: record?.name ?? null, caller: state.caller?.id ?? null };
      if (isAsyncIterable(result)) {
        if (record) record.outcome = 'ok';
        setResult(
          (async function* () {
            for await (const value of result) yield finishResult(value, state.requestId, logger, facts).result;
          })(),
        );
        return;
      }
      const finished = finishResult(result as ExecutionResult, state.requestId, logger, facts);
      if (record) record.outcome = finished.outcome;
      setResult(finished.result);
    },
    onSubscribe({ args }) {
      const transport = (args.contextValue as OperationContext).transport ?? 'http';
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) return;
          activeSubscriptions.inc({ transport });
          let ended = false;
          return {
            onEnd() {
              if (ended) return;
              ended = true;
              activeSubscriptions.dec({ transport });
            },
          };
        },
      };
    },
    onResponse({ request, response }) {
      const state = peekState(request);
      if (!state) return;
      response.headers.set('x-request-id', state.requestId);
      const seconds = (performance.now() - state.startedAt) / 1000;
      httpRequestsTotal.inc({ status: String(response.status) });
      for (const op of state.operations) {
        const labels = { operation: operationLabel(op.name), type: op.type ?? 'unknown', transport: 'http' };
        operationsTotal.inc({ ...labels, outcome: op.outcome ?? (response.status >= 400 ? 'refused' : 'ok') });
        operationDuration.observe(labels, seconds);
      }
      if (!state.operations.length && response.status < 400) return;
      logger.info(
        {
          requestId: state.requestId,
          operations: state.operations.map((op) => ({ name: op.name, type: op.type, outcome: op.outcome })),
          status: response.status,
          durationMs: Math.round(seconds * 1000 * 10) / 10,
          statements: statementsOf(state),
          caller: state.caller?.id ?? null,
          refusal: state.refusal,
        },
        'graphql request',
      );
    },
  };
}
