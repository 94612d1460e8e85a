// The names and limits the web app shares with the server. Plain constants with no Node imports,
// so the browser bundle can import them too.
export const SESSION_COOKIE = "gk_session";
/** The header every write with a session carries, holding the session's CSRF token. */
export const CSRF_HEADER = "x-csrf-token";
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
