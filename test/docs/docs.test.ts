// The newcomer's guide in docs/ cannot drift from the schema: every ```graphql block, and every
// GraphQL document inside a ```ts block, parses and validates against the schema; every link
// to another file of the repository points at a file that exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';

const DOCS = path.resolve(import.meta.dirname, '../../docs');
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).sort();

interface Sample {
  page: string;
  line: number;
  source: string;
}

function blocks(page: string, lang: RegExp): Sample[] {
  const text = readFileSync(path.join(DOCS, page), 'utf8');
  const out: Sample[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    if (lang.test(m[1]!)) out.push({ page, line: text.slice(0, m.index).split('\n').length, source: m[2]! });
  }
  return out;
}

/** GraphQL documents written as template literals in TypeScript samples. */
function embedded(sample: Sample): Sample[] {
  const docs: Sample[] = [];
  const literal = /`(\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\b[^`]*)`/g;
  for (let m = literal.exec(sample.source); m; m = literal.exec(sample.source)) {
    docs.push({ ...sample, source: m[1]! });
  }
  return docs;
}

const graphqlSamples = pages.flatMap((p) => blocks(p, /^graphql$/));
const tsSamples = pages.flatMap((p) => blocks(p, /^(ts|typescript)$/));

describe('docs/', () => {
  it('has the newcomer pages', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['README.md', 'domain.md', 'auth.md', 'queries.md', 'subscriptions.md', 'bi.md', 'operations.md']),
    );
    expect(graphqlSamples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(graphqlSamples.map((s) => [`${s.page}:${s.line}`, s] as const))('%s is a valid operation', (_name, sample) => {
    const doc = parse(sample.source);
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });

  it('the GraphQL inside the TypeScript samples is valid too', () => {
    const docs = tsSamples.flatMap(embedded);
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) {
      const doc = parse(d.source);
      expect(validate(schema, doc).map((e) => e.message), `${d.page}:${d.line}`).toEqual([]);
    }
  });

  it('links to files of the repository point at files that exist', () => {
    for (const page of pages) {
      const text = readFileSync(path.join(DOCS, page), 'utf8');
      for (const m of text.matchAll(/\]\(((?:\.\.\/|\.\/)?[\w./-]+?)(?:#[\w-]*)?\)/g)) {
        const target = m[1]!;
        if (/^https?:/.test(target)) continue;
        expect(existsSync(path.resolve(DOCS, target)), `${page} links to ${target}`).toBe(true);
      }
    }
  });
});
