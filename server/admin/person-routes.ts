// /api/admin/persons: a person's data export and erasure (GDPR articles 15 and 17). The person is
// named in the POST body, never in the URL, so the name stays out of logs.
import { Hono } from "hono";
import type { Auth } from "../auth/auth.ts";
import type { Db } from "../db/open.ts";
import { createAuditedWrite } from "../http/crud/write.ts";
import { validJson } from "../http/validate.ts";
import { todayUtc } from "../period/dates.ts";
import { createPersonRepo } from "./person-repo.ts";
import { personQuery } from "./schema.ts";

export function personRoutes(db: Db, auth: Auth, clock: () => Date) {
  const repo = createPersonRepo(db, auth.accounts);
  const write = createAuditedWrite(db);

  return new Hono()
    .post("/export", validJson(personQuery), (c) => {
      const person = c.req.valid("json");
      const now = clock();
      const found = write(c, (audit) => {
        const data = repo.find(person);
        audit({
          action: "read-personal",
          entity: "persons",
          detail: {
            searched_by: Object.keys(person).sort(),
            watch_group_contacts: data.watch_group_contacts.length,
            accounts: data.accounts.length,
            free_text: data.free_text.length,
            audit_entries: data.audit_entries.length,
          },
        });
        return data;
      });
      c.header(
        "Content-Disposition",
        `attachment; filename="grannkoll-person-export-${todayUtc(now)}.json"`,
      );
      return c.json({ exported_at: now.toISOString(), person, ...found }, 200);
    })
    .post("/erase", validJson(personQuery), (c) => {
      const person = c.req.valid("json");
      const result = write(c, (audit) => {
        const done = repo.erase(person);
        audit({
          action: "erase-personal",
          entity: "persons",
          detail: {
            searched_by: Object.keys(person).sort(),
            watch_group_ids: done.watch_group_ids,
            free_text: done.free_text,
            accounts_kept: done.accounts_kept,
          },
        });
        return done;
      });
      return c.json(
        {
          erased: {
            watch_group_contacts: result.watch_group_ids.length,
            free_text: result.free_text.length,
          },
          watch_group_ids: result.watch_group_ids,
          accounts_kept: result.accounts_kept,
        },
        200,
      );
    });
}
