// What every recording router needs: the areas as stored now, the check that a body's place is
// in one of them (for validJson), and the audited write.
import type { Db } from "../db/open.ts";
import { createAreaLookup, locate } from "./locate.ts";
import { createAuditedWrite } from "./write.ts";

export function createRecordingTools(db: Db) {
  const places = createAreaLookup(db);
  return {
    places,
    write: createAuditedWrite(db),
    /** Unknown area ids, and points or routes outside every area, as field errors. */
    placeErrors: (body: unknown) => locate(body, places()).errors,
  };
}
