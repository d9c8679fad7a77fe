import { makeWidgetToken } from "@credential-form/test-utils";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CredentialFormEvent } from "../../events.js";
import { mockServer } from "../../test/mockServer.js";
import { renderForm, waitForForm } from "../../test/renderForm.js";

mockServer();

/** Everything about an error a host could read or log. */
function dump(errors: Error[]): string {
  return JSON.stringify(errors.map((e) => [e.message, e.stack, e.cause, { ...e }]));
}

describe("a token that fails to load", () => {
  it("a getToken callback throwing with the token in its message: alert, no `ready`, no token in onError", async () => {
    const token = makeWidgetToken({ workspaceId: "ws-leak" });
    let fail = true;
    const events: CredentialFormEvent[] = [];
    const errors: Error[] = [];
    renderForm({
      token: async () => {
        if (fail) throw new Error(`refused to hand out ${token}`);
        return token;
      },
      onEvent: (e) => events.push(e),
      onError: (e) => errors.push(e),
    });
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    await waitFor(() => expect(errors).toHaveLength(1));
    // Give a late `ready` the chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.map((e) => e.type)).toEqual(["error"]);
    expect(errors[0]).toMatchObject({ name: "TokenError", code: "fetch_failed" });
    expect(errors[0]?.cause).toBeUndefined();
    expect(dump(errors)).not.toContain(token);
    expect(JSON.stringify(events)).not.toContain(token);
    expect(alert.textContent).not.toContain(token);
    // Retry with a working callback loads the form, and only then is the form `ready`.
    fail = false;
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitForForm();
    await waitFor(() => expect(events.map((e) => e.type)).toEqual(["error", "ready"]));
  });

  it("an expired token string: the session alert and an error event, never `ready`", async () => {
    const expired = makeWidgetToken({ exp: Math.floor(Date.now() / 1000) - 60 });
    const events: CredentialFormEvent[] = [];
    renderForm({ token: expired, onEvent: (e) => events.push(e) });
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(/session has expired/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.map((e) => e.type)).toEqual(["error"]);
    expect(JSON.stringify(events)).not.toContain(expired);
  });
});
