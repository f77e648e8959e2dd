// The cost limit: an estimate of how many values a query can return, from its shape AND its page
// sizes. graphql-armor's cost rule weighs a document's static shape only, so it rates
// `offers(first: 100)` like `offers(first: 1)` and cannot see `first` passed as a variable; a
// nested page (companies → contacts → enrolments) is what really costs. Estimated here, before
// execution (variables known, no resolver run, no SQL), for HTTP and WebSocket alike:
//   cost(field) = 1 + multiplier × cost(selection)
// where the multiplier is the field's `first`/`last` (the default page size when absent) for a
// paged field, 1 for a connection's `edges`, LIST_MULTIPLIER for other lists, 1 otherwise.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.js';
import { refusalsTotal } from '../observability/metrics.js';
import { QUERY_LIMIT_CODE } from './armor.js';

const LIST_MULTIPLIER = 10;

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;

  const argValue = (field: { arguments?: readonly import('graphql').ArgumentNode[] }, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, variables ?? {}) : undefined;
  };

  // Fragment cycles are refused by validation; `seen` keeps this walk finite regardless.
  const walk = (type: GraphQLNamedType, selectionSet: SelectionSetNode, seen: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += walk(on, fragment.selectionSet, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        total += walk(on, selection.selectionSet, seen);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) {
        total += 1;
        continue;
      }
      let field: GraphQLField<unknown, unknown> | undefined;
      if (isObjectType(type) || 'getFields' in type) {
        field = (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[name];
      }
      if (!field || !selection.selectionSet) {
        total += 1;
        continue;
      }
      const first = argValue(selection, 'first');
      const last = argValue(selection, 'last');
      const paged = field.args.some((a) => a.name === 'first' || a.name === 'last');
      let multiplier = 1;
      if (paged) {
        const size = typeof first === 'number' ? first : typeof last === 'number' ? last : DEFAULT_PAGE_SIZE;
        // A size above the maximum is refused by the page-size rule, with its own clearer error.
        multiplier = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
      } else if (isListType(getNullableType(field.type)) && name !== 'edges' && name !== 'nodes') {
        multiplier = LIST_MULTIPLIER;
      }
      const childType = getNamedType(field.type);
      const inner = isAbstractType(childType) || isObjectType(childType) || 'getFields' in childType
        ? walk(childType, selection.selectionSet, seen)
        : 0;
      total += 1 + multiplier * inner;
    }
    return total;
  };
  return walk(root, operation.selectionSet, new Set());
}

function refusal(): GraphQLError {
  return new GraphQLError('Query refused: the query would cost too much.', {
    extensions: { code: QUERY_LIMIT_CODE },
  });
}

/** Refuses, before any resolver runs, an operation whose estimated cost exceeds `maxCost`. */
export function usePageCostLimit(maxCost: number): Plugin {
  const check = (args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    variableValues?: Record<string, unknown> | null;
    operationName?: string | null;
  }) => estimateCost(args.schema, args.document, args.variableValues, args.operationName) > maxCost;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (check(args)) {
        refusalsTotal.inc({ reason: 'max_cost' });
        setResultAndStopExecution({ errors: [refusal()] });
      }
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (check(args)) {
        refusalsTotal.inc({ reason: 'max_cost' });
        setResultAndStopExecution({ errors: [refusal()] });
      }
    },
  };
}
