import type { RequestHandler } from "msw";
import { createMockApi, type MockApi } from "./createMockApi.js";

/** `parameters.sandbox` of a story using {@link storyMockApi}. */
export interface StorySandboxParameters {
  /** Overrides put before the sandbox handlers, built on this render's sandbox (e.g. `[registryFailure(api)]`). */
  overrides?: (api: MockApi) => RequestHandler[];
  /** Widget token lifetime in seconds; negative gives an already expired token. @default 1200 */
  tokenTtlSeconds?: number;
}

/** What {@link storyMockApi} loads: `loaded.api`, `loaded.token` and `loaded.msw` (the handlers to install). */
export interface StoryMockApi {
  api: MockApi;
  /** A widget token the sandbox signed for this render. */
  token: string;
  msw: RequestHandler[];
}

/** The story context fields {@link storyMockApi} reads (a subset of Storybook's `StoryContext`). */
export interface StoryMockApiContext {
  id: string;
  parameters: { sandbox?: StorySandboxParameters; [key: string]: unknown };
}

let renders = 0;

/**
 * A Storybook loader: a fresh sandbox per render, on a base URL of its own (so stories rendered side by side on a
 * docs page never share handlers), a widget token it signed, and the MSW handlers (overrides first).
 */
export async function storyMockApi(context: StoryMockApiContext): Promise<StoryMockApi> {
  renders += 1;
  const label = `s${renders}-${context.id}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .slice(0, 60)
    .replace(/-+$/, "");
  const api = createMockApi({ baseUrl: `https://${label}.sandbox.test` });
  const parameters = context.parameters.sandbox ?? {};
  const ttl = parameters.tokenTtlSeconds;
  const token = await api.widgetToken(ttl === undefined ? {} : { ttlSeconds: ttl });
  return { api, token, msw: [...(parameters.overrides?.(api) ?? []), ...api.handlers] };
}

/** What {@link storyMockApi} loaded for the story being rendered (`context.loaded`, typed). */
export function storyLoaded(context: { loaded: Record<string, unknown> }): StoryMockApi {
  return context.loaded as unknown as StoryMockApi;
}
