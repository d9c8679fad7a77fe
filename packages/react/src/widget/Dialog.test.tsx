import { cleanup, render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Dialog, type DialogCloseReason } from "./Dialog.js";

function Host({ onRequestClose }: { onRequestClose?: (reason: DialogCloseReason) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button">Before</button>
      <button type="button" onClick={() => setOpen(true)}>
        Connect data
      </button>
      <Dialog
        open={open}
        title="Connect a source"
        closeLabel="Close"
        onRequestClose={(reason) => {
          onRequestClose?.(reason);
          setOpen(false);
        }}
      >
        <label>
          Search <input data-autofocus="" />
        </label>
        <button type="button" disabled>
          Disabled
        </button>
        <button type="button" tabIndex={-1}>
          Not tabbable
        </button>
        <a href="#docs">Docs</a>
      </Dialog>
    </>
  );
}

/** A dialog with one input, rendered into `container` (its portal target), open or closed. */
function dialogIn(container: Element, open: boolean) {
  return (
    <Dialog
      open={open}
      title="Connect a source"
      closeLabel="Close"
      onRequestClose={() => {}}
      container={container}
    >
      <input aria-label="Search" />
    </Dialog>
  );
}

async function openDialog(onRequestClose?: (reason: DialogCloseReason) => void) {
  const user = userEvent.setup();
  render(<Host {...(onRequestClose ? { onRequestClose } : {})} />);
  const opener = screen.getByRole("button", { name: "Connect data" });
  expect(screen.queryByRole("dialog")).toBeNull();
  await user.click(opener);
  return { user, opener, dialog: screen.getByRole("dialog") };
}

