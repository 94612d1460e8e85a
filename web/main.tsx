// Entry point: MapLibre's worker, i18n, the query client, then the app.
import "./zod-config.ts";
import "maplibre-gl/dist/maplibre-gl.css";
import "./styles.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiError } from "./api/client.ts";
import { App } from "./app.tsx";
import { setupI18n } from "./i18n/i18n.ts";

// maplibre-gl 6 ships its worker as a separate module; bundlers must be told where it ends up.
maplibregl.setWorkerUrl(workerUrl);
setupI18n();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; network hiccups might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
