// The one mechanism every list of the graph uses (top-level connections and related connections
// alike): a typed `filter` input per model, built from shared operator inputs, and an `orderBy`
// list of {field, direction}, always tie-broken by id so cursor paging over equal sort values
// never skips or repeats a row.
//
// Why not @pothos/plugin-prisma-utils: it is marked experimental, and its inputs give `null` the
// Prisma meaning (`equals: null` matches NULL, `in: null` is silently dropped), where this graph
// refuses an explicit null (ask for missing values with `isNull: true`); its order input is one
// object whose key order decides the sort, which GraphQL input objects do not preserve.
//
// Rules:
// - Operators: equality and `in` everywhere; `gt/gte/lt/lte` on numbers and times; case-insensitive
//   `contains`/`startsWith` on text columns (names, emails, domains); `isNull` for missing values.
// - Every filter field is ANDed. An explicit null anywhere inside `filter` is a ValidationFailed
//   error naming its path. `in` takes at most MAX_IN_VALUES values.
// - Nullable sort fields sort their NULLs last in both directions; `id` breaks every tie.
import type { EnumRef } from '@pothos/core';
import { builder } from '../../builder.js';
import { ValidationFailedError, type FieldProblem } from '../../errors.js';
import type PrismaTypes from '../../generated/pothos-prisma-types.js';
import { getDatamodel } from '../../generated/pothos-prisma-types.js';

export const MAX_IN_VALUES = 1000;
export const MAX_ORDER_TERMS = 3;

export type Direction = 'ASC' | 'DESC';

export const SortDirection = builder.enumType('SortDirection', {
  description: 'Sort direction.',
  values: {
    ASC: { description: 'Smallest (or earliest, or A) first; missing values last.' },
    DESC: { description: 'Largest (or latest, or Z) first; missing values last.' },
  } as const,
});

// ───────────────────────────── shared operator inputs ─────────────────────────────

export type Ops = Record<string, unknown>;

const IS_NULL = 'true: only rows where the value is missing; false: only rows where it is present.';

export const UUIDFilter = builder.inputRef<Ops>('UUIDFilter').implement({
  description: 'Conditions on an id column (all given conditions must hold).',
  fields: (t) => ({
    equals: t.field({ type: 'UUID', description: 'Equal to this id.' }),
    in: t.field({ type: ['UUID'], description: `One of these ids (at most ${MAX_IN_VALUES}).` }),
    isNull: t.boolean({ description: IS_NULL }),
  }),
});

export const TextFilter = builder.inputRef<Ops>('TextFilter').implement({
  description: 'Conditions on a searchable text column (names, emails, domains).',
  fields: (t) => ({
    equals: t.string({ description: 'Exactly this text (case-sensitive).' }),
    in: t.stringList({ description: `One of these texts (at most ${MAX_IN_VALUES}).` }),
    contains: t.string({ description: 'Contains this text, ignoring case.' }),
    startsWith: t.string({ description: 'Starts with this text, ignoring case.' }),
    isNull: t.boolean({ description: IS_NULL }),
  }),
});

export const StringFilter = builder.inputRef<Ops>('StringFilter').implement({
  description: 'Conditions on a text code column (exact matches only).',
  fields: (t) => ({
    equals: t.string({ description: 'Exactly this text.' }),
    in: t.stringList({ description: `One of these texts (at most ${MAX_IN_VALUES}).` }),
    isNull: t.boolean({ description: IS_NULL }),
  }),
});

export const IntFilter = builder.inputRef<Ops>('IntFilter').implement({
  description: 'Conditions on a whole-number column.',
  fields: (t) => ({
    equals: t.int({ description: 'Equal to.' }),
    in: t.intList({ description: `One of these numbers (at most ${MAX_IN_VALUES}).` }),
    gt: t.int({ description: 'Greater than.' }),
    gte: t.int({ description: 'Greater than or equal to.' }),
    lt: t.int({ description: 'Less than.' }),
    lte: t.int({ description: 'Less than or equal to.' }),
    isNull: t.boolean({ description: IS_NULL }),
  }),
});

