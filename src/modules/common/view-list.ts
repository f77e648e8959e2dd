// Lists over SQL views (the dashboards), with the same filter operator inputs and the same null
// rule as every other list (list.ts), compiled to SQL instead of Prisma, and keyset cursor
// paging: the cursor holds the sort value and the row key, so paging over equal sort values
// never skips or repeats a row, forwards (first/after) or backwards (last/before). One sort key
// per view list, NULLs last in both directions, the row key breaks ties.
import { prisma } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import { DEFAULT_PAGE_SIZE, builder } from '../../builder.js';
import {
  type Direction,
  type FilterKind,
  filterInputFor,
  findExplicitNulls,
  type ListArgs,
  MAX_IN_VALUES,
  type Ops,
  SortDirection,
} from './list.js';

/** The SQL type a view column is compared as. */
export type SqlType = 'uuid' | 'text' | 'int' | 'numeric' | 'timestamptz' | 'date' | 'boolean';

export interface ViewColumn {
  /** Column name in the view (snake_case). */
  column: string;
  type: SqlType;
  /** Filter operators offered on it (omit: not filterable). */
  filter?: FilterKind;
  sortable?: boolean;
}

export interface ViewListOptions {
  /** GraphQL name prefix ("LeadForReview" → LeadForReviewFilter, LeadForReviewOrder…). */
  name: string;
  plural: string;
  /** Columns by GraphQL field name. */
  columns: Record<string, ViewColumn>;
  /** SQL expression (over the view's columns) that identifies a row, as text. */
  key: string;
  defaultSort: { field: string; direction: Direction };
}

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface ViewOrderArg {
  field: string;
  direction?: Direction | null;
}

export interface ViewPage<R> {
  edges: { cursor: string; node: R }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const ident = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function sqlValue(value: unknown, type: SqlType): Prisma.Sql {
  const v = value instanceof Date ? value.toISOString() : value;
  return Prisma.sql`CAST(${v} AS ${Prisma.raw(type)})`;
}

/** SQL conditions for a filter argument over view columns; throws ValidationFailed on explicit nulls. */
export function viewConditions(columns: Record<string, ViewColumn>, filter: ListArgs['filter']): Prisma.Sql[] {
  if (!filter) return [];
  const problems = findExplicitNulls(filter, 'filter');
  for (const [field, ops] of Object.entries(filter)) {
    if (Array.isArray(ops?.in) && ops.in.length > MAX_IN_VALUES) {
      problems.push({ path: `filter.${field}.in`, message: `must have at most ${MAX_IN_VALUES} values` });
    }
  }
  if (problems.length) throw new ValidationFailedError(problems);
  const out: Prisma.Sql[] = [];
  for (const [field, ops] of Object.entries(filter) as [string, Ops | null | undefined][]) {
    const col = columns[field];
    if (!ops || !col) continue;
    const c = ident(col.column);
    for (const [op, value] of Object.entries(ops)) {
      if (value === undefined) continue;
      switch (op) {
        case 'equals':
          out.push(Prisma.sql`${c} = ${sqlValue(value, col.type)}`);
          break;
        case 'in':
          out.push(
            Prisma.sql`${c} = ANY(CAST(${(value as unknown[]).map((x) => (x instanceof Date ? x.toISOString() : x))} AS ${Prisma.raw(col.type)}[]))`,
          );
          break;
        case 'gt':
          out.push(Prisma.sql`${c} > ${sqlValue(value, col.type)}`);
          break;
        case 'gte':
          out.push(Prisma.sql`${c} >= ${sqlValue(value, col.type)}`);
          break;
        case 'lt':
          out.push(Prisma.sql`${c} < ${sqlValue(value, col.type)}`);
          break;
        case 'lte':
          out.push(Prisma.sql`${c} <= ${sqlValue(value, col.type)}`);
          break;
        case 'contains':
          out.push(Prisma.sql`${c}::text ILIKE ${`%${escapeLike(String(value))}%`}`);
          break;
        case 'startsWith':
          out.push(Prisma.sql`${c}::text ILIKE ${`${escapeLike(String(value))}%`}`);
          break;
        case 'isNull':
          out.push(value ? Prisma.sql`${c} IS NULL` : Prisma.sql`${c} IS NOT NULL`);
          break;
      }
    }
  }
  return out;
}

/** The sort value travels as the database's own text for it, so no precision is lost. */
function encodeCursor(sort: unknown, key: string): string {
  return Buffer.from(JSON.stringify([sort == null ? null : String(sort), key])).toString('base64url');
}

function decodeCursor(cursor: string): [string | null, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string' && (parsed[0] === null || typeof parsed[0] === 'string')) {
      return parsed as [string | null, string];
    }
  } catch {
    // fall through
  }
  throw new ValidationFailedError([{ path: 'after', message: 'is not a cursor of this list' }]);
}

