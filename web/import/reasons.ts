// Why an import refused a row, a column or the file, in the user's language. The planners'
// imports give each reason a stable `code` and `params` (server/imports/reasons.ts), worded here
// from web/import/codes.ts. The presence import still words its reasons in English only; each
// known shape of those is matched here and its variable parts go into the translation as {{a}}
// and {{b}}. A reason known neither way is shown as the server said it.
// test/integration/import-reasons.test.ts sends bad files to the real endpoints and checks that
// every reason they give is known here.
import { useTranslation } from "react-i18next";
import { REASON_CODES, type ReasonCode } from "../../server/imports/reasons.ts";

/** A reason as an answer carries it: always a message, a code and params where the server gave them. */
export interface Coded {
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

export const isKnownCode = (code: unknown): code is ReasonCode =>
  typeof code === "string" && (REASON_CODES as string[]).includes(code);

export const REASON_KEYS = [
  "empty",
  "notDate",
  "notRealDate",
  "notNumber",
  "notWholeNumber",
  "notOneOf",
  "noArea",
  "noAreaId",
  "atLeast",
  "unknownColumns",
  "unknownColumn",
  "missingColumn",
  "secondColumn",
  "columnTwice",
  "cellCount",
  "fileEmpty",
  "noRows",
  "tooManyRows",
  "outsideAreas",
  "farFromAreas",
  "giveArea",
  "givePlace",
  "repeats",
  "stored",
  "afterStart",
  "tooLong",
  "dateTime",
  "years",
  "timeOfDay",
  "notUsed",
  "optionOf",
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

const SHAPES: [RegExp, ReasonKey][] = [
  [/^is empty$/, "empty"],
  [/^(.+) is not a date: write YYYY-MM-DD, D\/M\/YYYY or D\.M\.YYYY$/, "notDate"],
  [/^(.+) is not a real date$/, "notRealDate"],
  [/^(.+) is not a number$/, "notNumber"],
  [/^(.+) is not a whole number$/, "notWholeNumber"],
  [/^(.+) is not one of:? (.+)$/, "notOneOf"],
  [/^no area with id or name (.+)$/, "noArea"],
  [/^no area with id (.+)$/, "noAreaId"],
  [/^must be at least (\d+)$/, "atLeast"],
  [/^unknown column; known columns: (.+)$/, "unknownColumns"],
  [/^unknown column$/, "unknownColumn"],
  [/^required column is missing$/, "missingColumn"],
  [/^a second column for (.+)$/, "secondColumn"],
  [/^column given more than once$/, "columnTwice"],
  [/^has (\d+) (?:cells|fields), the header has (\d+)$/, "cellCount"],
  [/^the file is empty$/, "fileEmpty"],
  [/^the file has a header but no rows to import$/, "noRows"],
  [/^(?:more than|at most) (\d+) rows.*split the file$/, "tooManyRows"],
  [/^the point \((.+)\) lies in none of the areas$/, "outsideAreas"],
  [/^lies farther than (\d+) m from every area$/, "farFromAreas"],
  [/^give an area column, or lon and lat columns$/, "giveArea"],
  [/^give area_id, lon and lat, or route$/, "givePlace"],
  [/^repeats line (\d+)$/, "repeats"],
  [/^is already stored as presence (\d+)$/, "stored"],
  [/^must be after starts_at$/, "afterStart"],
  [/^a presence may last at most 24 hours; split longer ones$/, "tooLong"],
  [/^must be a date and time such as .+$/, "dateTime"],
  [/^must be in the years 2000–2099$/, "years"],
  [/^(\d+:\d+) is not a valid time of day$/, "timeOfDay"],
  [/^not used for (.+)$/, "notUsed"],
  [/^Invalid option: expected one of (.+)$/, "optionOf"],
];

/** The known shape of a server reason and its variable parts, or null. */
export function reasonOf(message: string): { key: ReasonKey; a?: string; b?: string } | null {
  for (const [shape, key] of SHAPES) {
    const m = shape.exec(message);
    if (m)
      return {
        key,
        ...(m[1] !== undefined && { a: m[1] }),
        ...(m[2] !== undefined && { b: m[2] }),
      };
  }
  return null;
}

/** A function that words a server reason (its code, else its English message) in the user's language. */
export function useReason() {
  const { t } = useTranslation();
  return (reason: string | Coded) => {
    const { message, code, params } = typeof reason === "string" ? { message: reason } : reason;
    if (isKnownCode(code)) return t(`importCodes.${code}`, { ...params });
    const r = reasonOf(message);
    return r ? t(`importReasons.${r.key}`, { a: r.a, b: r.b }) : message;
  };
}
