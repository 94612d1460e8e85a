// Why an import refused a row, a column or the file, in the user's language: every import (the
// planners' and the presence log's) gives each reason a stable `code` and `params`
// (server/imports/reasons.ts), worded here from web/import/codes.ts and nowhere else. The English
// `message` is shown only for a code this build does not know.
// test/integration/import-reasons.test.ts sends bad files to the real endpoints and checks that
// every code they give is worded here.
import { useTranslation } from "react-i18next";
import { REASON_CODES, type ReasonCode } from "../../server/imports/reasons.ts";

/** A reason as an answer carries it. */
export interface Coded {
  message: string;
  code: string;
  params: Record<string, string | number>;
}

export const isKnownCode = (code: unknown): code is ReasonCode =>
  typeof code === "string" && (REASON_CODES as string[]).includes(code);

/** A function that words a reason's code in the user's language (its English message if unknown). */
export function useReason() {
  const { t } = useTranslation();
  return ({ message, code, params }: Coded) =>
    isKnownCode(code) ? t(`importCodes.${code}`, { ...params }) : message;
}
