import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { demoBackend } from "./server/tokenRoutes.js";

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [react(), demoBackend()],
  resolve: { conditions: ["source", ...defaultClientConditions] },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
  // Two pages: the app, and the OAuth callback page the consent popup comes back to.
  build: {
    rollupOptions: { input: { main: page("index.html"), oauthCallback: page("oauth-callback.html") } },
  },
});
