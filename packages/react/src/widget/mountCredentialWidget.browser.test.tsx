import { createMockApi, sandboxTemplate } from "@credential-form/test-utils";
import { axeViolations } from "@credential-form/test-utils/browser";
import { configure, findByRole, waitFor } from "@testing-library/dom";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { type CredentialWidgetHandle, mountCredentialWidget } from "./mountCredentialWidget.js";
import type { CredentialWidgetEvent } from "./widgetEvents.js";

// A plain page: the test never renders React itself, only the vanilla API does.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
// The machine running the suite may be busy: wait longer than Testing Library's 1 s default before failing.
configure({ asyncUtilTimeout: 10_000 });

const HELLOBATON = sandboxTemplate("airbyte/source-hellobaton");
const SECRET = "hb-browser-secret-55120";

function dialogElement(): HTMLElement {
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error("no dialog");
  return dialog;
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe("mountCredentialWidget in Chromium", () => {
  it("axe sees a violation when there is one (so the zeros below mean something)", async () => {
    const probe = document.createElement("div");
    probe.innerHTML = '<div role="dialog" aria-modal="true"><input type="search"><button></button></div>';
    document.body.appendChild(probe);
    const ids = (await axe.run(probe, { resultTypes: ["violations"] })).violations.map((v) => v.id);
    probe.remove();
    expect(ids).toEqual(expect.arrayContaining(["label", "button-name", "aria-dialog-name"]));
  });

  it("opens from a plain button, picks a template, creates a source in the sandbox; axe clean at every step", async () => {
    const api = createMockApi({ baseUrl: "https://api.widget-browser.test" });
    const token = await api.widgetToken();
    const requests: string[] = [];
    const sandboxFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return api.sandbox.handle(request);
    };
    const events: CredentialWidgetEvent[] = [];
    const opener = document.createElement("button");
    opener.type = "button";
    opener.textContent = "Connect your data";
    document.body.appendChild(opener);
    const widget: CredentialWidgetHandle = mountCredentialWidget(document.body, {
      token,
      baseUrl: api.baseUrl,
      registryUrl: api.registryUrl,
      fetch: sandboxFetch,
      onEvent: (event) => events.push(event),
    });
    opener.addEventListener("click", () => widget.open());
    cleanup = () => {
      widget.destroy();
      opener.remove();
    };
    expect(document.querySelector('[role="dialog"]')).toBeNull();

    // Step 1: the picker.
    await userEvent.click(opener);
    const list = await findByRole(document.body, "list", { name: "Sources" }, { timeout: 10_000 });
    const dialog = dialogElement();
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.getElementById(dialog.getAttribute("aria-labelledby") ?? "")?.textContent).toBe(
      "Connect a source",
    );
    const search = await findByRole(dialog, "searchbox", { name: "Search sources" });
    expect(document.activeElement).toBe(search);
    expect(list.querySelectorAll("button").length).toBe(7);
    expect(await axeViolations(document)).toEqual([]);

    // Keyboard: filter, arrow into the list, Enter.
    await userEvent.keyboard("hello");
    await waitFor(() => expect(list.querySelectorAll("button").length).toBe(1));
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement?.textContent).toBe("Hellobaton");
    await userEvent.keyboard("{Enter}");

    // Step 2: the form.
    await findByRole(dialog, "button", { name: "Submit" }, { timeout: 15_000 });
    expect(document.getElementById(dialog.getAttribute("aria-labelledby") ?? "")?.textContent).toBe(
      "Connect Hellobaton",
    );
    const apiKey = dialog.querySelector<HTMLInputElement>('input[id$="_api_key"]');
    const company = dialog.querySelector<HTMLInputElement>('input[id$="_company"]');
    if (!apiKey || !company) throw new Error("Hellobaton fields not found");
    await userEvent.fill(apiKey, SECRET);
    await userEvent.fill(company, "acme");
    expect(await axeViolations(document)).toEqual([]);
    // Real Tab presses never leave the dialog.
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard(i % 3 === 2 ? "{Shift>}{Tab}{/Shift}" : "{Tab}");
      expect(dialog.contains(document.activeElement)).toBe(true);
    }

    // Step 3: success.
    await userEvent.click(await findByRole(dialog, "button", { name: "Submit" }));
    await findByRole(dialog, "heading", { name: "Source connected" }, { timeout: 15_000 });
    expect(dialog.textContent).toContain("Your Hellobaton source has been created.");
    expect(await axeViolations(document)).toEqual([]);

    const stored = await api.sources();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source_template_id).toBe(HELLOBATON.id);
    expect(stored[0]?.configuration).toEqual({ api_key: SECRET, company: "acme" });
    expect(requests).toContain("POST /api/v1/embedded/partial_user_configs/");
    expect(events).toContainEqual({
      type: "end_user_action_result",
      message: "partial_user_config_created",
      data: expect.objectContaining({ id: stored[0]?.id }),
    });

    // Escape closes, focus goes back to the host's button, and no event carried the secret.
    await userEvent.keyboard("{Escape}");
    // Closed, the dialog stays mounted but hidden (a reopened, unfinished flow keeps its input).
    await waitFor(() => expect(dialog.checkVisibility()).toBe(false));
    expect(document.activeElement).toBe(opener);
    expect(events.at(-1)).toEqual({ type: "close", reason: "escape" });
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(document.body.innerHTML).not.toContain(SECRET);
  });
});
