// /api/admin/privacy: the retention period for watch groups' contact details, how many groups it
// would erase now, and running it by hand.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { validJson } from "../http/validate.ts";
import { createAuditedWrite } from "../recording/write.ts";
import { createPrivacyRepo } from "./privacy-repo.ts";
import { eraseDueContacts } from "./run-retention.ts";
import { privacyPut } from "./schema.ts";

export function privacyRoutes(db: Db, clock: () => Date) {
  const repo = createPrivacyRepo(db);
  const write = createAuditedWrite(db);
  const state = () => ({
    contact_retention_months: repo.retentionMonths(),
    due: repo.dueIds(clock()).length,
  });

  return new Hono()
    .get("/", (c) => c.json(state(), 200))
    .put("/", validJson(privacyPut), (c) => {
      const { contact_retention_months } = c.req.valid("json");
      write(c, (audit) => {
        repo.setRetentionMonths(contact_retention_months);
        audit({
          action: "update",
          entity: "privacy_settings",
          entityId: 1,
          detail: { contact_retention_months },
        });
      });
      return c.json(state(), 200);
    })
    .post("/retention/run", (c) =>
      c.json(
        write(c, (audit) => eraseDueContacts(repo, clock(), audit)),
        200,
      ),
    );
}
