// The submit's code (core's pipeline and the form's `submitForm`) loads on demand, starting with the spec's request
// (`connectorSpecQuery`), and again when the form becomes ready if that load failed. A submit that comes before the chunk is there waits for it, then validates and reports as usual; it never
// skips validation or sends anything meanwhile. The chunk is held back here until the test lets it through; a
// chunk that cannot be fetched fails that submit with the generic submit error, and Retry loads it again.
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { mockServer } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";
import { waitForFieldError } from "../test/waitForFieldError.js";

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
// Core's pipeline chunk, failing `failLoads` times as an offline page would.
const pipeline = vi.hoisted(() => ({ failLoads: 0, loads: 0 }));
vi.mock("@credential-form/core/form", async (importOriginal) => {
  const core = await importOriginal<typeof import("@credential-form/core/form")>();
  return {
    ...core,
    loadSubmitPipeline: async () => {
      pipeline.loads++;
      if (pipeline.failLoads > 0) {
        pipeline.failLoads--;
        throw new TypeError("Failed to fetch dynamically imported module");
      }
      return core.loadSubmitPipeline();
    },
  };
});

const mock = mockServer();

describe("<CredentialForm> submit before its code has loaded", () => {
  it("starts loading before the form is ready, waits for it on submit, then validates and submits", async () => {
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
    await waitForFieldError(apiKey, /API Key is required/);
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: "error", phase: "validation" }));
    expect(mock.state.creates).toHaveLength(0);

    await user.type(apiKey, "sk_test_lazy");
    await user.type(field("company"), "acme");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(1);
    expect(gate.loads).toBe(1);
  });

  it("fails the submit with the submit error when its code cannot be fetched; Retry loads it and validates", async () => {
    // The load with the spec's request, the one when the form is ready and the submit's own all fail.
    pipeline.failLoads = 3;
    pipeline.loads = 0;
    const user = userEvent.setup();
    const onEvent = vi.fn();
    renderForm({ onEvent });
    await waitForForm();
    await waitFor(() => expect(pipeline.loads).toBe(2));
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't create the source. Please try again.");
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: "error", phase: "submit" }));
    expect(field("API Key")).not.toHaveAttribute("aria-invalid", "true");
    expect(mock.state.creates).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(field("API Key")).toHaveAttribute("aria-invalid", "true"));
    expect(pipeline.loads).toBe(4);
    expect(mock.state.creates).toHaveLength(0);
  });
});
