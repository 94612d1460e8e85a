// The presence form's times: a datetime-local value is Stockholm wall-clock time whatever the
// browser's zone; the API wants an instant. Pure, on the server's own Stockholm arithmetic.
import { formatUtc, localToUtc, offsetAt } from "../../server/coverage/stockholm.ts";

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

/** 'YYYY-MM-DDTHH:MM' (Stockholm) → 'YYYY-MM-DDTHH:MM:SSZ'; anything unreadable is passed on as
 * it is, so the server's schema names the problem. */
export function toInstant(local: string): string {
  const m = LOCAL.exec(local);
  if (!m) return local;
  const r = localToUtc(m[1] as string, Number(m[2]) * 60 + Number(m[3]));
  return r.ok ? formatUtc(r.utcMs) : local;
}

/** A stored UTC instant → the datetime-local value in Stockholm time. */
export function toLocalInput(utc: string): string {
  const ms = Date.parse(utc);
  if (Number.isNaN(ms)) return "";
  return new Date(ms + offsetAt(ms)).toISOString().slice(0, 16);
}

/** Stockholm 'YYYY-MM-DD HH:MM' for lists. */
export const localText = (utc: string) => toLocalInput(utc).replace("T", " ");
