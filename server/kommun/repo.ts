// The kommuner this deployment covers (the kommuner table, filled from the data set at start-up
// for the configured codes), read once: they change only when the server is restarted.
import type { Db } from "../db/open.ts";

export interface Kommun {
  code: string;
  name: string;
}

export function createKommunRepo(db: Db) {
  const all = db.prepare<[], Kommun>("SELECT code, name FROM kommuner ORDER BY code");
  let memo: Kommun[] | undefined;
  const list = () => {
    memo ??= all.all();
    return memo;
  };
  return {
    list,
    codes: () => list().map((k) => k.code),
    name: (code: string) => list().find((k) => k.code === code)?.name,
    /** After the seed adds kommuner. */
    reload() {
      memo = undefined;
    },
  };
}

export type KommunRepo = ReturnType<typeof createKommunRepo>;
