// Many rows in one statement: each column travels as one array parameter and Postgres unnests them.
// A VALUES list of thousands of rows costs more to build (in the ORM) and to parse than the insert
// itself; with unnest the statement has one parameter per column however many rows there are.
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.js';

export interface BulkColumn<Row> {
  /** The column's name in the table. */
  name: string;
  /** Its Postgres type, e.g. `uuid`, `text`, `timestamptz`, `jsonb`, `int`. */
  type: 'uuid' | 'text' | 'timestamptz' | 'jsonb' | 'int';
  value: (row: Row) => string | number | Date | null | undefined | object;
}

/** Inserts `rows` into `table`; `tail` follows the select (e.g. `on conflict do nothing returning id`). */
export async function bulkInsert<Row, Out = Record<string, unknown>>(db: DbOrTx, table: string, columns: ReadonlyArray<BulkColumn<Row>>, rows: readonly Row[], tail: SQL = sql``): Promise<Out[]> {
  if (rows.length === 0) return [];
  const names = sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);
  const arrays = sql.join(
    columns.map((c) => sql`${sql.param(rows.map((r) => toParam(c, c.value(r))))}::${sql.raw(c.type)}[]`),
    sql`, `,
  );
  const result = await db.execute(sql`insert into ${sql.identifier(table)} (${names}) select * from unnest(${arrays}) ${tail}`);
  return result.rows as Out[];
}

function toParam<Row>(column: BulkColumn<Row>, value: ReturnType<BulkColumn<Row>['value']>): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (column.type === 'jsonb') return JSON.stringify(value);
  return value as string | number;
}
