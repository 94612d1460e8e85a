// The admin pages' strings, included in web/i18n/sv.ts and en.ts under the key `admin`.
export { adminEn as en } from "./strings-en.ts";
export { adminSv as sv } from "./strings-sv.ts";
