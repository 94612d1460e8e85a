// Previews waiting for the planner's confirmation, in memory, keyed by an unguessable token.
// A preview expires after PREVIEW_TTL_MS; at most MAX_PENDING are kept (the oldest goes first),
// so abandoned uploads cannot fill memory. They do not survive a restart: preview again.
import { randomUUID } from "node:crypto";

export const PREVIEW_TTL_MS = 15 * 60 * 1000;
export const MAX_PENDING = 20;

export interface PendingStore<T> {
  /** Stores a value; returns its token and when it expires. */
  put(value: T): { token: string; expiresAt: Date };
  /** The value while it has not expired; undefined once expired, taken or never stored. */
  get(token: string): T | undefined;
  delete(token: string): void;
  readonly size: number;
}

export function createPendingStore<T>(
  clock: () => Date = () => new Date(),
  ttlMs = PREVIEW_TTL_MS,
  max = MAX_PENDING,
): PendingStore<T> {
  const entries = new Map<string, { value: T; expires: number }>();
  const sweep = () => {
    const now = clock().getTime();
    for (const [token, e] of entries) if (e.expires <= now) entries.delete(token);
  };
  return {
    put(value) {
      sweep();
      while (entries.size >= max) entries.delete(entries.keys().next().value as string);
      const token = randomUUID();
      const expires = clock().getTime() + ttlMs;
      entries.set(token, { value, expires });
      return { token, expiresAt: new Date(expires) };
    },
    get(token) {
      sweep();
      return entries.get(token)?.value;
    },
    delete(token) {
      entries.delete(token);
    },
    get size() {
      sweep();
      return entries.size;
    },
  };
}
