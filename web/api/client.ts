// The typed API client. Request and response types come from the server's routes (AppType), so a
// change to the API that breaks the web app breaks the type check, not the user.
import { type ClientResponse, hc } from "hono/client";
import type { AppType } from "../../server/app.ts";
import type { FieldError } from "../../server/http/errors.ts";
import { csrfHeaders } from "../auth/csrf.ts";

/**
 * Same origin: the server serves the web app and the API together (vite proxies in dev). The
 * session's CSRF token goes with every request (read when the request is made, so a new login's
 * token is used at once); the server checks it on every write.
 */
export const api = hc<AppType>("/", { headers: csrfHeaders }).api;

/** An error answer of the API ({ error: { code, message, fields } }) or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

function isErrorBody(
  body: unknown,
): body is { error: { code: string; message: string; fields?: FieldError[] } } {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const { error } = body as { error: unknown };
  return typeof error === "object" && error !== null && "message" in error;
}

/** The body type of the successful answers (200, 201) among a route's possible responses. */
type OkBody<R> =
  R extends ClientResponse<infer T, infer S> ? (S extends 200 | 201 ? T : never) : never;

/**
 * The JSON of a successful response, typed by the route; anything else becomes an ApiError that
 * carries the server's own message, so the UI can show it.
 */
export async function unwrap<R extends ClientResponse<unknown, number>>(
  response: R,
): Promise<OkBody<R>> {
  // 204 No Content (e.g. a delete) has no body to read.
  if (response.status === 204) return null as OkBody<R>;
  if (response.ok) return (await response.json()) as OkBody<R>;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) {
    throw new ApiError(response.status, body.error.code, body.error.message, body.error.fields);
  }
  throw new ApiError(response.status, "http_error", `HTTP ${response.status}`);
}
