// The public views' strings, included in web/i18n/sv.ts and en.ts under the key `pub`.
export { pubEn as en } from "./strings-en.ts";
export { pubSv as sv } from "./strings-sv.ts";
