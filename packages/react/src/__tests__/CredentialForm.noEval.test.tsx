// The form on a page whose Content-Security-Policy forbids `'unsafe-eval'` (Ajv cannot compile there): it loads
// core's eval-free validator before it shows, says so when that fails, and validates with it.
// The page is emulated for real: `Function` and `eval` throw an EvalError as under such a CSP (and count the
// attempts), so nothing in React, RJSF or core can quietly fall back to generated code.
import { canCompileSchemas } from "@credential-form/core";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../events.js";
import { API_BASE, mockServer } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";
import { waitForFieldError } from "../test/waitForFieldError.js";

const page = vi.hoisted(() => {
  const state = { failLoads: 0, loads: 0, codeGeneration: 0 };
  const refuse = (): never => {
    state.codeGeneration++;
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
  };
  // jsdom's selector engine (nwsapi) compiles selectors with `Function`; a browser's is native, so it is let through.
  const byJsdom = (): boolean => new Error().stack?.includes("/nwsapi/") === true;
  globalThis.Function = new Proxy(globalThis.Function, {
    apply: (target, self, args) => (byJsdom() ? Reflect.apply(target, self, args) : refuse()),
    construct: (target, args, newTarget) =>
      byJsdom() ? Reflect.construct(target, args, newTarget) : refuse(),
  });
  globalThis.eval = refuse;
  return state;
});
// The form imports core's values through `@credential-form/core/form`.
vi.mock("@credential-form/core/form", async (importOriginal) => {
  const core = await importOriginal<typeof import("@credential-form/core/form")>();
  return {
    ...core,
    loadSchemaInterpreter: async () => {
      page.loads++;
      if (page.failLoads > 0) {
        page.failLoads--;
        throw new TypeError("Failed to fetch dynamically imported module");
      }
      return core.loadSchemaInterpreter();
    },
  };
});

const mock = mockServer();

describe("<CredentialForm> where eval is forbidden", () => {
  it("says the form could not load when the validator's chunk fails, and Retry recovers", async () => {
    // Every load fails (the spec queries' ones leave the report to the form) until the page is back online.
    page.failLoads = Number.POSITIVE_INFINITY;
    const events: CredentialFormEvent[] = [];
    const { container } = renderForm({ onEvent: (e) => events.push(e) });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the connector specification");
    expect(container.querySelector(".cf-root")).toHaveAttribute("data-status", "error");
    await waitFor(() =>
      expect(events).toContainEqual(expect.objectContaining({ type: "error", phase: "load" })),
    );
    const failedLoads = page.loads;
    page.failLoads = 0;
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitForForm();
    expect(page.loads).toBeGreaterThan(failedLoads);
  });

  it("shows the form once the validator is loaded, validates with the interpreter and creates the source", async () => {
    // The page forbids code generation: the probe is refused (and is the one attempt allowed from here on).
    expect(canCompileSchemas()).toBe(false);
    const attempts = page.codeGeneration;
    expect(attempts).toBe(1);
    const user = userEvent.setup();
    renderForm();
    await waitForForm();
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    const apiKey = field("API Key");
    await waitForFieldError(apiKey, /API Key is required/);
    expect(field("company")).toHaveAttribute("aria-invalid", "true");
    expect(mock.state.creates).toHaveLength(0);

    // The sandbox answering here runs in this same emulated page, and its own validator compiles with ajv, which
    // the page refuses: the check and the create are answered without it (Airbyte's server runs elsewhere).
    mock.server.use(
      http.post(`${API_BASE}/api/v1/integrations/connectors/check`, () =>
        HttpResponse.json({ id: "chk-1", status: "succeeded" }),
      ),
    );
    mock.state.createQueue.push(() => HttpResponse.json({ id: "src-1", name: "Hellobaton" }));
    await user.type(apiKey, "sk_test_interpreted");
    await user.type(field("company"), "acme");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(1);
    // The errors above came from core's interpreter: nothing tried to generate code after the probe (ajv
    // compiling would have, been refused, and fallen back with a warning).
    expect(page.codeGeneration).toBe(attempts);
  });
});