export function defineViewList(options: ViewListOptions) {
  const filterable = Object.entries(options.columns).filter(([, c]) => c.filter);
  const sortable = Object.entries(options.columns).filter(([, c]) => c.sortable);

  const FilterInput = builder.inputRef<Record<string, Ops | null>>(`${options.name}Filter`).implement({
    description: `Which ${options.plural} to return: every given condition must hold. An explicit null is an error; use isNull.`,
    fields: (t) =>
      Object.fromEntries(
        filterable.map(([field, c]) => [field, t.field({ type: filterInputFor(c.filter!) as never, description: `Conditions on \`${field}\`.` })]),
      ),
  });
  const OrderField = builder.enumType(`${options.name}OrderField` as string, {
    description: `A column ${options.plural} can be sorted by.`,
    values: Object.fromEntries(sortable.map(([field]) => [field, { description: `Sort by \`${field}\` (missing values last).` }])),
  });
  const OrderInput = builder.inputRef<ViewOrderArg>(`${options.name}Order`);
  OrderInput.implement({
    description: `The sort key of ${options.plural}; the row key breaks ties.`,
    fields: (t) => ({
      field: t.field({ type: OrderField as never, required: true, description: 'The column to sort by.' }),
      direction: t.field({ type: SortDirection, defaultValue: 'ASC', description: 'The direction (ascending unless given).' }),
    }),
  });

  function args() {
    return builder.args((t) => ({
      filter: t.field({ type: FilterInput, description: `Only ${options.plural} matching these conditions.` }),
      orderBy: t.field({
        type: OrderInput,
        description: `The sort key (default: ${options.defaultSort.field} ${options.defaultSort.direction.toLowerCase()}).`,
      }),
    }));
  }

  /**
   * One page of `source` (a view or subquery, aliased v) under `where` and the filter, sorted and
   * cut by the connection arguments; rows are mapped by `map`.
   */
  async function page<R>(
    source: Prisma.Sql,
    a: ConnectionArgs & { filter?: ListArgs['filter']; orderBy?: ViewOrderArg | null },
    map: (row: Record<string, unknown>) => R,
    where: Prisma.Sql[] = [],
  ): Promise<ViewPage<R>> {
    if (a.first != null && a.last != null) {
      throw new ValidationFailedError([{ path: 'last', message: 'give first or last, not both' }]);
    }
    if (a.after != null && a.before != null) {
      throw new ValidationFailedError([{ path: 'before', message: 'give after or before, not both' }]);
    }
    const sortField = a.orderBy?.field ?? options.defaultSort.field;
    const direction: Direction = a.orderBy ? (a.orderBy.direction ?? 'ASC') : options.defaultSort.direction;
    const sortCol = options.columns[sortField]!;
    const s = ident(sortCol.column);
    const key = Prisma.raw(`(${options.key})`);
    const conditions = [...where, ...viewConditions(options.columns, a.filter)];
    const backward = a.last != null || a.before != null;
    const size = (backward ? a.last : a.first) ?? DEFAULT_PAGE_SIZE;
    const cursor = a.after ?? a.before;
    const gt = Prisma.raw(direction === 'ASC' ? '>' : '<');
    const lt = Prisma.raw(direction === 'ASC' ? '<' : '>');

    const pageConditions = [...conditions];
    if (cursor) {
      const [v, k] = decodeCursor(cursor);
      const value = sqlValue(v, sortCol.type);
      if (!backward) {
        pageConditions.push(
          v === null
            ? Prisma.sql`(${s} IS NULL AND ${key} ${gt} ${k})`
            : Prisma.sql`(${s} ${gt} ${value} OR (${s} = ${value} AND ${key} ${gt} ${k}) OR ${s} IS NULL)`,
        );
      } else {
        pageConditions.push(
          v === null
            ? Prisma.sql`(${s} IS NOT NULL OR ${key} ${lt} ${k})`
            : Prisma.sql`(${s} ${lt} ${value} OR (${s} = ${value} AND ${key} ${lt} ${k}))`,
        );
      }
    }
    const whereSql = (list: Prisma.Sql[]) => (list.length ? Prisma.sql`WHERE ${Prisma.join(list, ' AND ')}` : Prisma.empty);
    const dir = Prisma.raw(direction === 'ASC' ? (backward ? 'DESC' : 'ASC') : backward ? 'ASC' : 'DESC');
    const nulls = Prisma.raw(backward ? 'NULLS FIRST' : 'NULLS LAST');
    const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT v.*, ${key} AS __key, (v.${s})::text AS __sort FROM ${source} AS v
      ${whereSql(pageConditions)}
      ORDER BY v.${s} ${dir} ${nulls}, ${key} ${dir}
      LIMIT ${size + 1}`;
    const counted = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${source} AS v ${whereSql(conditions)}`;
    const more = rows.length > size;
    const kept = rows.slice(0, size);
    if (backward) kept.reverse();
    const edges = kept.map((row) => ({ cursor: encodeCursor(row.__sort, String(row.__key)), node: map(row) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: backward ? a.before != null : more,
        hasPreviousPage: backward ? more : a.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: counted[0]!.n,
    };
  }

  return { args, page, filterInput: FilterInput };
}
