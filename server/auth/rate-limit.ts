// Failed-login limits, in memory: per username and per client address, in a sliding window. Held
// in this process only, so a restart clears them (documented in the README).
export interface LoginLimits {
  windowMinutes: number;
  perUsername: number;
  perAddress: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  windowMinutes: 15,
  perUsername: 5,
  perAddress: 20,
};

/** Past this many tracked keys, a failure first drops every key whose window has passed. */
const MAX_KEYS = 10_000;

export function createLoginLimiter(
  clock: () => Date = () => new Date(),
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
) {
  const failures = new Map<string, number[]>();
  const windowMs = limits.windowMinutes * 60_000;

  const recent = (key: string, now: number) => {
    const kept = (failures.get(key) ?? []).filter((t) => now - t < windowMs);
    if (kept.length > 0) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  const keys = (username: string, address: string | null) => [
    { key: `u:${username.toLowerCase()}`, max: limits.perUsername },
    { key: `a:${address ?? "?"}`, max: limits.perAddress },
  ];

  return {
    /** How many usernames and addresses are tracked (for tests). */
    get size() {
      return failures.size;
    },
    /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
    retryAfter(username: string, address: string | null): number {
      const now = clock().getTime();
      let wait = 0;
      for (const { key, max } of keys(username, address)) {
        const times = recent(key, now);
        if (times.length >= max) {
          const oldest = times[times.length - max] as number;
          wait = Math.max(wait, Math.ceil((oldest + windowMs - now) / 1000));
        }
      }
      return wait;
    },
    fail(username: string, address: string | null): void {
      const now = clock().getTime();
      // Keys are pruned when touched; many one-off usernames would otherwise pile up.
      if (failures.size >= MAX_KEYS) for (const key of [...failures.keys()]) recent(key, now);
      for (const { key } of keys(username, address)) failures.set(key, [...recent(key, now), now]);
    },
    /** A successful login clears the username's failures, not the address's. */
    succeed(username: string): void {
      failures.delete(`u:${username.toLowerCase()}`);
    },
  };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
