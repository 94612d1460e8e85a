import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

// The web app lives in web/; the server (server/main.ts) serves the built dist/ and the API on
// one port, so in development the API is proxied to it.
export default defineConfig({
  root: "web",
  // web/public/ is the public map's source folder, not a folder of static files to copy as is.
  publicDir: false,
  // Brotli and gzip copies of every text asset, made once at build time; the server sends them
  // (server/http/web-app.ts) instead of compressing the same files on every request.
  plugins: [react(), compression({ algorithms: ["brotliCompress", "gzip"], logLevel: "silent" })],
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    // maplibre-gl 6 alone is ~1,080 kB minified (~290 kB gzip), in a chunk of its own that only the
    // views with a map load (below); not a problem to warn about. Every other chunk is far smaller,
    // so anything else this big is worth the warning.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Brotli at its best level takes most of the build's time (about 3 s, mostly MapLibre),
      // on purpose: it is paid once per build, not per request.
      checks: { pluginTimings: false },
      output: {
        codeSplitting: {
          groups: [
            // MapLibre's code in a chunk of its own (only the views with a map load it), so it
            // stays cached across releases that change only our code. Its stylesheet and worker
            // (`?url`) are not JavaScript chunks and stay where they are.
            { name: "maplibre", test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://localhost:8080" },
  },
});
