import { render, screen } from "@testing-library/react";
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
    const outside = screen.getAllByRole("button", { hidden: true }).find((b) => b.textContent === "Before");
    outside?.focus();
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
});
