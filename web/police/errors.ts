// The presence form's own wording of the schema's messages that the shared recording wording
// (web/recording/validate.ts) does not cover. Returns a key under police.presence.errors, or null
// to leave the message to the shared wording. Pure.
export type PresenceErrorKey =
  | "endsAfter"
  | "tooLong"
  | "time"
  | "placePoint"
  | "placeRoute"
  | "placeArea";

export function presenceErrorKey(
  field: string,
  message: string,
  mode: "point" | "route" | "area",
): PresenceErrorKey | null {
  if (/must be after/i.test(message)) return "endsAfter";
  if (/at most \d+ hours|too long|longer than/i.test(message) && field !== "notes")
    return "tooLong";
  if (/ISO 8601|does not exist|happens twice|not a valid time|years 2000/i.test(message))
    return "time";
  if (field === "place" || field.startsWith("place.")) {
    if (/lies in none|passes through none|no area with id/i.test(message)) return null;
    return mode === "point" ? "placePoint" : mode === "route" ? "placeRoute" : "placeArea";
  }
  return null;
}
