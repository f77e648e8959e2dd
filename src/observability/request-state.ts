// Per-HTTP-request facts shared by the plugins (id, timing, caller, operations), keyed by the
// Fetch Request yoga hands every hook. WebSocket operations carry the same facts in their context.
import { randomUUID } from 'node:crypto';
import type { Caller } from '../context.js';
import { currentStatementCounter, type StatementCounter } from '../database/sql-counter.js';
import type { AuthResult } from '../modules/auth/authenticate.js';

export interface OperationRecord {
  name: string | null;
  type: string | null;
  outcome?: 'ok' | 'error' | 'refused';
}

export interface RequestState {
  requestId: string;
  startedAt: number;
  /** The statement counter in force when the request began, and its count then. */
  counter: StatementCounter | undefined;
  counterStart: number;
  auth?: Promise<AuthResult | { kind: 'throttled'; retryAfterSeconds: number }>;
  caller?: Caller | null;
  operations: OperationRecord[];
  refusal?: string;
}

const states = new WeakMap<object, RequestState>();

/** A client-supplied correlation id is kept when it is short and plain; otherwise a new one. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && /^[A-Za-z0-9._:-]{8,64}$/.test(header) ? header : randomUUID();
}

export function stateOf(request: Request): RequestState {
  let state = states.get(request);
  if (!state) {
    const counter = currentStatementCounter();
    state = {
      requestId: requestIdFrom(request.headers.get('x-request-id')),
      startedAt: performance.now(),
      counter,
      counterStart: counter?.count ?? 0,
      operations: [],
    };
    states.set(request, state);
  }
  return state;
}

export function peekState(request: Request): RequestState | undefined {
  return states.get(request);
}

/** Statements sent since the request began (undefined when no counter was in force). */
export function statementsOf(state: RequestState): number | undefined {
  return state.counter ? state.counter.count - state.counterStart : undefined;
}
