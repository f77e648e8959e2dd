// The breaking-change check (npm run contract:check): a removed field is reported as breaking and
// fails the check, unless contract/accepted-changes.json declares it; additions pass.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kind, parse, print, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPTED_CHANGES_FILE,
  compareContracts,
  readAcceptedChanges,
} from '../../scripts/contract/contract.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let published: string;
let dir: string;

/** The published contract without one field of one type. */
function withoutField(sdl: string, type: string, field: string): string {
  let removed = false;
  const doc = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== type) return undefined;
      const fields = node.fields?.filter((f) => f.name.value !== field);
      removed = fields?.length !== node.fields?.length;
      return { ...node, fields };
    },
  });
  expect(removed, `${type}.${field} exists`).toBe(true);
  return print(doc);
}

async function check(current: string, accepted: unknown) {
  await writeFile(path.join(dir, 'schema.graphql'), current);
  await writeFile(path.join(dir, 'accepted.json'), JSON.stringify(accepted));
  const args = [
    '--import', 'tsx', 'scripts/contract-check.ts',
    '--schema', path.join(dir, 'schema.graphql'),
    '--base-file', path.join(root, 'schema.graphql'),
    '--accepted', path.join(dir, 'accepted.json'),
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

beforeAll(async () => {
  published = await readFile(path.join(root, 'schema.graphql'), 'utf8');
  dir = await mkdtemp(path.join(os.tmpdir(), 'contract-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('compareContracts', () => {
  it('reports a removed field as breaking and undeclared', async () => {
    const report = await compareContracts(published, withoutField(published, 'Offer', 'name'));
    expect(report.undeclared.map((c) => [c.path, c.type])).toEqual([['Offer.name', 'FIELD_REMOVED']]);
  });

  it('lets a declared removal through', async () => {
    const report = await compareContracts(published, withoutField(published, 'Offer', 'name'), [
      { path: 'Offer.name', reason: 'renamed to title; every client moved in release 12' },
    ]);
    expect(report.breaking).toHaveLength(1);
    expect(report.undeclared).toEqual([]);
    expect(report.declared[0]!.entry.path).toBe('Offer.name');
  });

  it('an entry with a message matches only that change', async () => {
    const report = await compareContracts(published, withoutField(published, 'Offer', 'name'), [
      { path: 'Offer.name', message: 'some other change', reason: 'does not match the removal' },
    ]);
    expect(report.undeclared).toHaveLength(1);
  });

  it('an added field is not breaking', async () => {
    const current = `${published}\nextend type Query { contractProbe: Int }\n`;
    const report = await compareContracts(published, current);
    expect(report.changes.map((c) => c.path)).toContain('Query.contractProbe');
    expect(report.breaking).toEqual([]);
  });

  it('a required argument added to a field is breaking', async () => {
    const doc = visit(parse(published), {
      FieldDefinition(node, _key, _parent, _path, ancestors) {
        const owner = ancestors[ancestors.length - 1] as { kind?: string; name?: { value: string } };
        if (owner?.kind !== Kind.OBJECT_TYPE_DEFINITION || owner.name?.value !== 'Query' || node.name.value !== 'offerDashboard') return undefined;
        return {
          ...node,
          arguments: [
            ...(node.arguments ?? []),
            { kind: Kind.INPUT_VALUE_DEFINITION, name: { kind: Kind.NAME, value: 'tenant' }, type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } } } },
          ],
        };
      },
    });
    const report = await compareContracts(published, print(doc));
    expect(report.undeclared.map((c) => c.path)).toEqual(['Query.offerDashboard.tenant']);
  });
});

describe('npm run contract:check', () => {
  it('fails on an undeclared removed field, naming it', async () => {
    const { code, output } = await check(withoutField(published, 'Campaign', 'campaignSlug'), { changes: [] });
    expect(code).toBe(1);
    expect(output).toContain('Campaign.campaignSlug');
    expect(output).toMatch(/1 undeclared breaking change/);
  });

  it('passes when the removal is declared with a reason', async () => {
    const { code, output } = await check(withoutField(published, 'Campaign', 'campaignSlug'), {
      changes: [{ path: 'Campaign.campaignSlug', reason: 'slugs moved to Campaign.handle; clients were told' }],
    });
    expect(output).toContain('accepted');
    expect(code).toBe(0);
  });

  it('refuses a declaration without a reason', async () => {
    const { code, output } = await check(withoutField(published, 'Campaign', 'campaignSlug'), {
      changes: [{ path: 'Campaign.campaignSlug', reason: '' }],
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/reason/);
  });

  it("the repository's accepted changes file is valid", async () => {
    const entries = await readAcceptedChanges(path.join(root, ACCEPTED_CHANGES_FILE));
    expect(Array.isArray(entries)).toBe(true);
  });
});
