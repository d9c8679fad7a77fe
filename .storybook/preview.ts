import type { Preview } from "@storybook/react-vite";
import type { RequestHandler } from "msw";
import { consoleErrorGuard } from "./consoleErrorGuard.js";
import { installMswHandlers } from "./installMswHandlers.js";
import { localeDecorator, localeGlobalTypes } from "./localeGlobals.js";

/** `parameters.msw`: static handlers for a story. */
interface MswParameters {
  handlers?: readonly RequestHandler[];
}

function isHandlerList(value: unknown): value is readonly RequestHandler[] {
  return Array.isArray(value);
}

const preview: Preview = {
  tags: ["autodocs"],
  globalTypes: localeGlobalTypes,
  initialGlobals: { locale: "en", dir: "ltr" },
  decorators: [localeDecorator],
  parameters: {
    a11y: { test: "error" },
    controls: { expanded: true },
  },
  // Handlers come from `parameters.msw.handlers` and from loaders returning `{ msw: RequestHandler[] }`
  // (stories create a fresh sandbox per render in a loader). Loaders run before `beforeEach`.
  async beforeEach(context) {
    const stopGuard = consoleErrorGuard.start();
    const fromParameters = (context.parameters.msw as MswParameters | undefined)?.handlers ?? [];
    const loaded: unknown = context.loaded.msw;
    const handlers = [...(isHandlerList(loaded) ? loaded : []), ...fromParameters];
    const uninstall = handlers.length > 0 ? await installMswHandlers(handlers) : () => {};
    return () => {
      uninstall();
      stopGuard();
    };
  },
  afterEach() {
    consoleErrorGuard.check();
  },
};
export default preview;
