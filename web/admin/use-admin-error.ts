// An admin API message in the user's language when it is a known one, else as the server said it.
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { type FieldErrors, serverFieldErrors } from "../forms/validate.ts";
import { adminErrorKey } from "./errors.ts";

export function useAdminError() {
  const { t } = useTranslation();
  const word = (message: string | undefined | null): string | undefined => {
    if (!message) return undefined;
    const key = adminErrorKey(message);
    return key ? t(`admin.errors.${key}`) : message;
  };
  return {
    word,
    /** Field errors of a refused write, worded. */
    fields(error: unknown): FieldErrors {
      if (!(error instanceof ApiError) || error.fields.length === 0) return {};
      const out: FieldErrors = {};
      for (const [k, v] of Object.entries(serverFieldErrors(error.fields))) out[k] = word(v) ?? v;
      return out;
    },
    /** The error's message when it is not about a field (those are shown beside the field). */
    general(error: unknown): string | null {
      if (!error) return null;
      if (error instanceof ApiError && error.fields.length > 0) return null;
      return word(error instanceof Error ? error.message : String(error)) ?? null;
    },
  };
}
