// The one file that imports the browser driver. Debian's Chromium, headless, with everything that
// would phone home switched off; a browser is never downloaded.
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export type { Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  // WebGL through the software rasteriser: MapLibre needs WebGL and there is no GPU.
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 375, height: 667 };
/** A current phone's screen (iPhone 12–15), taller than PHONE. */
export const PHONE_LARGE: Viewport = { width: 390, height: 844 };

export interface BrowserSession {
  page: Page;
  /** Every request that tried to leave the machine (all of them are blocked). */
  externalRequests: string[];
  /** Errors thrown in the page or logged with console.error. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * A fresh browser with one page. `chromium.launch` gives each browser its own temporary profile
 * (user-data-dir), removed on close. Requests to anything but the test server are aborted and
 * recorded, so a test can assert that the map needs nothing from the internet.
 */
export async function openBrowser(
  origin: string,
  viewport: Viewport,
  /** Further local origins the page may use (e.g. a test's own style server). */
  alsoAllowed: string[] = [],
): Promise<BrowserSession> {
  const allowed = [origin, ...alsoAllowed, "data:", "blob:"];
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  const context: BrowserContext = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    reducedMotion: "reduce",
  });
  const externalRequests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (allowed.some((prefix) => url.startsWith(prefix))) return route.continue();
    externalRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  page.on("console", (msg) => {
    if (msg.type() === "error") pageErrors.push(msg.text());
  });
  return {
    page,
    externalRequests,
    pageErrors,
    close: () => browser.close(),
  };
}
