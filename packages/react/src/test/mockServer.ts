import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { airbyteMock, type MockTemplate } from "./airbyteMock.js";

/** Starts an MSW server for the test file, with a fresh {@link airbyteMock} before each test. */
export function mockServer(templates: MockTemplate[] = []) {
  const server = setupServer();
  let current = airbyteMock(templates);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    current = airbyteMock(templates);
    server.resetHandlers(...current.handlers);
  });
  afterAll(() => server.close());
  return {
    server,
    get state() {
      return current.state;
    },
  };
}
