// How long to wait after too many wrong passwords, in words: for the login form and the
// password change alike (the server counts both against the same limit).
import type { TFunction } from "i18next";

/** `retryAfter` in seconds (the answer's Retry-After), or null when the server gave none. */
export function waitText(t: TFunction, retryAfter: number | null): string {
  if (retryAfter === null) return t("auth.login.tooManyUnknown");
  return retryAfter > 90
    ? t("auth.login.tooManyMinutes", { count: Math.ceil(retryAfter / 60) })
    : t("auth.login.tooMany", { count: retryAfter });
}
