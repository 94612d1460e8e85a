// /api/auth/tokens: a logged-in user's own personal access tokens for GIS clients: list, create
// (the secret is in this one answer only) and revoke. Every change is audited.
import { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../db/open.ts";
import { createAuditedWrite, notFound, recordId } from "../http/crud/write.ts";
import { sendError } from "../http/errors.ts";
import { validJson } from "../http/validate.ts";
import {
  TOKEN_DEFAULT_DAYS,
  TOKEN_MAX_DAYS,
  TOKENS_PER_ACCOUNT,
  type TokenStore,
} from "./tokens.ts";

const newToken = z.strictObject({
  name: z.string().trim().min(1, "name is required").max(100),
  days: z.number().int().min(1).max(TOKEN_MAX_DAYS).optional(),
});

export interface CreatedToken {
  id: number;
  name: string;
  /** Shown once: the client must keep it now. */
  secret: string;
  prefix: string;
  expires_at: string;
}

export function tokenRoutes(db: Db, tokens: TokenStore) {
  const write = createAuditedWrite(db);
  return new Hono()
    .get("/", (c) => {
      const session = c.get("session");
      if (!session) return sendError(c, 401, "unauthenticated", "Log in to see your tokens");
      return c.json({ tokens: tokens.list(session.accountId) }, 200);
    })
    .post("/", validJson(newToken), (c) => {
      const session = c.get("session");
      if (!session) return sendError(c, 401, "unauthenticated", "Log in to create a token");
      if (session.mustChangePassword) {
        return sendError(c, 403, "password_change_required", "Choose a new password first");
      }
      const body = c.req.valid("json");
      if (tokens.liveCount(session.accountId) >= TOKENS_PER_ACCOUNT) {
        return sendError(
          c,
          409,
          "conflict",
          `An account may hold at most ${TOKENS_PER_ACCOUNT} tokens; revoke one first`,
        );
      }
      const created = write(c, (audit) => {
        const t = tokens.create(session.accountId, body.name, body.days ?? TOKEN_DEFAULT_DAYS);
        audit({
          action: "create",
          entity: "access_tokens",
          entityId: t.id,
          detail: { prefix: t.prefix, expires_at: t.expires_at },
        });
        return t;
      });
      const answer: CreatedToken = { ...created, name: body.name };
      return c.json(answer, 201);
    })
    .delete("/:id", (c) => {
      const session = c.get("session");
      if (!session) return sendError(c, 401, "unauthenticated", "Log in to revoke a token");
      const id = recordId(c);
      const done =
        id !== null &&
        write(c, (audit) => {
          const revoked = tokens.revoke(session.accountId, id);
          if (revoked) audit({ action: "revoke", entity: "access_tokens", entityId: id });
          return revoked;
        });
      if (!done) return notFound(c, "token of yours");
      return c.body(null, 204);
    });
}
