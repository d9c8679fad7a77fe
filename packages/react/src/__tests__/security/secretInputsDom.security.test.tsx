import { fireEvent, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockServer } from "../../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../../test/renderForm.js";

mockServer();

/** Every attribute value and text node under `root` that holds `secret`. */
function domCopies(root: Element, secret: string): string[] {
  const found: string[] = [];
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of element.attributes) {
      if (attribute.value.includes(secret)) found.push(`${element.tagName}[${attribute.name}]`);
    }
  }
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes(secret)) found.push(`text in ${node.parentElement?.tagName}`);
  }
  return found;
}

describe("secret inputs keep the secret out of DOM attributes and text nodes", () => {
  it("the secret input holds what was typed as its value property only, after blur and re-render", async () => {
    const secret = "key-very-secret-4711";
    const user = userEvent.setup();
    const { container } = renderForm({ connector: "airbyte/source-hellobaton" });
    await waitForForm();
    const input = field("API Key");
    await user.type(input, secret);
    fireEvent.blur(input);
    expect(input).toHaveValue(secret);
    await user.click(screen.getByRole("button", { name: /show/i }));
    expect(input).toHaveValue(secret);
    expect(domCopies(container, secret)).toEqual([]);
    await user.type(field("company"), "acme{Enter}");
    await waitForSuccess();
    expect(domCopies(document.body, secret)).toEqual([]);
  });

  it("a value the form sets from outside (initial values) reaches the input without an attribute", async () => {
    const secret = "initial-secret-0815";
    const { container } = renderForm({
      connector: "airbyte/source-hellobaton",
      initialValues: { api_key: secret },
    });
    await waitForForm();
    expect(field("API Key")).toHaveValue(secret);
    expect(domCopies(container, secret)).toEqual([]);
  });
});
