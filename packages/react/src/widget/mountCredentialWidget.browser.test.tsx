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

function inertElements(): Element[] {
  return [...document.querySelectorAll("[inert]")];
}

function hostButton(name: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = name;
  document.body.appendChild(button);
  return button;
}

/** A widget on the sandbox, appended to the page in its own container, as a host would do it. */
async function mountOnSandbox(): Promise<{ widget: CredentialWidgetHandle; container: HTMLElement }> {
  const api = createMockApi({ baseUrl: "https://api.widget-browser.test" });
  const widget = mountCredentialWidget(document.body, {
    token: await api.widgetToken(),
    baseUrl: api.baseUrl,
    registryUrl: api.registryUrl,
    fetch: async (input, init) => api.sandbox.handle(new Request(input, init)),
  });
  const containers = document.querySelectorAll<HTMLElement>("[data-credential-widget]");
  const container = containers[containers.length - 1];
  if (!container) throw new Error("no widget container");
  return { widget, container };
}

/**
 * The dialog once shown and settled: the widget first asks the sandbox for the user's connections (a fresh sandbox
 * has none), then shows the picker, moves focus to its search box and lists the templates. Interacting before
 * that races the swap.
 */
async function shownDialog(container: HTMLElement): Promise<HTMLElement> {
  const dialog = await findByRole(container, "dialog", { name: "Connect a source" });
  await waitFor(() => expect(dialog.checkVisibility()).toBe(true));
  await waitFor(
    () => {
      expect(document.activeElement?.closest(".cf-picker-search")).not.toBeNull();
      expect(dialog.querySelector(".cf-picker-option")).not.toBeNull();
    },
    { timeout: 10_000 },
  );
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
    expect(requests).toContain("POST /api/v1/integrations/connectors/check");
    expect(requests).toContain("POST /api/v1/integrations/connectors");
    expect(events).toContainEqual({
      type: "end_user_action_result",
      message: "source_created",
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

  it("makes the host page inert while open: a host button stacked above the backdrop gets no click", async () => {
    const opener = hostButton("Connect your data");
    // Chat launchers and cookie banners sit at the highest z-index, above the backdrop: only `inert` stops the pointer.
    const launcher = hostButton("Chat with us");
    launcher.style.cssText = "position: fixed; bottom: 0; right: 0; z-index: 2147483647";
    let clicks = 0;
    launcher.addEventListener("click", () => clicks++);
    const alreadyInert = document.body.appendChild(document.createElement("aside"));
    alreadyInert.inert = true;
    const { widget, container } = await mountOnSandbox();
    opener.addEventListener("click", () => widget.open());
    cleanup = () => {
      widget.destroy();
      for (const element of [opener, launcher, alreadyInert]) element.remove();
    };
    // The same click reaches the launcher while nothing is open (so the 1 below means something).
    await userEvent.click(launcher);
    expect(clicks).toBe(1);
    const before = inertElements();

    await userEvent.click(opener);
    const dialog = await shownDialog(container);
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(dialog.closest("[inert]")).toBeNull();
    expect([opener.inert, launcher.inert, alreadyInert.inert]).toEqual([true, true, true]);
    // A real pointer click where the launcher is. Aimed through the backdrop under it, as Playwright cannot locate an
    // inert element; forced, as it would otherwise wait for the launcher to stop covering that point.
    const { left, top, width, height } = launcher.getBoundingClientRect();
    const backdrop = dialog.parentElement;
    if (!backdrop) throw new Error("no backdrop");
    await userEvent.click(backdrop, { force: true, position: { x: left + width / 2, y: top + height / 2 } });
    expect(clicks).toBe(1);
    expect(dialog.contains(document.activeElement)).toBe(true);

    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(dialog.checkVisibility()).toBe(false));
    expect(document.activeElement).toBe(opener);
    expect(inertElements()).toEqual(before);
    expect(alreadyInert.inert).toBe(true);
    await userEvent.click(launcher);
    expect(clicks).toBe(2);
  });

  it.each(["second", "first"] as const)(
    "two widgets: the second opens over the first, and closing the %s first restores the page",
    async (closedFirst) => {
      const opener = hostButton("Connect your data");
      const one = await mountOnSandbox();
      const two = await mountOnSandbox();
      opener.addEventListener("click", () => one.widget.open());
      cleanup = () => {
        one.widget.destroy();
        two.widget.destroy();
        opener.remove();
      };
      const before = inertElements();

      await userEvent.click(opener);
      const first = await shownDialog(one.container);
      // The second widget's container (closed, mounted) is made inert by the first...
      expect([opener.inert, one.container.inert, two.container.inert]).toEqual([true, false, true]);
      const firstSearch = document.activeElement;
      expect(first.contains(firstSearch)).toBe(true);

      // ...yet opening it moves focus in: it is the modal one now, and the first is out of reach.
      two.widget.open();
      const second = await shownDialog(two.container);
      await waitFor(() => expect(second.contains(document.activeElement)).toBe(true));
      expect([opener.inert, one.container.inert, two.container.inert]).toEqual([true, true, false]);
      for (let i = 0; i < 6; i++) {
        await userEvent.keyboard(i % 3 === 2 ? "{Shift>}{Tab}{/Shift}" : "{Tab}");
        expect(second.contains(document.activeElement)).toBe(true);
      }

      if (closedFirst === "second") {
        await userEvent.keyboard("{Escape}");
        await waitFor(() => expect(second.checkVisibility()).toBe(false));
        expect(document.activeElement).toBe(firstSearch);
        expect([opener.inert, one.container.inert, two.container.inert]).toEqual([true, false, true]);
        await userEvent.keyboard("{Escape}");
        await waitFor(() => expect(first.checkVisibility()).toBe(false));
        expect(document.activeElement).toBe(opener);
      } else {
        one.widget.close();
        await waitFor(() => expect(first.checkVisibility()).toBe(false));
        expect(second.contains(document.activeElement)).toBe(true);
        expect([opener.inert, one.container.inert, two.container.inert]).toEqual([true, true, false]);
        await userEvent.keyboard("{Escape}");
        await waitFor(() => expect(second.checkVisibility()).toBe(false));
      }
      expect(inertElements()).toEqual(before);
      expect(document.body.style.overflow).toBe("");
    },
  );
});
