// The stored records an import reads and writes, per kind: those of the caller's kommuner that the
// file's rows are matched to, a new record from a row, and a row's fields laid over the record it
// matched, checked as a form's edit is.
import type { Db } from "../db/open.ts";
import { createDnaKitRepo } from "../dna-kits/repo.ts";
import { dnaKitInput } from "../dna-kits/schema.ts";
import { createVisitRepo } from "../visits/repo.ts";
import { asInput as visitAsInput } from "../visits/routes.ts";
import { type VisitInput, visitInput } from "../visits/schema.ts";
import { createWatchGroupRepo } from "../watch-groups/repo.ts";
import { asInput as groupAsInput } from "../watch-groups/routes.ts";
import { watchGroupInput } from "../watch-groups/schema.ts";
import type { ImportKind } from "./columns.ts";
import { overlay, type Stored, stored } from "./match.ts";
import type { PreparedRow } from "./rows.ts";

export function createImportStore(db: Db) {
  const visits = createVisitRepo(db);
  const groups = createWatchGroupRepo(db);
  const kits = createDnaKitRepo(db);

  /**
   * The stored records of a kind in the kommuner, for matching (kits handed out at a session are
   * the visit's).
   */
  const existing = (kind: ImportKind, kommuner: readonly string[]): Stored[] => {
    if (kind === "visits") return visits.list({}, kommuner).map(stored.visits);
    if (kind === "watch-groups") return groups.list({}, kommuner).map(stored["watch-groups"]);
    return kits
      .list({}, kommuner)
      .filter((k) => k.visit_id === null)
      .map(stored["dna-kits"]);
  };

  const insert = (kind: ImportKind, r: PreparedRow): number => {
    if (kind === "visits") return visits.create(r.data as PreparedRow<"visits">["data"], r.area_id);
    if (kind === "watch-groups")
      return groups.create(r.data as PreparedRow<"watch-groups">["data"]);
    return kits.create(r.data as PreparedRow<"dna-kits">["data"]);
  };

  /** Lays the row's fields over the stored record and saves it, checked as a form's edit is. */
  const update = (kind: ImportKind, id: number, r: PreparedRow, kommuner: readonly string[]) => {
    const patch = overlay(kind, r);
    if (kind === "visits") {
      const found = visits.find(id, kommuner);
      if (!found) return;
      const merged = { ...visitAsInput(found), ...patch, kind: found.kind };
      const data: VisitInput = visitInput.parse(merged);
      visits.update(id, data, r.area_id);
    } else if (kind === "watch-groups") {
      const found = groups.find(id, kommuner);
      if (found) groups.update(id, watchGroupInput.parse({ ...groupAsInput(found), ...patch }));
    } else {
      const found = kits.find(id, kommuner);
      if (found) {
        const { area_id, handed_out_on, kits: n } = found;
        kits.update(id, dnaKitInput.parse({ area_id, handed_out_on, kits: n, ...patch }));
      }
    }
  };

  return { existing, insert, update };
}
