// The admin pages' errors in the user's language: field errors by their code (the one wording,
// web/forms/codes.ts), a refused account change by the answer's code, else the server's message.
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { useWordedErrors } from "../forms/field.tsx";
import { type FieldErrors, serverFieldErrors } from "../forms/validate.ts";

/** The account changes the server refuses (server/admin/account-rules.ts), by the answer's code. */
const REFUSALS = {
  own_account: "admin.errors.self",
  last_admin: "admin.errors.lastAdmin",
} as const;
const isRefusal = (code: string): code is keyof typeof REFUSALS => code in REFUSALS;

/** Field path → the error as the user reads it. */
export type WordedErrors = Record<string, string>;

export function useAdminError() {
  const { t } = useTranslation();
  const words = useWordedErrors();
  return {
    /** Field errors the browser found with the server's schema, worded. */
    local: (errors: FieldErrors): WordedErrors => words(errors),
    /** Field errors of a refused write, worded. */
    fields(error: unknown): WordedErrors {
      if (!(error instanceof ApiError) || error.fields.length === 0) return {};
      return words(serverFieldErrors(error.fields));
    },
    /** The error's message when it is not about a field (those are shown beside the field). */
    general(error: unknown): string | null {
      if (!error) return null;
      if (error instanceof ApiError && error.fields.length > 0) return null;
      if (error instanceof ApiError && isRefusal(error.code)) return t(REFUSALS[error.code]);
      return error instanceof Error ? error.message : String(error);
    },
  };
}
