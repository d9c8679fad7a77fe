import { createMockApi, sandboxTemplate } from "@credential-form/test-utils";
import { axeViolations } from "@credential-form/test-utils/browser";
import { waitFor } from "@testing-library/dom";
import type { Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { CredentialForm } from "../CredentialForm.js";
import { rootPerTest } from "../test/browserRoot.js";
import { OAUTH_MESSAGE_TYPE } from "./oauthMessage.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
let container: HTMLDivElement;
let root: Root;
rootPerTest((mounted) => ({ container, root } = mounted));
let api: ReturnType<typeof createMockApi>;
const popups: Window[] = [];

beforeEach(() => {
  api = createMockApi();
});
afterEach(() => {
  for (const popup of popups.splice(0)) popup.close();
});

const sandboxFetch: typeof fetch = (input, init) => api.sandbox.handle(new Request(input, init));

async function renderHubSpot() {
  const minted = await sandboxFetch(`${api.baseUrl}/api/v1/account/applications/scoped-token`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${await api.sandbox.operatorToken()}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({ workspace_name: "browser-user" }),
  });
  const { token } = (await minted.json()) as { token: string };
  root.render(
    <CredentialForm
      token={token}
      flavour="agent-api"
      baseUrl={api.baseUrl}
      registryUrl={api.registryUrl}
      fetch={sandboxFetch}
      template={{ id: HUBSPOT.id }}
    />,
  );
  return waitFor(
    () => {
      const button = [...container.querySelectorAll("button")].find(
        (b) => b.textContent === "Connect with HubSpot",
      );
      if (!button) throw new Error("no Connect button yet");
      return button;
    },
    { timeout: 10_000 },
  );
}

describe("the OAuth button in real Chromium", () => {
  it("is keyboard-operable, opens a real popup from the key press, ignores foreign messages and is axe-clean", async () => {
    const connect = await renderHubSpot();
    expect(await axeViolations(container)).toEqual([]);
    const realOpen = window.open.bind(window);
    let popup: Window | null = null;
    window.open = (...args) => {
      popup = realOpen(...args);
      if (popup) popups.push(popup);
      return popup;
    };
    try {
      connect.focus();
      await userEvent.keyboard("{Enter}");
      await waitFor(() => expect(container.textContent).toContain("Waiting for you to finish"), {
        timeout: 5000,
      });
    } finally {
      window.open = realOpen;
    }
    expect(popup).not.toBeNull();
    // A message with a wrong state changes nothing.
    window.postMessage(
      { type: OAUTH_MESSAGE_TYPE, state: "not-ours", secretId: "forged", error: null },
      window.location.origin,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(container.textContent).toContain("Waiting for you to finish");
    expect(container.textContent).not.toContain("Connected ✓");
    expect(await axeViolations(container)).toEqual([]);
  });
});
