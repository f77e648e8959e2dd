// Bulk writing for the seed. Rows are buffered per table and written in foreign-key order, a chunk
// at a time. On a real PostgreSQL a chunk goes through COPY … FROM STDIN (pg-copy-streams), the
// fastest way in with every index and constraint kept. The embedded database (PGlite behind
// pglite-socket) does not speak the COPY sub-protocol, so there a chunk becomes
// INSERT … SELECT FROM json_populate_recordset(…), one statement per few thousand rows.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type Kind = 'text' | 'json' | 'int[]' | 'text[]';

interface Column {
  name: string;
  kind: Kind;
}

/** A buffer of rows for one table. Columns are written "name" or "name:json|int[]|text[]". */
export class Table {
  readonly columns: Column[];
  rows: unknown[][] = [];
  written = 0;

  constructor(
    readonly name: string,
    columns: string[],
  ) {
    this.columns = columns.map((c) => {
      const [name, kind] = c.split(':');
      return { name: name!, kind: (kind as Kind | undefined) ?? 'text' };
    });
  }

  push(...values: unknown[]): void {
    if (values.length !== this.columns.length) {
      throw new Error(`${this.name}: ${values.length} values for ${this.columns.length} columns`);
    }
    this.rows.push(values);
  }

  /** Takes the buffered rows out (the table keeps buffering new ones). */
  take(): unknown[][] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }
}

export interface Writer {
  readonly kind: 'copy' | 'insert';
  write(table: Table, rows: unknown[][]): Promise<void>;
}

function copyEscape(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function arrayLiteral(values: unknown[], quote: boolean): string {
  return `{${values
    .map((v) => (v === null ? 'NULL' : quote ? `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"` : String(v)))
    .join(',')}}`;
}

function copyValue(value: unknown, kind: Kind): string {
  if (value === null || value === undefined) return '\\N';
  switch (kind) {
    case 'json':
      return copyEscape(JSON.stringify(value));
    case 'int[]':
      return arrayLiteral(value as unknown[], false);
    case 'text[]':
      return copyEscape(arrayLiteral(value as unknown[], true));
    default:
      if (typeof value === 'boolean') return value ? 't' : 'f';
      return copyEscape(String(value));
  }
}

export class CopyWriter implements Writer {
  readonly kind = 'copy' as const;
  constructor(private readonly client: pg.ClientBase) {}

  async write(table: Table, rows: unknown[][]): Promise<void> {
    if (!rows.length) return;
    const kinds = table.columns.map((c) => c.kind);
    const lines: string[] = new Array(rows.length);
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r]!;
      let line = '';
      for (let i = 0; i < row.length; i += 1) line += (i ? '\t' : '') + copyValue(row[i], kinds[i]!);
      lines[r] = line;
    }
    const columns = table.columns.map((c) => `"${c.name}"`).join(', ');
    const stream = this.client.query(copyFrom(`COPY ${table.name} (${columns}) FROM STDIN`));
    // A few MB per write keeps memory flat and lets the server start parsing early.
    const chunks: string[] = [];
    for (let i = 0; i < lines.length; i += 5000) chunks.push(lines.slice(i, i + 5000).join('\n') + '\n');
    await pipeline(Readable.from(chunks), stream);
    table.written += rows.length;
  }
}

export class InsertWriter implements Writer {
  readonly kind = 'insert' as const;
  constructor(
    private readonly client: pg.ClientBase,
    private readonly batch = 2000,
  ) {}

  async write(table: Table, rows: unknown[][]): Promise<void> {
    const columns = table.columns.map((c) => `"${c.name}"`).join(', ');
    const sql = `INSERT INTO ${table.name} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table.name}, $1::json)`;
    for (let i = 0; i < rows.length; i += this.batch) {
      const objects = rows.slice(i, i + this.batch).map((row) => {
        const o: Record<string, unknown> = {};
        table.columns.forEach((c, k) => {
          o[c.name] = row[k] === undefined ? null : row[k];
        });
        return o;
      });
      await this.client.query(sql, [JSON.stringify(objects)]);
    }
    table.written += rows.length;
  }
}
