// The pieces of accounts and sessions the app and the front cache share, built once per process.
import type { Db } from "../db/open.ts";
import { createAccountRepo } from "./accounts.ts";
import { createDeviceStore } from "./devices.ts";
import type { ScryptCost } from "./password.ts";
import { createLoginLimiter, type LoginLimits } from "./rate-limit.ts";
import { createSessionStore, type SessionLimits } from "./sessions.ts";
import { createTokenStore } from "./tokens.ts";

export interface AuthOptions {
  clock?: (() => Date) | undefined;
  sessionLimits?: SessionLimits | undefined;
  loginLimits?: LoginLimits | undefined;
  /** Tests may lower the scrypt cost; production uses the default. */
  scryptCost?: ScryptCost | undefined;
}

export function createAuth(db: Db, o: AuthOptions = {}) {
  const sessions = createSessionStore(db, o.clock, o.sessionLimits);
  return {
    accounts: createAccountRepo(db, o.scryptCost, sessions.forget),
    sessions,
    tokens: createTokenStore(db, o.clock),
    limiter: createLoginLimiter(db, o.clock, o.loginLimits),
    devices: createDeviceStore(db, o.clock),
  };
}

export type Auth = ReturnType<typeof createAuth>;