export const DecimalFilter = builder.inputRef<Ops>('DecimalFilter').implement({
  description: 'Conditions on an exact decimal column (rates, money), given as Decimal strings.',
  fields: (t) => ({
    equals: t.field({ type: 'Decimal', description: 'Equal to.' }),
    gt: t.field({ type: 'Decimal', description: 'Greater than.' }),
    gte: t.field({ type: 'Decimal', description: 'Greater than or equal to.' }),
    lt: t.field({ type: 'Decimal', description: 'Less than.' }),
    lte: t.field({ type: 'Decimal', description: 'Less than or equal to.' }),
    isNull: t.boolean({ description: IS_NULL }),
  }),
});

export const DateTimeFilter = builder.inputRef<Ops>('DateTimeFilter').implement({
  description: 'Conditions on a point in time.',
  fields: (t) => ({
    equals: t.field({ type: 'DateTime', description: 'Exactly this instant.' }),
    gt: t.field({ type: 'DateTime', description: 'After.' }),
    gte: t.field({ type: 'DateTime', description: 'At or after.' }),
    lt: t.field({ type: 'DateTime', description: 'Before.' }),
    lte: t.field({ type: 'DateTime', description: 'At or before.' }),
    isNull: t.boolean({ description: IS_NULL }),
  }),
});

export const DateFilter = builder.inputRef<Ops>('DateFilter').implement({
  description: 'Conditions on a calendar day (YYYY-MM-DD).',
  fields: (t) => ({
    equals: t.field({ type: 'LocalDate', description: 'This day.' }),
    gt: t.field({ type: 'LocalDate', description: 'After.' }),
    gte: t.field({ type: 'LocalDate', description: 'On or after.' }),
    lt: t.field({ type: 'LocalDate', description: 'Before.' }),
    lte: t.field({ type: 'LocalDate', description: 'On or before.' }),
    isNull: t.boolean({ description: IS_NULL }),
  }),
});

export const BooleanFilter = builder.inputRef<Ops>('BooleanFilter').implement({
  description: 'Conditions on a yes/no column.',
  fields: (t) => ({
    equals: t.boolean({ description: 'Equal to.' }),
    isNull: t.boolean({ description: IS_NULL }),
  }),
});

// Enum filters are made once per enum and shared by every list that filters on it.
const enumFilters = new Map<string, ReturnType<typeof makeEnumFilter>>();
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
function makeEnumFilter(enumName: string, enumRef: EnumRef<Types, string>) {
  return builder.inputRef<Ops>(`${enumName}Filter`).implement({
    description: `Conditions on a ${enumName} column.`,
    fields: (t) => ({
      equals: t.field({ type: enumRef, description: 'Equal to this value.' }),
      in: t.field({ type: [enumRef], description: 'One of these values.' }),
      isNull: t.boolean({ description: IS_NULL }),
    }),
  });
}

type ScalarKind = 'uuid' | 'text' | 'string' | 'int' | 'decimal' | 'dateTime' | 'date' | 'boolean';
/** What a filterable column is: a scalar kind, or a GraphQL enum (by name and ref). */
export type FilterKind = ScalarKind | { enum: string; ref: EnumRef<Types, string> };

/** A filterable enum column: the filter input is named after the enum and shared. */
export function enumKind(ref: EnumRef<Types, string>): FilterKind {
  return { enum: ref.name, ref };
}

export function filterInputFor(kind: FilterKind) {
  if (typeof kind === 'object') {
    let ref = enumFilters.get(kind.enum);
    if (!ref) {
      ref = makeEnumFilter(kind.enum, kind.ref);
      enumFilters.set(kind.enum, ref);
    }
    return ref;
  }
  return {
    uuid: UUIDFilter,
    text: TextFilter,
    string: StringFilter,
    int: IntFilter,
    decimal: DecimalFilter,
    dateTime: DateTimeFilter,
    date: DateFilter,
    boolean: BooleanFilter,
  }[kind];
}

// ───────────────────────────── per-model lists ─────────────────────────────

