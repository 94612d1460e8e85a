// /api/admin/accounts: list, create (with a temporary password shown once), change role, name or
// disabled state, and reset a password. Hashing is slow and async, so it runs first; each change
// is then one transaction with its audit row.
import { type Context, Hono } from "hono";
import type { Auth } from "../auth/auth.ts";
import { generatePassword } from "../auth/password.ts";
import type { Session } from "../auth/sessions.ts";
import type { Db } from "../db/open.ts";
import { changedFields, createAuditedWrite, notFound, recordId } from "../http/crud/write.ts";
import { fieldError, sendError } from "../http/errors.ts";
import { validJson } from "../http/validate.ts";
import { refuseAccountChange } from "./account-rules.ts";
import { accountCreate, accountPatch } from "./schema.ts";

function taken(c: Context, username: string) {
  const message = `the username '${username}' is already taken`;
  return sendError(c, 409, "username_taken", `username: ${message}`, [
    fieldError("username", "username_taken", message, { username }),
  ]);
}

export function accountRoutes(db: Db, auth: Auth) {
  const { accounts, sessions } = auth;
  const write = createAuditedWrite(db);

  return new Hono()
    .get("/", (c) => c.json({ accounts: accounts.list() }, 200))
    .post("/", validJson(accountCreate), async (c) => {
      const input = c.req.valid("json");
      if (accounts.findByUsername(input.username)) {
        return taken(c, input.username);
      }
      const password = generatePassword();
      const password_hash = await accounts.hash(password);
      let id: number;
      try {
        id = write(c, (audit) => {
          const created = accounts.insertHashed({
            ...input,
            password_hash,
            must_change_password: true,
          });
          audit({
            action: "create",
            entity: "accounts",
            entityId: created,
            detail: { role: input.role },
          });
          return created;
        });
      } catch (err) {
        // Another request took the name while the password was being hashed.
        if (/UNIQUE/.test((err as Error).message)) {
          return taken(c, input.username);
        }
        throw err;
      }
      const account = accounts.find(id);
      if (!account) throw new Error(`account ${id} vanished after create`);
      return c.json({ account, password }, 201);
    })
    .patch("/:id", validJson(accountPatch), (c) => {
      const id = recordId(c);
      const patch = c.req.valid("json");
      const caller = c.get("session") as Session;
      const result = write(c, (audit) => {
        const target = id === null ? undefined : accounts.find(id);
        if (!target) return { status: 404 as const };
        const refusal = refuseAccountChange(
          target,
          patch,
          caller.accountId,
          accounts.activeAdmins(),
        );
        if (refusal) return { status: 409 as const, refusal };
        if (patch.display_name !== undefined || patch.role !== undefined) {
          accounts.update(target.id, { display_name: patch.display_name, role: patch.role });
        }
        if (patch.disabled !== undefined) {
          accounts.setDisabled(target.id, patch.disabled);
          if (patch.disabled) sessions.destroyAccount(target.id);
        }
        const detail: Record<string, unknown> = { changed: changedFields(patch) };
        if (patch.role !== undefined) detail.role = patch.role;
        if (patch.disabled !== undefined) detail.disabled = patch.disabled;
        audit({ action: "update", entity: "accounts", entityId: target.id, detail });
        return { status: 200 as const };
      });
      if (result.status === 404) return notFound(c, "account");
      if (result.status === 409) {
        return sendError(c, 409, result.refusal.code, result.refusal.message);
      }
      const account = accounts.find(id as number);
      if (!account) return notFound(c, "account");
      return c.json(account, 200);
    })
    .post("/:id/reset-password", async (c) => {
      const id = recordId(c);
      const target = id === null ? undefined : accounts.find(id);
      if (!target) return notFound(c, "account");
      const password = generatePassword();
      const hash = await accounts.hash(password);
      write(c, (audit) => {
        accounts.setPasswordHash(target.id, hash, true);
        sessions.destroyAccount(target.id);
        audit({ action: "reset-password", entity: "accounts", entityId: target.id });
      });
      const account = accounts.find(target.id);
      if (!account) return notFound(c, "account");
      return c.json({ account, password }, 200);
    });
}