describe("Dialog", () => {
  it("is a labelled modal dialog that takes focus on open (and is hidden, not shown, when closed)", async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(dialog).toHaveAccessibleName("Connect a source");
    const titleId = dialog.getAttribute("aria-labelledby") ?? "";
    expect(document.getElementById(titleId)).toHaveTextContent("Connect a source");
    expect(document.getElementById(titleId)?.tagName).toBe("H2");
    expect(screen.getByRole("textbox", { name: "Search" })).toHaveFocus();
    // Rendered at the end of <body> (portal), out of the host's stacking context.
    expect(dialog.closest(".cf-widget-backdrop")?.parentElement).toBe(document.body);
  });

  it("traps focus: Tab and Shift+Tab cycle through the dialog's tabbable elements only", async () => {
    const { user } = await openDialog();
    const search = screen.getByRole("textbox", { name: "Search" });
    const close = screen.getByRole("button", { name: "Close" });
    const docs = screen.getByRole("link", { name: "Docs" });
    // Order: the close button (header), the search, the link; disabled and tabindex=-1 are skipped.
    await user.tab();
    expect(docs).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab();
    expect(search).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(docs).toHaveFocus();
    for (let i = 0; i < 7; i++) {
      await user.tab();
      expect(screen.getByRole("dialog").contains(document.activeElement)).toBe(true);
    }
  });

  it("pulls focus back when something outside takes it", async () => {
    await openDialog();
    // getByRole throws when the element is missing; the focus listener proves it really took focus (jsdom lets an
    // inert element take it, so this exercises the dialog's focusin guard rather than the browser's inert).
    const outside = screen.getByRole("button", { name: "Before", hidden: true });
    let tookFocus = false;
    outside.addEventListener("focus", () => {
      tookFocus = true;
    });
    outside.focus();
    expect(tookFocus).toBe(true);
    expect(outside).not.toHaveFocus();
    expect(screen.getByRole("dialog").contains(document.activeElement)).toBe(true);
  });

  it("Escape asks to close with reason escape, and focus returns to the opener", async () => {
    const onRequestClose = vi.fn();
    const { user, opener } = await openDialog(onRequestClose);
    await user.keyboard("{Escape}");
    expect(onRequestClose).toHaveBeenCalledWith("escape");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(opener).toHaveFocus();
    expect(document.body.style.overflow).toBe("");
  });

  it("the close button asks to close with reason close_button, and focus returns to the opener", async () => {
    const onRequestClose = vi.fn();
    const { user, opener } = await openDialog(onRequestClose);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(onRequestClose).toHaveBeenCalledWith("close_button");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(opener).toHaveFocus();
    // Reopening works again and restores focus again.
    await user.click(opener);
    expect(screen.getByRole("textbox", { name: "Search" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(opener).toHaveFocus();
  });

  it("makes the page behind it inert while open, and on close restores exactly the previous state", async () => {
    const banner = document.body.appendChild(document.createElement("aside"));
    banner.setAttribute("inert", ""); // the host's own, already inert
    const footer = document.body.appendChild(document.createElement("footer"));
    try {
      const before = inertElements();
      const { user, opener, dialog } = await openDialog();
      const page = opener.parentElement;
      expect(page?.parentElement).toBe(document.body);
      expect(inertElements()).toEqual([banner, footer, page]);
      expect(dialog.closest("[inert]")).toBeNull();
      expect(dialog).toHaveAttribute("aria-modal", "true");

      await user.keyboard("{Escape}");
      expect(inertElements()).toEqual(before);
      expect(banner).toHaveAttribute("inert");
      expect(opener).toHaveFocus();
    } finally {
      banner.remove();
      footer.remove();
    }
  });

  it("makes elements the host adds while it is open inert too, and only those it made inert are restored", async () => {
    const main = document.body.appendChild(document.createElement("main"));
    const modals = main.appendChild(document.createElement("div"));
    const added: Element[] = [main];
    const add = <T extends Element>(parent: Node, element: T, before: Node | null = null): T => {
      added.push(element);
      return parent.insertBefore(element, before);
    };
    const inert = (...elements: Element[]) => elements.map((element) => element.hasAttribute("inert"));
    try {
      const dialog = (open: boolean) => dialogIn(modals, open);
      const { rerender } = render(dialog(true));
      const shown = screen.getByRole("dialog");
      // A toast at the page's top level, a banner beside the dialog's container, one the host made inert itself,
      // and an element inside the dialog's own tree (not a sibling of any level: untouched).
      const toast = add(document.body, document.createElement("div"));
      const banner = add(main, document.createElement("aside"), modals);
      const own = document.createElement("nav");
      own.setAttribute("inert", "");
      add(document.body, own);
      const inside = shown.appendChild(document.createElement("p"));
      await Promise.resolve(); // MutationObserver callbacks run as microtasks
      expect(inert(toast, banner, own)).toEqual([true, true, true]);
      expect(inside.closest("[inert]")).toBeNull();

      rerender(dialog(false));
      expect(inert(toast, banner, own)).toEqual([false, false, true]);
      // Closed: nothing added afterwards is touched.
      const later = add(document.body, document.createElement("div"));
      await Promise.resolve();
      expect(inert(later)).toEqual([false]);
    } finally {
      for (const element of added) element.remove();
    }
  });

  it("unmounted while open, it restores the page as well", async () => {
    const { opener } = await openDialog();
    const page = opener.parentElement;
    expect(inertElements()).toEqual([page]);
    cleanup();
    expect(inertElements()).toEqual([]);
    expect(document.body.style.overflow).toBe("");
  });

  it("in a container inside the page, makes the siblings at every level up to <body> inert, not the ancestors", () => {
    const header = document.body.appendChild(document.createElement("header"));
    const main = document.body.appendChild(document.createElement("main"));
    const text = main.appendChild(document.createElement("p"));
    const modals = main.appendChild(document.createElement("div"));
    const other = modals.appendChild(document.createElement("div"));
    try {
      const dialog = (open: boolean) => dialogIn(modals, open);
      const { container, rerender } = render(dialog(true));
      expect(inertElements()).toEqual([header, text, other, container]);
      expect(screen.getByRole("dialog").closest("[inert]")).toBeNull();
      rerender(dialog(false));
      expect(inertElements()).toEqual([]);
    } finally {
      header.remove();
      main.remove();
    }
  });

  it.each([
    ["the first one", "first"],
    ["the second one", "second"],
  ] as const)(
    "stacks: a second dialog opens over the first (hidden, mounted, made inert by it), and closing %s first restores each step",
    (_, closedFirst) => {
      const { container, rerender } = render(<TwoDialogs first={false} second={false} />);
      const [first, second] = screen.getAllByRole("dialog", { hidden: true });
      const [firstBackdrop, secondBackdrop] = [first?.parentElement, second?.parentElement];
      const page = screen.getByRole("button", { name: "Page" });
      page.focus();

      rerender(<TwoDialogs first second={false} />);
      expect(inertElements()).toEqual([container, secondBackdrop]);
      expect(screen.getByRole("textbox", { name: "In first" })).toHaveFocus();

      rerender(<TwoDialogs first second />);
      expect(inertElements()).toEqual([container, firstBackdrop]);
      expect(screen.getByRole("textbox", { name: "In second" })).toHaveFocus();
      expect(document.body.style.overflow).toBe("hidden");

      if (closedFirst === "first") {
        rerender(<TwoDialogs first={false} second />);
        // The second stays the modal one: the page and the (now hidden) first stay inert, focus stays in it.
        expect(inertElements()).toEqual([container, firstBackdrop]);
        expect(second?.contains(document.activeElement)).toBe(true);
        expect(document.body.style.overflow).toBe("hidden");
      } else {
        rerender(<TwoDialogs first second={false} />);
        // Back to the first: it is reachable again, and focus returns to where it was in it.
        expect(inertElements()).toEqual([container, secondBackdrop]);
        expect(screen.getByRole("textbox", { name: "In first" })).toHaveFocus();
      }

      rerender(<TwoDialogs first={false} second={false} />);
      expect(inertElements()).toEqual([]);
      expect(document.body.style.overflow).toBe("");
    },
  );
});

function inertElements(): Element[] {
  return [...document.querySelectorAll("[inert]")];
}

function TwoDialogs({ first, second }: { first: boolean; second: boolean }) {
  return (
    <>
      <button type="button">Page</button>
      <Dialog open={first} title="First" closeLabel="Close" onRequestClose={() => {}}>
        <input aria-label="In first" data-autofocus="" />
      </Dialog>
      <Dialog open={second} title="Second" closeLabel="Close" onRequestClose={() => {}}>
        <input aria-label="In second" data-autofocus="" />
      </Dialog>
    </>
  );
}