type ModelName = keyof PrismaTypes;
type Shape<M extends ModelName> = PrismaTypes[M]['Shape'];
type ScalarField<M extends ModelName> = keyof Shape<M> & string;

export interface ListArgs {
  filter?: Record<string, Ops | null | undefined> | null;
  orderBy?: readonly ({ field: string; direction?: Direction | null } | null)[] | null;
}

export interface ListDefinition<M extends ModelName> {
  /** The `filter` and `orderBy` arguments, fresh refs for one field. */
  args(): ReturnType<typeof listArgs>;
  /** The filter input type (for mutations that select rows the way a list does). */
  filterInput: FilterRef;
  /** The order input type (one sort key). */
  orderInput: OrderRef;
  /** The Prisma `where` for the filter argument (throws ValidationFailed on explicit nulls). */
  where(args: ListArgs): PrismaTypes[M]['Where'];
  /** The Prisma `orderBy` for the orderBy argument, ending with the id tie-breaker. */
  orderBy(args: ListArgs): PrismaTypes[M]['OrderBy'][];
  /** where and orderBy together, for findMany and relatedConnection queries. */
  query(args: ListArgs, extraWhere?: PrismaTypes[M]['Where']): {
    where: PrismaTypes[M]['Where'];
    orderBy: PrismaTypes[M]['OrderBy'][];
  };
}

export interface ListOptions<M extends ModelName> {
  /** Plural noun for descriptions ("companies"). */
  plural: string;
  /** Filterable columns (the indexed ones) and what kind of column each is. */
  filter: Partial<Record<ScalarField<M>, FilterKind>>;
  /** Sortable columns. */
  orderBy: ScalarField<M>[];
  /** The order when none is given (the id tie-breaker is added to it). */
  defaultOrder: { field: ScalarField<M>; direction: Direction }[];
  /** The GraphQL name prefix of the inputs when it is not the model's (a Suspect list of Prospects). */
  name?: string;
  /** The unique column that breaks ties, when the model's key is not `id` (default `id`). */
  idField?: ScalarField<M>;
}

const datamodel = getDatamodel().datamodel.models;

function nullableFields(model: string): Set<string> {
  return new Set(datamodel[model]!.fields.filter((f) => f.kind !== 'object' && !f.isRequired).map((f) => f.name));
}

/** Refuses explicit nulls anywhere in a filter, naming each path. */
export function findExplicitNulls(value: unknown, path: string, out: FieldProblem[] = []): FieldProblem[] {
  if (value === null) {
    out.push({ path, message: 'explicit null is not allowed in a filter; use isNull to match missing values' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findExplicitNulls(v, `${path}.${i}`, out));
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) findExplicitNulls(v, `${path}.${key}`, out);
  }
  return out;
}

function operatorConditions(field: string, ops: Ops, kind: FilterKind): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [];
  const insensitive = kind === 'text';
  for (const [op, value] of Object.entries(ops)) {
    if (value === undefined) continue;
    switch (op) {
      case 'isNull':
        conditions.push({ [field]: value ? { equals: null } : { not: null } });
        break;
      case 'contains':
      case 'startsWith':
        conditions.push({ [field]: { [op]: value, ...(insensitive ? { mode: 'insensitive' } : {}) } });
        break;
      default:
        conditions.push({ [field]: { [op]: value } });
    }
  }
  return conditions;
}

type FilterRef = ReturnType<typeof filterRef>;
type OrderRef = ReturnType<typeof orderRef>;
const filterRef = (name: string) => builder.inputRef<Record<string, Ops | null>>(name);
const orderRef = (name: string) => builder.inputRef<{ field: string; direction?: Direction | null }>(name);

function listArgs(filter: FilterRef, order: OrderRef, plural: string, defaultOrder: string) {
  return builder.args((t) => ({
    filter: t.field({ type: filter, description: `Only ${plural} matching these conditions.` }),
    orderBy: t.field({
      type: [order],
      description: `Sort keys, most significant first (at most ${MAX_ORDER_TERMS}); default: ${defaultOrder}. The id always breaks ties.`,
    }),
  }));
}

