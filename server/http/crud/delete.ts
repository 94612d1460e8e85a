// DELETE /:id for every kind of record: a soft delete (deleted_at is set, the row stays for the
// history), audited in the same transaction; 404 for an unknown or already deleted id.
import type { Context } from "hono";
import type { AuditEntity } from "../../audit/log.ts";
import { sendError } from "../errors.ts";
import { type createAuditedWrite, notFound, recordId } from "./write.ts";

export function softDeleteRoute(
  write: ReturnType<typeof createAuditedWrite>,
  entity: AuditEntity,
  what: string,
  softDelete: (id: number) => boolean,
  /** A reason the record must not be deleted here, e.g. it belongs to another record. */
  refuse?: (id: number) => string | undefined,
) {
  return (c: Context) => {
    const id = recordId(c);
    const reason = id === null ? undefined : refuse?.(id);
    if (reason) return sendError(c, 409, "conflict", reason);
    const deleted =
      id !== null &&
      write(c, (audit) => {
        if (!softDelete(id)) return false;
        audit({ action: "delete", entity, entityId: id });
        return true;
      });
    if (id === null || !deleted) return notFound(c, what);
    return c.json({ id, deleted: true as const }, 200);
  };
}
