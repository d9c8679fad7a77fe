import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CredentialFormEvent } from "../events.js";
import { mockServer } from "../test/mockServer.js";
import { queryField, renderForm, waitForForm } from "../test/renderForm.js";

mockServer();

// First in its file on purpose: the OAuth code is then not loaded yet when the spec arrives.
describe("an OAuth connector's form", () => {
  it("shows, and reports ready, only with its OAuth part: never the server-filled fields first", async () => {
    const connectShownAtReady: boolean[] = [];
    renderForm({
      connector: "airbyte/source-github",
      onEvent: (event: CredentialFormEvent) => {
        if (event.type === "ready")
          connectShownAtReady.push(screen.queryByRole("button", { name: "Connect with GitHub" }) !== null);
      },
    });
    await waitForForm();
    // Synchronously, in the same commit as the Submit button.
    expect(screen.getByRole("button", { name: "Connect with GitHub" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^More options for Authentication/ })).toBeNull();
    expect(queryField("Client Id")).toBeNull();
    expect(connectShownAtReady).toEqual([true]);
  });
});
