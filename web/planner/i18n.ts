// The planner's strings, included in web/i18n/sv.ts and en.ts under the key `planner`.
export { plannerEn as en } from "./strings-en.ts";
export { plannerSv as sv } from "./strings-sv.ts";
