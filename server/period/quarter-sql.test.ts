import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { QUARTER_END_SQL, QUARTER_START_SQL } from "./quarter-sql.ts";
import { quarterEnd, quarterStart } from "./quarters.ts";

it("computes the same quarter bounds in SQL as in TypeScript", () => {
  const db = new Database(":memory:");
  const stmt = db.prepare<[string], { start: string; end: string }>(
    `SELECT ${QUARTER_START_SQL} AS start, ${QUARTER_END_SQL} AS "end" FROM (SELECT ? AS quarter)`,
  );
  for (const year of [2018, 2019, 2020]) {
    for (const q of [1, 2, 3, 4]) {
      const quarter = `${year}-Q${q}`;
      expect(stmt.get(quarter)).toEqual({ start: quarterStart(quarter), end: quarterEnd(quarter) });
    }
  }
  db.close();
});
