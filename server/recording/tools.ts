// What every recording router needs: the areas as stored now, the check that a body's place is
// in one of them (for validJson), and the audited write.
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
    /** Unknown area ids, and points or routes outside every area, as field errors. */
    placeErrors: (body: unknown) => locate(body, places()).errors,
  };
}
