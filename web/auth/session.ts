// The session as the web app knows it: one query under ['session'] (GET /api/auth/session), and
// the login, logout and password change that replace its answer. Every answer sets the CSRF token.
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import type { SessionAnswer, SessionUser } from "../../server/auth/routes.ts";
import { ApiError, api, unwrap } from "../api/client.ts";
import { setCsrfToken } from "./csrf.ts";

export type { SessionAnswer, SessionUser };

export const SESSION_KEY = ["session"] as const;

export const sessionQuery = () =>
  queryOptions({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }): Promise<SessionAnswer> => {
      const answer = await unwrap(await api.auth.session.$get(undefined, { init: { signal } }));
      setCsrfToken(answer.csrf_token);
      return answer;
    },
    staleTime: 5 * 60_000,
  });

export function useSession() {
  const session = useQuery(sessionQuery());
  return { ...session, user: session.data?.user ?? null };
}

// Queries the public may make; everything else belongs to one user's session.
const PUBLIC_KEYS = new Set(["meta", "basemap", "public", "session"]);
const isPrivate = (key: readonly unknown[]) => !PUBLIC_KEYS.has(String(key[0]));

/**
 * Puts a new session answer in place. Private data is dropped (logout), started over (a login:
 * nothing of another user's stays on screen), revalidated in place (the same user again, after an
 * expired session: the open page keeps its data and forms) or kept (a password change).
 */
export async function applySession(
  client: QueryClient,
  answer: SessionAnswer,
  clear: "drop" | "refetch" | "revalidate" | "keep",
): Promise<void> {
  setCsrfToken(answer.csrf_token);
  client.setQueryData(SESSION_KEY, answer);
  const predicate = (q: { queryKey: readonly unknown[] }) => isPrivate(q.queryKey);
  if (clear === "drop") client.removeQueries({ predicate });
  if (clear === "refetch") await client.resetQueries({ predicate });
  if (clear === "revalidate") await client.invalidateQueries({ predicate });
}

/** A refused login: wrong name or password, too many attempts (with the wait), or no answer. */
export class LoginError extends Error {
  constructor(
    readonly kind: "invalid" | "too_many" | "network" | "other",
    readonly retryAfter: number | null,
    message: string,
  ) {
    super(message);
    this.name = "LoginError";
  }
}

export async function login(username: string, password: string): Promise<SessionAnswer> {
  let res: Awaited<ReturnType<typeof api.auth.login.$post>>;
  try {
    res = await api.auth.login.$post({ json: { username, password } });
  } catch (e) {
    throw new LoginError("network", null, String(e));
  }
  if (res.status === 429) {
    const wait = Number(res.headers.get("retry-after"));
    throw new LoginError("too_many", Number.isFinite(wait) && wait > 0 ? wait : null, "429");
  }
  try {
    return await unwrap(res);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) throw new LoginError("invalid", null, e.message);
    throw new LoginError(
      "other",
      null,
      e instanceof Error ? e.message : `HTTP ${(res as Response).status}`,
    );
  }
}

export async function logout(): Promise<SessionAnswer> {
  return unwrap(await api.auth.logout.$post());
}

/** Refused after too many wrong passwords: a LoginError "too_many" with the wait, as at login. */
export async function changePassword(
  current_password: string,
  new_password: string,
): Promise<SessionAnswer> {
  const res = await api.auth.password.$post({ json: { current_password, new_password } });
  if (res.status === 429) {
    const wait = Number(res.headers.get("retry-after"));
    throw new LoginError("too_many", Number.isFinite(wait) && wait > 0 ? wait : null, "429");
  }
  return unwrap(res);
}

/**
 * An answer that means the session changed under the page: gone (expired, logged out elsewhere),
 * locked until a password change, a stale CSRF token, or a role an admin has since changed.
 */
export function needsSessionCheck(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === "unauthenticated" ||
      error.code === "password_change_required" ||
      error.code === "csrf" ||
      error.code === "forbidden")
  );
}
