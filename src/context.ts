// One typed context for HTTP and WebSocket alike. It carries who is calling and per-request
// caches; never the database client (services import it from db.ts).
import type { YogaInitialContext } from 'graphql-yoga';

export const ROLES = ['admin', 'sales_manager', 'customer_success', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** Stable identifier recorded in audit rows (API key id, JWT subject, or "demo"). */
  id: string;
  roles: Role[];
  /** How the caller proved who it is. */
  via?: 'api_key' | 'jwt' | 'demo';
}

/** The caller every request without credentials acts as in demo mode (AUTH_MODE=demo). */
export const DEMO_CALLER: Caller = { id: 'demo', roles: ['admin'], via: 'demo' };

export interface Context {
  caller: Caller | null;
  requestId: string;
}

export interface ContextFactoryInput {
  requestId: string;
  caller: Caller | null;
}

export function createContext(input: ContextFactoryInput): Context {
  return { caller: input.caller, requestId: input.requestId };
}

export type ServerContext = YogaInitialContext & Context;
