// The dialog rendered inside an open shadow root (a host page that embeds the widget in a web component): focus
// moves in, Tab cycles inside, the rest of the page (inside and outside the shadow root) is inert, and focus returns
// to the opener on close. Real keys in Chromium: the document only sees the shadow host as focused.
import { waitFor } from "@testing-library/dom";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { Dialog } from "./Dialog.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function Harness({ container }: { container: Element }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <Dialog
        open={open}
        onRequestClose={() => setOpen(false)}
        title="Connect a source"
        closeLabel="Close"
        container={container}
      >
        <input aria-label="First" data-autofocus />
        <button type="button">Middle</button>
      </Dialog>
    </>
  );
}

/** The focused element, looked up through the shadow root (what the user sees focused). */
function focused(shadow: ShadowRoot): Element | null {
  return document.activeElement === shadow.host ? shadow.activeElement : document.activeElement;
}

describe("Dialog in a shadow root, in Chromium", () => {
  it("traps focus, makes the rest of the page inert and gives focus back to the opener", async () => {
    const outside = document.body.appendChild(document.createElement("button"));
    outside.textContent = "Outside the component";
    const host = document.body.appendChild(document.createElement("div"));
    const shadow = host.attachShadow({ mode: "open" });
    const app = shadow.appendChild(document.createElement("div"));
    const portal = shadow.appendChild(document.createElement("div"));
    const root = createRoot(app);
    cleanups.push(() => {
      root.unmount();
      host.remove();
      outside.remove();
    });
    root.render(<Harness container={portal} />);
    const opener = await waitFor(() => {
      const button = shadow.querySelector("button");
      if (!button) throw new Error("not rendered yet");
      return button;
    });

    await userEvent.click(opener);
    const first = await waitFor(() => {
      const input = shadow.querySelector<HTMLInputElement>('input[aria-label="First"]');
      if (!input || focused(shadow) !== input) throw new Error("focus not in the dialog yet");
      return input;
    });
    // Inert: the opener's tree in the shadow root, and the page outside the shadow host.
    expect([app.inert, outside.inert, host.inert, portal.inert]).toEqual([true, true, false, false]);

    // Tab and Shift+Tab cycle inside the dialog: First → Middle → Close → First, and back.
    const names = async (keys: string[]) => {
      const seen: string[] = [];
      for (const key of keys) {
        await userEvent.keyboard(key);
        const element = focused(shadow);
        seen.push(element?.getAttribute("aria-label") ?? element?.textContent ?? String(element));
      }
      return seen;
    };
    await expect(names(["{Tab}", "{Tab}", "{Tab}"])).resolves.toEqual(["Middle", "Close", "First"]);
    await expect(names(["{Shift>}{Tab}{/Shift}"])).resolves.toEqual(["Close"]);
    expect(shadow.querySelector('[role="dialog"]')?.contains(focused(shadow))).toBe(true);
    expect(first.isConnected).toBe(true);

    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(focused(shadow)).toBe(opener));
    expect([app.inert, outside.inert]).toEqual([false, false]);
  });
});
