// /api/admin/privacy: the retention periods for watch groups' contact details and for client
// addresses in the audit log, how much each would erase now, and running them by hand.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { createAuditedWrite } from "../http/crud/write.ts";
import { validJson } from "../http/validate.ts";
import { createPrivacyRepo } from "./privacy-repo.ts";
import { eraseDue } from "./run-retention.ts";
import { privacyPut } from "./schema.ts";

export function privacyRoutes(db: Db, clock: () => Date) {
  const repo = createPrivacyRepo(db, clock);
  const write = createAuditedWrite(db);
  const state = () => ({
    contact_retention_months: repo.retentionMonths(),
    due: repo.dueIds(clock()).length,
    audit_address_months: repo.addressMonths(),
    addresses_due: repo.addressesDue(clock()),
  });

  return new Hono()
    .get("/", (c) => c.json(state(), 200))
    .put("/", validJson(privacyPut), (c) => {
      const body = c.req.valid("json");
      write(c, (audit) => {
        repo.setRetentionMonths(body.contact_retention_months);
        if (body.audit_address_months !== undefined)
          repo.setAddressMonths(body.audit_address_months);
        audit({ action: "update", entity: "privacy_settings", entityId: 1, detail: body });
      });
      return c.json(state(), 200);
    })
    .post("/retention/run", (c) =>
      c.json(
        write(c, (audit) => eraseDue(repo, clock(), audit)),
        200,
      ),
    );
}
