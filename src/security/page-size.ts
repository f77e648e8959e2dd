// The largest page a connection returns is MAX_PAGE_SIZE (src/builder.ts). The Prisma plugin
// would silently shorten a larger page; this refuses it instead, before execution (so nothing
// touches the database), whether `first`/`last` is written in the document or passed as a
// variable, on every transport.
import { GraphQLError, Kind, type DocumentNode, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from '../builder.js';
import { refusalsTotal } from '../observability/metrics.js';

const PAGE_ARGS = new Set(['first', 'last']);

/** The first page argument outside 0..max, or null. Variables are read as the client sent them. */
export function oversizedPage(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  max = MAX_PAGE_SIZE,
): { name: string; value: unknown } | null {
  let found: { name: string; value: unknown } | null = null;
  visit(document, {
    Argument(node) {
      if (found || !PAGE_ARGS.has(node.name.value)) return;
      let value: unknown;
      if (node.value.kind === Kind.INT) value = Number(node.value.value);
      else if (node.value.kind === Kind.VARIABLE) value = variables?.[node.value.name.value];
      else return;
      if (typeof value === 'number' && (value < 0 || value > max)) found = { name: node.name.value, value };
    },
  });
  return found;
}

function refusal(name: string): GraphQLError {
  return new GraphQLError(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}.`, {
    extensions: { code: 'VALIDATION_FAILED' },
  });
}

export function usePageSizeLimit(): Plugin {
  const check = (args: { document: DocumentNode; variableValues?: Record<string, unknown> | null }) => {
    const bad = oversizedPage(args.document, args.variableValues);
    if (bad) refusalsTotal.inc({ reason: 'page_size' });
    return bad ? refusal(bad.name) : null;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
