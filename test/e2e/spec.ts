// The setup every browser spec shares: one fresh server and one browser on it for the whole file,
// optionally logged in, closed again after it; and a second browser for a single test.
import { afterAll, beforeAll } from "vitest";
import type { NewAccount } from "../../server/auth/accounts.ts";
import type { Role } from "../../server/auth/roles.ts";
import { type BrowserSession, DESKTOP, openBrowser, type Page, type Viewport } from "./browser.ts";
import { createDriver, type Driver } from "./driver.ts";
import { type AccountKommuner, startServer, type TestServer } from "./server.ts";

export interface SpecOptions {
  /** Logged in as this role before the first test (through the API); the public without it. */
  role?: Role;
  /** DESKTOP unless given. */
  viewport?: Viewport;
  /** Added to the server's environment (see startServer). */
  env?: Record<string, string>;
  /** Accounts created besides the three of ACCOUNTS. */
  accounts?: NewAccount[];
  /** What accounts work for, by username: kommun codes or "police_area" (see startServer). */
  kommuner?: Record<string, AccountKommuner>;
  /** Further local origins the page may use (see openBrowser). */
  alsoAllowed?: string[];
}

export interface Spec {
  server: TestServer;
  session: BrowserSession;
  /** The session's page. */
  page: Page;
  /** A driver on that page, logged in as `role` if one was given. */
  driver: Driver;
}

/**
 * Registers the file's beforeAll and afterAll. The fields of what it returns are filled in by that
 * beforeAll, so read them only inside hooks and tests, never at a file's top level. `options` may
 * be a function, called in beforeAll, when they depend on an earlier beforeAll (e.g. a port).
 */
export function browserSpec(options: SpecOptions | (() => SpecOptions) = {}): Spec {
  const spec = {} as Partial<Spec>;
  beforeAll(async () => {
    const {
      role,
      viewport = DESKTOP,
      env,
      accounts,
      kommuner,
      alsoAllowed,
    } = typeof options === "function" ? options() : options;
    const server = await startServer(env, { accounts, ...(kommuner ? { kommuner } : {}) });
    spec.server = server;
    const session = await openBrowser(server.origin, viewport, alsoAllowed);
    spec.session = session;
    spec.page = session.page;
    spec.driver = createDriver(session.page, server.origin);
    if (role) await spec.driver.loginAs(role);
  });
  afterAll(async () => {
    await spec.session?.close();
    await spec.server?.stop();
  });
  return spec as Spec;
}

/**
 * A second, fresh browser for one test (e.g. a phone beside the file's desktop one), logged in as
 * `role` unless it is null; runs `fn` and always closes the browser again.
 */
export async function withBrowser<T>(
  origin: string,
  viewport: Viewport,
  role: Role | null,
  fn: (browser: { page: Page; driver: Driver; session: BrowserSession }) => Promise<T>,
): Promise<T> {
  const session = await openBrowser(origin, viewport);
  try {
    const driver = createDriver(session.page, origin);
    if (role) await driver.loginAs(role);
    return await fn({ page: session.page, driver, session });
  } finally {
    await session.close();
  }
}
