import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app lives in web/; the server (server/main.ts) serves the built dist/ and the API on
// one port, so in development the API is proxied to it.
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    // maplibre-gl alone is ~800 kB minified; it is one cacheable chunk, not a problem to warn about.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { "/api": "http://localhost:8080" },
  },
});
