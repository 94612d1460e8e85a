// /api/dna-kits: märk-DNA kits handed out outside sessions. Kits handed out at a session belong
// to the visit: editing or deleting them here is refused with 409, so the two never disagree.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { softDeleteRoute } from "../http/crud/delete.ts";
import { patchRecord } from "../http/crud/patch.ts";
import { notFound, recordAt } from "../http/crud/write.ts";
import { sendError } from "../http/errors.ts";
import { validJson, validQuery } from "../http/validate.ts";
import type { Clock } from "../period/dates.ts";
import { createRecordingTools } from "../recording/tools.ts";
import { createDnaKitRepo } from "./repo.ts";
import { type DnaKitRecord, dnaKitInput, dnaKitListQuery, dnaKitPatch } from "./schema.ts";

const atVisit = (k: DnaKitRecord | undefined) =>
  k?.visit_id == null
    ? undefined
    : `these kits were handed out at visit ${k.visit_id}: change them there (PATCH /api/visits/${k.visit_id})`;

export function dnaKitRoutes(db: Db, clock: Clock) {
  const repo = createDnaKitRepo(db, clock);
  const { write, placeErrors } = createRecordingTools(db);

  return new Hono()
    .get("/", validQuery(dnaKitListQuery), (c) =>
      c.json({ dna_kits: repo.list(c.req.valid("query"), c.get("kommuner")) }, 200),
    )
    .get("/:id", (c) => {
      const kit = recordAt(c, repo.find);
      return kit ? c.json(kit, 200) : notFound(c, "märk-DNA record");
    })
    .post("/", validJson(dnaKitInput, placeErrors), (c) => {
      const input = c.req.valid("json");
      const kit = write(c, (audit) => {
        const id = repo.create(input);
        audit({ action: "create", entity: "dna_kits", entityId: id, detail: input });
        return repo.find(id, c.get("kommuner"));
      });
      return c.json(kit as DnaKitRecord, 201);
    })
    .patch("/:id", validJson(dnaKitPatch, placeErrors), (c) => {
      const refused = atVisit(recordAt(c, repo.find));
      if (refused) return sendError(c, 409, "conflict", refused);
      return patchRecord(c, c.req.valid("json"), {
        write,
        what: "märk-DNA record",
        find: repo.find,
        asInput: ({ area_id, handed_out_on, kits }: DnaKitRecord) => ({
          area_id,
          handed_out_on,
          kits,
        }),
        schema: dnaKitInput,
        check: placeErrors,
        save(id, data, changed, audit) {
          repo.update(id, data);
          audit({
            action: "update",
            entity: "dna_kits",
            entityId: id,
            detail: { ...data, changed },
          });
        },
      });
    })
    .delete(
      "/:id",
      softDeleteRoute(write, "dna_kits", "märk-DNA record", repo.softDelete, (id, kommuner) =>
        atVisit(repo.find(id, kommuner)),
      ),
    );
}
