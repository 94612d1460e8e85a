// What the build ships (dist/, built by global-setup.ts as `npm start` builds it): the app shell
// and hashed assets, each text file with its brotli and gzip copies. web/public/ is the public
// map's source folder, not Vite's static folder, so none of its files may be copied and served.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const DIST = resolve(import.meta.dirname, "../../dist");

it("holds the app shell and assets/ only, no source files, each with compressed copies", () => {
  const files = readdirSync(DIST, { recursive: true, encoding: "utf8" });
  const stray = files.filter(
    (f) => !/^index\.html(\.br|\.gz)?$/.test(f) && f !== "assets" && !f.startsWith("assets/"),
  );
  expect(stray).toEqual([]);
  expect(files.filter((f) => /\.(ts|tsx)$/.test(f))).toEqual([]);
  const scripts = files.filter((f) => /^assets\/.+\.(js|mjs|css)$/.test(f));
  expect(scripts.some((f) => /^assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
  const uncompressed = scripts.filter(
    (f) => !files.includes(`${f}.br`) || !files.includes(`${f}.gz`),
  );
  expect(uncompressed).toEqual([]);
  expect(files).toEqual(expect.arrayContaining(["index.html", "index.html.br", "index.html.gz"]));
});
