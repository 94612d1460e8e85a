// /api/admin/accounts: list, create (with a temporary password shown once), change role, name,
// kommuner or disabled state, and reset a password. Hashing is slow and async, so it runs first;
// each change is then one transaction with its audit row. An administrator of a kommun sees and
// changes only the accounts of their kommuner (account-rules.ts); any other is a 404 to them.
import { type Context, Hono } from "hono";
import type { Auth } from "../auth/auth.ts";
import { generatePassword } from "../auth/password.ts";
import type { Session } from "../auth/sessions.ts";
import { revokeAllAudited } from "../auth/tokens.ts";
import type { Db } from "../db/open.ts";
import { changedFields, createAuditedWrite, notFound, recordId } from "../http/crud/write.ts";
import { type FieldError, fieldError, sendError } from "../http/errors.ts";
import { validJson } from "../http/validate.ts";
import { createKommunRepo } from "../kommun/repo.ts";
import {
  type AdminCaller,
  manages,
  refuseAccountChange,
  refuseGrant,
  refuseNarrowing,
  resolveScope,
  shares,
} from "./account-rules.ts";
import { accountCreate, accountPatch } from "./schema.ts";

/** The administrator asking, as the scope rules see them. */
function callerOf(c: Context): AdminCaller {
  const session = c.get("session") as Session;
  const kommuner = c.get("kommuner");
  const narrowed = (c.req.query("kommun") ?? "") !== "";
  return { policeArea: session.scope === "police_area" && !narrowed, kommuner };
}

/** 403 for a grant the administrator may not make, naming the field and the kommun. */
const forbidden = (c: Context, refusal: FieldError) =>
  sendError(c, 403, "kommun_forbidden", refusal.message, [refusal]);

function taken(c: Context, username: string) {
  const message = `the username '${username}' is already taken`;
  return sendError(c, 409, "username_taken", `username: ${message}`, [
    fieldError("username", "username_taken", message, { username }),
  ]);
}

export function accountRoutes(db: Db, auth: Auth) {
  const { accounts, sessions, tokens } = auth;
  const write = createAuditedWrite(db);
  const deployed = createKommunRepo(db).codes;
  /** The account, if the caller manages it. */
  const managed = (c: Context, id: number | null) => {
    const target = id === null ? undefined : accounts.find(id);
    return target && manages(callerOf(c), target) ? target : undefined;
  };

  return new Hono()
    .get("/", (c) => {
      const caller = callerOf(c);
      const all = accounts.list();
      return c.json(
        {
          accounts: all.filter((a) => manages(caller, a)),
          // Accounts that also work for other kommuner: shown to this admin, managed by the police
          // area's (empty for the police area's administrator, who manages them all).
          shared: all.filter((a) => shares(caller, a)),
        },
        200,
      );
    })
    .post("/", validJson(accountCreate), async (c) => {
      const body = c.req.valid("json");
      const { scope: _scope, kommuner: _kommuner, ...input } = body;
      const caller = callerOf(c);
      // One kommun the caller works for stands in when the request names none.
      const fallback = caller.kommuner.length === 1 ? caller.kommuner : undefined;
      const scoped = resolveScope(body, deployed(), fallback);
      if (!scoped.ok) {
        return sendError(c, 400, "bad_request", "The account's scope is not valid", scoped.fields);
      }
      const refusal = refuseGrant(caller, scoped);
      if (refusal) return forbidden(c, refusal);
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
            scope: scoped.scope,
            kommuner: scoped.kommuner,
            password_hash,
            must_change_password: true,
          });
          audit({
            action: "create",
            entity: "accounts",
            entityId: created,
            detail: { role: input.role, scope: scoped.scope, kommuner: scoped.kommuner },
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
      const admin = callerOf(c);
      const result = write(c, (audit) => {
        const target = managed(c, id);
        if (!target) return { status: 404 as const };
        const role = patch.role ?? target.role;
        // A role change settles the scope when the request does not: the police work for the
        // police area, a planner for kommuner.
        const scope =
          patch.scope ??
          (role === "police" ? "police_area" : role === "planner" ? "kommun" : target.scope);
        const scoped = resolveScope(
          { role, scope, kommuner: patch.kommuner },
          deployed(),
          target.scope === "kommun"
            ? target.kommuner
            : admin.kommuner.length === 1
              ? admin.kommuner
              : undefined,
        );
        if (!scoped.ok) return { status: 400 as const, fields: scoped.fields };
        const grant = refuseGrant(admin, scoped);
        if (grant) return { status: 403 as const, refusal: grant };
        const refusal =
          refuseAccountChange(target, patch, caller.accountId, accounts.activeAdmins()) ??
          refuseNarrowing(
            target,
            { role, scope: scoped.scope, disabled: patch.disabled ?? target.disabled },
            caller.accountId,
            accounts.activePoliceAreaAdmins(),
          );
        if (refusal) return { status: 409 as const, refusal };
        if (patch.display_name !== undefined || patch.role !== undefined) {
          accounts.update(target.id, { display_name: patch.display_name, role: patch.role });
        }
        const rescoped =
          scoped.scope !== target.scope || scoped.kommuner.join() !== target.kommuner.join();
        if (rescoped) {
          // Sessions and tokens read the account's kommuner on each request: they follow at once.
          accounts.setScope(target.id, scoped.scope, scoped.kommuner);
        }
        if (patch.disabled !== undefined) {
          accounts.setDisabled(target.id, patch.disabled);
          if (patch.disabled) {
            sessions.destroyAccount(target.id);
            revokeAllAudited(tokens, audit, target.id, "disabled");
          }
        }
        const detail: Record<string, unknown> = { changed: changedFields(patch) };
        if (patch.role !== undefined) detail.role = patch.role;
        if (patch.disabled !== undefined) detail.disabled = patch.disabled;
        if (rescoped) {
          detail.scope = scoped.scope;
          detail.kommuner = scoped.kommuner;
          // So the administrators of the kommuner it leaves read the change too (audit-repo.ts).
          detail.previous_kommuner = target.kommuner;
        }
        audit({ action: "update", entity: "accounts", entityId: target.id, detail });
        return { status: 200 as const };
      });
      if (result.status === 404) return notFound(c, "account");
      if (result.status === 400) {
        return sendError(c, 400, "bad_request", "The account's scope is not valid", result.fields);
      }
      if (result.status === 403) return forbidden(c, result.refusal);
      if (result.status === 409) {
        return sendError(c, 409, result.refusal.code, result.refusal.message);
      }
      const account = accounts.find(id as number);
      if (!account) return notFound(c, "account");
      return c.json(account, 200);
    })
    .post("/:id/reset-password", async (c) => {
      const target = managed(c, recordId(c));
      if (!target) return notFound(c, "account");
      const password = generatePassword();
      const hash = await accounts.hash(password);
      write(c, (audit) => {
        accounts.setPasswordHash(target.id, hash, true);
        sessions.destroyAccount(target.id);
        audit({ action: "reset-password", entity: "accounts", entityId: target.id });
        revokeAllAudited(tokens, audit, target.id, "password-reset");
      });
      const account = accounts.find(target.id);
      if (!account) return notFound(c, "account");
      return c.json({ account, password }, 200);
    });
}
