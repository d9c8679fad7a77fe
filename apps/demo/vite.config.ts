import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { demoBackend } from "./server/tokenRoutes.js";

export default defineConfig({
  plugins: [react(), demoBackend()],
  resolve: { conditions: ["source", ...defaultClientConditions] },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
});
