// The published contract (schema.graphql) against an earlier version of itself: every change found
// by @graphql-inspector/core, and which breaking ones are not declared in
// contract/accepted-changes.json. A frontend is never broken by surprise: a breaking change lands
// only with an entry naming it and saying why.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { z } from 'zod';

export const ACCEPTED_CHANGES_FILE = 'contract/accepted-changes.json';
export const SCHEMA_PATH = 'schema.graphql';

const acceptedChange = z.object({
  /** The change's path as graphql-inspector prints it, e.g. `Offer.name` or `Query.offers.status`. */
  path: z.string().min(1),
  /** Optional: the exact message, when one path can break in several ways. */
  message: z.string().min(1).optional(),
  /** Why the break is acceptable (who was told, what replaces it). */
  reason: z.string().trim().min(10, 'say why the break is acceptable (at least 10 characters)'),
});
export const acceptedChangesFile = z.object({ changes: z.array(acceptedChange) });
export type AcceptedChange = z.infer<typeof acceptedChange>;

export interface ContractReport {
  changes: Change[];
  breaking: Change[];
  /** Breaking changes with no entry in the accepted list: these fail the check. */
  undeclared: Change[];
  /** Breaking changes an entry declares. */
  declared: { change: Change; entry: AcceptedChange }[];
}

export function matches(entry: AcceptedChange, change: Change): boolean {
  return entry.path === change.path && (entry.message === undefined || entry.message === change.message);
}

export async function compareContracts(
  baseSdl: string,
  currentSdl: string,
  accepted: AcceptedChange[] = [],
): Promise<ContractReport> {
  const changes = await diff(buildSchema(baseSdl), buildSchema(currentSdl));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const declared: ContractReport['declared'] = [];
  const undeclared: Change[] = [];
  for (const change of breaking) {
    const entry = accepted.find((e) => matches(e, change));
    if (entry) declared.push({ change, entry });
    else undeclared.push(change);
  }
  return { changes, breaking, undeclared, declared };
}

export async function readAcceptedChanges(file: string): Promise<AcceptedChange[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  const parsed = acceptedChangesFile.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${file} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data.changes;
}

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  } catch {
    return null;
  }
}

/** The contract at a git revision, or null when that revision has none. */
export function schemaAt(cwd: string, rev: string): string | null {
  return git(cwd, ['show', `${rev}:${SCHEMA_PATH}`]);
}

export interface Base {
  rev: string;
  sdl: string;
  why: string;
}

/**
 * The version to compare with, unless one is named: the contract as published on main (the last
 * commit touching it there). When the schema has not changed since (a clean main, as in CI), the
 * version before that commit, so the last published change is checked too.
 */
export function defaultBase(cwd: string, currentSdl: string, mainRef = 'main'): Base | null {
  // First parents only: on main, a merge is the commit that published a change.
  const last = git(cwd, ['log', '-1', '--first-parent', '--format=%H', mainRef, '--', SCHEMA_PATH])?.trim();
  if (!last) return null;
  const published = schemaAt(cwd, last);
  if (published === null) return null;
  if (published !== currentSdl) {
    return { rev: last, sdl: published, why: `the last commit touching ${SCHEMA_PATH} on ${mainRef}` };
  }
  const previous = schemaAt(cwd, `${last}^1`);
  if (previous === null) return null;
  return {
    rev: `${last}^1`,
    sdl: previous,
    why: `unchanged since ${last.slice(0, 12)} on ${mainRef}: the version before that commit`,
  };
}

export function describe(change: Change): string {
  return `${change.criticality.level.padEnd(12)} ${change.path ?? '(schema)'}: ${change.message}`;
}
