import { sandboxTemplate } from "@credential-form/test-utils";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { CredentialForm } from "../CredentialForm.js";
import type { CredentialFormEvent } from "../events.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

// The OAuth code is a chunk loaded on demand; on a real network it arrives after the spec. Delay it here so the
// form has the spec first, as in a browser.
vi.mock("../oauth/createOAuthController.js", async (importOriginal) => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  return importOriginal();
});

const mock = sandboxApiServer();

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");

describe("<CredentialForm> OAuth: no flash of the OAuth fields", () => {
  it("is not ready, and never shows the token fields, until the OAuth code has loaded", async () => {
    const seen: string[] = [];
    const statuses: string[] = [];
    const events: CredentialFormEvent[] = [];
    const observer = new MutationObserver(() => {
      const status = document.querySelector(".cf-root")?.getAttribute("data-status") ?? "";
      if (statuses.at(-1) !== status) statuses.push(status);
      for (const input of document.querySelectorAll("input")) {
        if (/refresh_token|client_secret/.test(input.id) && input.type !== "hidden") seen.push(input.id);
      }
      if (status === "ready" && !screen.queryByRole("button", { name: "Connect with HubSpot" })) {
        seen.push("ready without the Connect button");
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    try {
      render(
        <CredentialForm
          token={await mock.api.widgetToken()}
          baseUrl={mock.api.baseUrl}
          registryUrl={mock.api.registryUrl}
          template={{ id: HUBSPOT.id }}
          onEvent={(e) => {
            events.push(e);
            if (e.type === "ready" && !screen.queryByRole("button", { name: "Connect with HubSpot" })) {
              seen.push("ready event before the Connect button");
            }
          }}
        />,
      );
      await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
    } finally {
      observer.disconnect();
    }
    // The ready event is emitted from an effect, which may run just after the commit that shows the button.
    await vi.waitFor(() => expect(events.filter((e) => e.type === "ready")).toHaveLength(1));
    // The ready event waits for the OAuth part too (checked in onEvent above).
    expect(seen).toEqual([]);
    expect(statuses).toEqual(["loading", "ready"]);
  });
});
