// `<CredentialForm connectorId>` loads the edit code on demand. A failed download (a deploy that removed the old
// chunk, a dropped connection) must not throw into the host's React tree: the form shows an alert, calls
// `onError`, and Retry loads the code again.
import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CredentialForm } from "../CredentialForm.js";

const chunk = vi.hoisted(() => ({ loads: 0 }));
// The chunk boundary: `loadEditMode` imports edit/editMode.js (the edit form and the edit hook).
vi.mock("../edit/editMode.js", () => {
  chunk.loads++;
  if (chunk.loads === 1) throw new Error("Failed to fetch dynamically imported module");
  return { ConnectorEditForm: ({ connectorId }: { connectorId: string }) => <p>editing {connectorId}</p> };
});

describe("<CredentialForm connectorId>: the edit code fails to download", () => {
  it("shows an alert instead of unmounting the host, calls onError, and Retry loads it again", async () => {
    const onError = vi.fn();
    render(
      <main>
        <h1>Host page</h1>
        <CredentialForm token="not-used" connectorId="c-1" onError={onError} />
      </main>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Retry");
    expect(screen.getByRole("heading", { name: "Host page" })).toBeTruthy();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(Error);

    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByText("editing c-1")).toBeTruthy());
    expect(chunk.loads).toBe(2);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
