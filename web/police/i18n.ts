// The police views' strings, included in web/i18n/sv.ts and en.ts under the key `police`.
export { policeEn as en } from "./strings-en.ts";
export { policeSv as sv } from "./strings-sv.ts";
