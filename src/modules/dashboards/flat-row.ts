// Flat row types for dashboards: one scalar per column, so a BI tool turns a list of rows into a
// table without reading nested objects. Rows come from SQL views (snake_case columns); each
// field names the column it reads.
import { builder } from '../../builder.js';
import type { Types } from '../common/list.js';

type ScalarName = 'String' | 'Int' | 'Boolean' | 'UUID' | 'DateTime' | 'Decimal' | 'LocalDate' | 'LocalTime' | 'TimeZone' | 'JSON';
type EnumRef = PothosSchemaTypes.EnumRef<Types, string>;

export interface FlatField {
  /** Column of the SQL row. */
  column: string;
  type: ScalarName | EnumRef | [ScalarName];
  description: string;
  /** Whether the value can be missing (default: yes). */
  nullable?: boolean;
}

export type SqlRow = Record<string, unknown>;

/** "09:00:00" from a TIME value (a Date on 1970-01-01 UTC). */
function time(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(11, 19) : value;
}

/** "2026-06-15" from a DATE value (a Date at UTC midnight). */
function day(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

export function flatRow(name: string, description: string, fields: Record<string, FlatField>) {
  return builder.objectRef<SqlRow>(name).implement({
    description,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(fields).map(([field, spec]) => [
          field,
          t.field({
            // One generic field definition for every column type: the spec names the GraphQL type.
            type: spec.type as never,
            nullable: spec.nullable ?? true,
            description: spec.description,
            resolve: (row: SqlRow) => {
              const value = row[spec.column] ?? null;
              if (spec.type === 'LocalTime') return time(value) as never;
              if (spec.type === 'LocalDate') return day(value) as never;
              // A timestamp without time zone (a wall-clock time) read as text.
              if (spec.type === 'String' && value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ') as never;
              return value as never;
            },
          }),
        ]),
      ),
  });
}
