// What every recording router needs: the areas as stored now, the check that a body's place is
// in one of them and in a kommun the caller works for (for validJson), and the audited write.
import type { Context } from "hono";
import type { Db } from "../db/open.ts";
import { createAuditedWrite } from "../http/crud/write.ts";
import { createAreaLookup, createAreaShapes, locate } from "./locate.ts";

export function createRecordingTools(db: Db) {
  const places = createAreaLookup(db);
  return {
    places,
    /** The same areas as plain data, for work done on a worker thread. */
    areas: createAreaShapes(db),
    write: createAuditedWrite(db),
    /**
     * Unknown area ids, points or routes outside every area, and areas of a kommun the caller
     * does not work for, as field errors.
     */
    placeErrors: (body: unknown, c: Context) => locate(body, places(), c.get("kommuner")).errors,
  };
}
