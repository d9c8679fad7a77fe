// The submit's code (core's pipeline and the form's `submitForm`) loads on demand, starting when the form becomes
// ready. A submit that comes before the chunk is there waits for it, then validates and reports as usual; it never
// skips validation or sends anything meanwhile. The chunk is held back here until the test lets it through.
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { mockServer } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";

const gate = vi.hoisted(() => {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened, loads: 0 };
});
vi.mock("../submitForm.js", async (importOriginal) => {
  gate.loads++;
  await gate.opened;
  return importOriginal();
});

const mock = mockServer();

describe("<CredentialForm> submit before its code has loaded", () => {
  it("starts loading when the form is ready, waits for it on submit, then validates and submits", async () => {
    const user = userEvent.setup();
    const onEvent = vi.fn();
    renderForm({ onEvent });
    await waitForForm();
    // Prefetched as soon as the form is there, before any submit.
    await waitFor(() => expect(gate.loads).toBe(1));

    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const apiKey = field("API Key");
    expect(apiKey).not.toHaveAttribute("aria-invalid", "true");
    expect(onEvent.mock.calls.map(([event]) => event.type)).not.toContain("error");

    gate.open();
    await waitFor(() => expect(apiKey).toHaveAttribute("aria-invalid", "true"));
    expect(document.getElementById(`${apiKey.id}__error`)?.textContent).toMatch(/API Key is required/);
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: "error", phase: "validation" }));
    expect(mock.state.creates).toHaveLength(0);

    await user.type(apiKey, "sk_test_lazy");
    await user.type(field("company"), "acme");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(1);
    expect(gate.loads).toBe(1);
  });
});
