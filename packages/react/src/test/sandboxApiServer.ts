import {
  createMockApi,
  type MockApi,
  type MockApiOptions,
  mintScopedToken,
} from "@credential-form/test-utils";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";

/** What {@link sandboxApiServer} hands a test file: its MSW server and the current test's sandbox. */
export interface SandboxApiServer {
  /** The file's MSW server (unhandled requests are errors). */
  readonly server: ReturnType<typeof setupServer>;
  /** The current test's sandbox-backed API (a fresh one before each test). */
  readonly api: MockApi;
  /** Replaces the current test's API with one made from `options` (e.g. a describe's own templates). */
  use(options: MockApiOptions): MockApi;
  /** A scoped token for `workspace`, minted through the current test's sandbox. */
  scopedToken(workspace: string): Promise<string>;
}

/**
 * Starts an MSW server for the test file and serves a fresh sandbox (`createMockApi(options)`) before each test;
 * mocks and spies (`window.open`…) are restored after each test.
 */
export function sandboxApiServer(options: MockApiOptions = {}): SandboxApiServer {
  const server = setupServer();
  let current: MockApi | null = null;
  const use = (next: MockApiOptions): MockApi => {
    current = createMockApi(next);
    server.resetHandlers(...current.handlers);
    return current;
  };
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    use(options);
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => server.close());
  const api = (): MockApi => {
    if (!current) throw new Error("sandboxApiServer's api is only there inside a test");
    return current;
  };
  return {
    server,
    get api() {
      return api();
    },
    use,
    scopedToken: (workspace) => mintScopedToken(api().sandbox, api().baseUrl, workspace),
  };
}
