// The spec engine (`prepareForm` and what validation shares) is a chunk of its own, loaded alongside the token,
// template and spec. A failed download (a deploy that removed the old chunk, a dropped connection) must not leave a
// skeleton forever: the form says the specification could not be loaded, calls `onError`, and Retry loads it again.
import { sandboxTemplate } from "@credential-form/test-utils";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderSandboxForm } from "../test/renderSandboxForm.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

const chunk = vi.hoisted(() => ({ loads: 0 }));
// The chunk boundary: core's `loadSpecEngine` imports schema/specEngineChunk.js.
vi.mock("../../../core/src/schema/specEngineChunk.js", async (importOriginal) => {
  chunk.loads++;
  if (chunk.loads === 1) throw new Error("Failed to fetch dynamically imported module");
  return importOriginal();
});

const mock = sandboxApiServer();
const HELLOBATON = sandboxTemplate("airbyte/source-hellobaton");

describe("<CredentialForm>: the spec engine's chunk fails to download", () => {
  it("says the specification could not be loaded, calls onError, and Retry loads the chunk and shows the form", async () => {
    const onError = vi.fn();
    renderSandboxForm(mock.api, {
      token: await mock.scopedToken("engine-chunk"),
      template: { id: HELLOBATON.id },
      onError,
    });
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert.textContent).toMatch(/specification/i);
    // `onError` runs in an effect after the commit that shows the alert: under load, a moment after it.
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(Error);

    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByRole("button", { name: /^Submit/ })).toBeTruthy(), {
      timeout: 10_000,
    });
    expect(chunk.loads).toBe(2);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
