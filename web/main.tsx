// Entry point: i18n, the query client, then the app. MapLibre (and its worker, see
// web/map/create-map.ts) comes with the views that show a map, in their own chunks; only its
// stylesheet is here, in the one stylesheet every page loads, ahead of ours.
import "./zod-config.ts";
import "maplibre-gl/dist/maplibre-gl.css";
import "./base.css";
import "./styles.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiError } from "./api/client.ts";
import { App } from "./app.tsx";
import { setupI18n } from "./i18n/i18n.ts";

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
