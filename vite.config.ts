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
    // maplibre-gl 6 alone is ~1,080 kB minified (~290 kB gzip), in a chunk of its own that only the
    // views with a map load (below); not a problem to warn about. Every other chunk is far smaller,
    // so anything else this big is worth the warning.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
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
