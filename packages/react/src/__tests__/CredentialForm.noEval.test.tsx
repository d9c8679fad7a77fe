// The form on a page whose Content-Security-Policy forbids `'unsafe-eval'` (Ajv cannot compile there): it loads
// core's eval-free validator before it shows, says so when that fails, and validates with it.
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../events.js";
import { mockServer } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";

const page = vi.hoisted(() => ({ failLoads: 0, loads: 0 }));
vi.mock("@credential-form/core", async (importOriginal) => {
  const core = await importOriginal<typeof import("@credential-form/core")>();
  return {
    ...core,
    canCompileSchemas: () => false,
    loadSchemaInterpreter: () => {
      page.loads++;
      if (page.failLoads > 0) {
        page.failLoads--;
        return Promise.reject(new TypeError("Failed to fetch dynamically imported module"));
      }
      return core.loadSchemaInterpreter();
    },
  };
});

const mock = mockServer();

describe("<CredentialForm> where eval is forbidden", () => {
  it("says the form could not load when the validator's chunk fails, and Retry recovers", async () => {
    page.failLoads = 1;
    const events: CredentialFormEvent[] = [];
    const { container } = renderForm({ onEvent: (e) => events.push(e) });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the connector specification");
    expect(container.querySelector(".cf-root")).toHaveAttribute("data-status", "error");
    await waitFor(() =>
      expect(events).toContainEqual(expect.objectContaining({ type: "error", phase: "load" })),
    );
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitForForm();
    expect(page.loads).toBe(2);
  });

  // (Core validates with its own check of the page, so here only the form and RJSF use the interpreter.)
  it("shows the form once the validator is loaded, validates and creates the source", async () => {
    const user = userEvent.setup();
    renderForm();
    await waitForForm();
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    const apiKey = field("API Key");
    await waitFor(() => expect(apiKey).toHaveAttribute("aria-invalid", "true"));
    expect(document.getElementById(`${apiKey.id}__error`)?.textContent).toMatch(/API Key is required/);
    expect(field("company")).toHaveAttribute("aria-invalid", "true");
    expect(mock.state.creates).toHaveLength(0);

    await user.type(apiKey, "sk_test_interpreted");
    await user.type(field("company"), "acme");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(1);
  });
});
