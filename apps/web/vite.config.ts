import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs as its own process; proxying keeps the browser on one origin, as
// in production where the API serves the built client itself.
const API_ORIGIN = process.env.ZANG_API_ORIGIN ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/trpc": API_ORIGIN,
      "/healthz": API_ORIGIN,
      "/roster": API_ORIGIN,
      "/api": API_ORIGIN,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
});
