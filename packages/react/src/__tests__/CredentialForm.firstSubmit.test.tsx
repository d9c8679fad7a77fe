// The first submit never waits for ajv to compile the spec: it is validated by core's eval-free interpreter, and
// ajv compiles in idle time once the form is there and the user has paused (the idle callbacks are run by hand here, so the order is
// certain). The compile step is counted where core does it.
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mockServer } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";
import { waitForFieldError } from "../test/waitForFieldError.js";

const compiles = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../../core/src/schema/compileFullConfig.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../core/src/schema/compileFullConfig.js")>();
  return {
    ...actual,
    compileFullConfig: (...args: Parameters<typeof actual.compileFullConfig>) => {
      compiles.count++;
      return actual.compileFullConfig(...args);
    },
  };
});

const mock = mockServer();
let idle: (() => void)[] = [];

beforeEach(() => {
  idle = [];
  compiles.count = 0;
  vi.stubGlobal("requestIdleCallback", (task: () => void) => idle.push(task));
  vi.stubGlobal("cancelIdleCallback", (id: number) => {
    idle[id - 1] = () => {};
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("<CredentialForm> first submit", () => {
  it("shows the errors without compiling, compiles when idle, and submits with the compiled validator", async () => {
    const user = userEvent.setup();
    renderForm();
    await waitForForm();
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    const apiKey = field("API Key");
    await waitForFieldError(apiKey, /API Key is required/);
    expect(compiles.count).toBe(0);

    // Once the user has left the page alone for two seconds, the warm-up asks for idle time; that task compiles.
    await waitFor(() => expect(idle).toHaveLength(1), { timeout: 6000 });
    for (const task of idle) task();
    expect(compiles.count).toBe(1);

    await user.type(apiKey, "sk_test_compiled");
    await user.type(field("company"), "acme");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(1);
    // Cached: the second submit used the validator compiled in idle time.
    expect(compiles.count).toBe(1);
  });
});
