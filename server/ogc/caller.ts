// Who is reading /ogc: the public, or an account speaking through a personal access token
// (Authorization: Bearer <token>, or HTTP Basic with the username and the token as password, as
// QGIS and GDAL send it) or through a browser session cookie. Credentials that are given but not
// valid are refused outright, never quietly treated as the public.
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { Auth } from "../auth/auth.ts";
import { SESSION_COOKIE } from "../auth/policy.ts";
import type { Role } from "../auth/roles.ts";
import type { AccountScope } from "../kommun/scope.ts";

export type OgcCaller =
  | { kind: "public" }
  | { kind: "account"; username: string; role: Role; scope: AccountScope; kommuner: string[] }
  | { kind: "refused"; message: string };

/** The challenge a 401 carries, so a GIS client knows to send its token. */
export const CHALLENGE = 'Basic realm="Grannkoll OGC API", charset="UTF-8", Bearer';

function basic(value: string): { user: string; secret: string } | null {
  let text: string;
  try {
    text = Buffer.from(value, "base64").toString("utf8");
  } catch {
    return null;
  }
  const colon = text.indexOf(":");
  return colon < 0 ? null : { user: text.slice(0, colon), secret: text.slice(colon + 1) };
}

/** An account's caller: its role and the kommuner it works for (server/kommun/scope.ts). */
const account = (who: {
  username: string;
  role: Role;
  scope: AccountScope;
  kommuner: string[];
}): OgcCaller => ({
  kind: "account",
  username: who.username,
  role: who.role,
  scope: who.scope,
  kommuner: who.kommuner,
});

export function ogcCaller(c: Context, auth: Pick<Auth, "tokens" | "sessions">): OgcCaller {
  const header = c.req.header("authorization")?.trim();
  if (header) {
    const [scheme = "", value = ""] = header.split(/\s+/, 2);
    if (/^bearer$/i.test(scheme)) {
      const who = auth.tokens.resolve(value);
      return who
        ? account(who)
        : { kind: "refused", message: "The access token is unknown, revoked or expired" };
    }
    if (/^basic$/i.test(scheme)) {
      const pair = basic(value);
      const who = pair ? auth.tokens.resolve(pair.secret) : null;
      if (!pair || !who || who.username.toLowerCase() !== pair.user.toLowerCase()) {
        return {
          kind: "refused",
          message: "HTTP Basic needs your username and a valid personal access token as password",
        };
      }
      return account(who);
    }
    return { kind: "refused", message: `Unsupported authorization scheme '${scheme}'` };
  }
  const session = auth.sessions.resolve(getCookie(c, SESSION_COOKIE));
  if (session && !session.mustChangePassword) return account(session);
  return { kind: "public" };
}
