// The session's CSRF token: the one place the web app keeps it. Set from every session answer
// (GET /api/auth/session, login, password change, logout) and sent as the x-csrf-token header on
// every write, by the typed client, the upload helper and the raw fetches.
import { CSRF_HEADER } from "../../server/auth/policy.ts";

export { CSRF_HEADER };

let token: string | null = null;

export function setCsrfToken(next: string | null): void {
  token = next;
}

export function csrfToken(): string | null {
  return token;
}

/** The header to add to a request: empty when there is no session. */
export function csrfHeaders(): Record<string, string> {
  return token ? { [CSRF_HEADER]: token } : {};
}