export function defineList<M extends ModelName>(model: M, options: ListOptions<M>): ListDefinition<M> {
  const nullable = nullableFields(model);
  const kinds = options.filter as Record<string, FilterKind>;

  const prefix = options.name ?? model;
  const idField: string = options.idField ?? 'id';
  const FilterInput = filterRef(`${prefix}Filter`);
  FilterInput.implement({
    description: `Which ${options.plural} to return: every given condition must hold. An explicit null is an error; use isNull.`,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(kinds).map(([field, kind]) => [
          field,
          t.field({ type: filterInputFor(kind) as never, description: `Conditions on \`${field}\`.` }),
        ]),
      ),
  });

  const OrderField = builder.enumType(`${prefix}OrderField` as string, {
    description: `A column ${options.plural} can be sorted by.`,
    values: Object.fromEntries(
      options.orderBy.map((field) => [
        field,
        { description: `Sort by \`${field}\`${nullable.has(field) ? ' (missing values last)' : ''}.` },
      ]),
    ),
  });

  const OrderInput = orderRef(`${prefix}Order`);
  OrderInput.implement({
      description: `One sort key for ${options.plural}; later keys break ties of earlier ones, and id breaks the rest.`,
      fields: (t) => ({
        field: t.field({ type: OrderField as never, required: true, description: 'The column to sort by.' }),
        direction: t.field({
          type: SortDirection,
          defaultValue: 'ASC',
          description: 'The direction (ascending unless given).',
        }),
      }),
    });

  const defaultOrder = options.defaultOrder
    .map((o) => `${o.field} ${o.direction.toLowerCase()}`)
    .join(', ');

  function where(args: ListArgs, extraWhere?: object): PrismaTypes[M]['Where'] {
    const conditions: Record<string, unknown>[] = extraWhere ? [extraWhere as Record<string, unknown>] : [];
    const filter = args.filter;
    if (filter) {
      const problems = findExplicitNulls(filter, 'filter');
      for (const [field, ops] of Object.entries(filter)) {
        if (!ops) continue;
        const list = ops.in;
        if (Array.isArray(list) && list.length > MAX_IN_VALUES) {
          problems.push({ path: `filter.${field}.in`, message: `must have at most ${MAX_IN_VALUES} values` });
        }
      }
      if (problems.length) throw new ValidationFailedError(problems);
      for (const [field, ops] of Object.entries(filter)) {
        if (ops) conditions.push(...operatorConditions(field, ops, kinds[field]!));
      }
    }
    if (conditions.length === 0) return {} as PrismaTypes[M]['Where'];
    if (conditions.length === 1) return conditions[0] as PrismaTypes[M]['Where'];
    return { AND: conditions } as PrismaTypes[M]['Where'];
  }

  function orderBy(args: ListArgs): PrismaTypes[M]['OrderBy'][] {
    const terms = (args.orderBy ?? []).filter((o): o is { field: string; direction?: Direction | null } => o != null);
    if (terms.length > MAX_ORDER_TERMS) {
      throw new ValidationFailedError([{ path: 'orderBy', message: `must have at most ${MAX_ORDER_TERMS} keys` }]);
    }
    const chosen = terms.length
      ? terms.map((o) => ({ field: o.field, direction: o.direction ?? 'ASC' }))
      : options.defaultOrder;
    const result: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const { field, direction } of chosen) {
      if (seen.has(field)) continue;
      seen.add(field);
      const sort = direction === 'DESC' ? 'desc' : 'asc';
      result.push({ [field]: nullable.has(field) ? { sort, nulls: 'last' } : sort });
    }
    if (!seen.has(idField)) {
      const last = chosen[chosen.length - 1];
      result.push({ [idField]: last?.direction === 'DESC' ? 'desc' : 'asc' });
    }
    return result as PrismaTypes[M]['OrderBy'][];
  }

  return {
    args: () => listArgs(FilterInput, OrderInput, options.plural, defaultOrder),
    filterInput: FilterInput,
    orderInput: OrderInput,
    where: (args) => where(args),
    orderBy,
    query: (args, extraWhere) => ({ where: where(args, extraWhere), orderBy: orderBy(args) }),
  };
}
