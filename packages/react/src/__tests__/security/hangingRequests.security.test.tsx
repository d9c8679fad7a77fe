import { fireEvent, screen, waitFor } from "@testing-library/react";
import { delay, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../../events.js";
import { mockServer, mockToken, REGISTRY_URL } from "../../test/mockServer.js";
import { renderForm, waitForForm } from "../../test/renderForm.js";

const mock = mockServer();
afterEach(() => vi.useRealTimers());

/** Waits until `events` holds the load error of a timeout, retryable. */
const waitForTimeoutEvent = (events: CredentialFormEvent[]) =>
  waitFor(() =>
    expect(events).toContainEqual(
      expect.objectContaining({
        type: "error",
        phase: "load",
        error: expect.objectContaining({ code: "timeout", retryable: true }),
      }),
    ),
  );

describe("nothing leaves the form on a skeleton forever", () => {
  it("a getToken callback that never answers ends in the 'took too long' alert after 15 s; Retry asks it again", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ["setTimeout", "clearTimeout"] });
    const events: CredentialFormEvent[] = [];
    let calls = 0;
    // The first call hangs; the one Retry makes answers.
    const token = () => (++calls === 1 ? new Promise<string>(() => {}) : Promise.resolve(mockToken()));
    renderForm({ token, onEvent: (e) => events.push(e) });
    expect(screen.getByText("Loading the connector form…")).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(15_500);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Loading the widget token took too long. Please try again.");
    expect(alert).not.toHaveTextContent(/invalid/i);
    expect(alert).toContainElement(screen.getByRole("button", { name: "Retry" }));
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitForForm();
    expect(calls).toBe(2);
    expect(screen.queryByRole("alert")).toBeNull();
    // The event is emitted from an effect after the alert's commit, so it may arrive a tick later.
    await waitForTimeoutEvent(events);
  });

  it("a registry that never answers ends in the spec alert after 60 s and one retry", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ["setTimeout", "clearTimeout"] });
    let registryRequests = 0;
    mock.server.use(
      http.get(REGISTRY_URL, () => {
        registryRequests++;
        return delay("infinite");
      }),
    );
    const events: CredentialFormEvent[] = [];
    renderForm({ onEvent: (e) => events.push(e) });
    // The spec query retries once (a second 60 s wait) before it gives up. Each wait starts when the registry is
    // asked, which happens a few real ticks after the render: wait for it before moving the clock.
    await waitFor(() => expect(registryRequests).toBe(1));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(screen.queryByRole("alert")).toBeNull();
    await vi.advanceTimersByTimeAsync(2_000);
    await waitFor(() => expect(registryRequests).toBe(2));
    expect(screen.queryByRole("alert")).toBeNull();
    await vi.advanceTimersByTimeAsync(61_000);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the connector specification.");
    expect(registryRequests).toBe(2);
    await waitForTimeoutEvent(events);
  });
});
