// DELETE /:id for every kind of record: a soft delete (deleted_at is set, the row stays for the
// history), audited in the same transaction; 404 for an unknown or already deleted id, and for a
// record of a kommun the caller does not work for (`softDelete` is given the caller's kommuner).
import type { Context } from "hono";
import type { AuditEntity } from "../../audit/log.ts";
import { sendError } from "../errors.ts";
import { type createAuditedWrite, notFound, recordId } from "./write.ts";

export function softDeleteRoute(
  write: ReturnType<typeof createAuditedWrite>,
  entity: AuditEntity,
  what: string,
  softDelete: (id: number, kommuner: readonly string[]) => boolean,
  /** A reason the record must not be deleted here, e.g. it belongs to another record. */
  refuse?: (id: number, kommuner: readonly string[]) => string | undefined,
) {
  return (c: Context) => {
    const id = recordId(c);
    const kommuner = c.get("kommuner") ?? [];
    const reason = id === null ? undefined : refuse?.(id, kommuner);
    if (reason) return sendError(c, 409, "conflict", reason);
    const deleted =
      id !== null &&
      write(c, (audit) => {
        if (!softDelete(id, kommuner)) return false;
        audit({ action: "delete", entity, entityId: id });
        return true;
      });
    if (id === null || !deleted) return notFound(c, what);
    return c.json({ id, deleted: true as const }, 200);
  };
}
