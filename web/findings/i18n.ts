// The findings follow-up's strings, included in web/i18n/sv.ts and en.ts under the key `findings`.
export { findingsEn as en } from "./strings-en.ts";
export { findingsSv as sv } from "./strings-sv.ts";
