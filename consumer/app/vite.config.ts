import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// A partner's plain Vite + React config: nothing that knows about the credential-form monorepo.
export default defineConfig({ plugins: [react()] });
