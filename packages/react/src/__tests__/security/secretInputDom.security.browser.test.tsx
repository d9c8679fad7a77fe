import { flavours, type JSONSchema } from "@credential-form/core";
import { getSource, makeWidgetToken } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";
import type { Root } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { CredentialForm } from "../../CredentialForm.js";
import { rootPerTest } from "../../test/browserRoot.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const REGISTRY_URL = "https://registry.airbyte.test/cloud_registry.json";
const API_BASE = "https://api.airbyte.test";
const CREATE_PATH = flavours["partial-user-configs"].path;
const hellobaton = getSource("airbyte/source-hellobaton");
const SECRET = "sk-chromium-typed-9f3c";
const PEM = "pem-chromium-multiline-77d1";

const SPEC: JSONSchema = {
  type: "object",
  required: ["api_key", "private_key"],
  properties: {
    api_key: { type: "string", title: "API Key", airbyte_secret: true },
    private_key: { type: "string", title: "Private Key", airbyte_secret: true, multiline: true },
  },
};

/** Where the secret shows in the DOM as markup: attributes (value included), text nodes, serialised HTML. */
function domCopies(secret: string): string[] {
  const found: string[] = [];
  if (document.documentElement.outerHTML.includes(secret)) found.push("outerHTML");
  for (const element of document.querySelectorAll("*"))
    for (const attribute of element.attributes)
      if (attribute.value.includes(secret)) found.push(`${element.tagName}[${attribute.name}]`);
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue?.includes(secret)) found.push(`text in ${node.parentElement?.tagName}`);
  return found;
}

let container: HTMLDivElement;
let root: Root;
rootPerTest((mounted) => ({ container, root } = mounted));

describe("a typed secret in real Chromium", () => {
  it("is in no value attribute, text node or outerHTML: typed, revealed, blurred, submitted", async () => {
    const creates: unknown[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      const headers = { "content-type": "application/json" };
      if (url === REGISTRY_URL)
        return new Response(JSON.stringify({ sources: [hellobaton], destinations: [] }), { headers });
      if (url === `${API_BASE}${CREATE_PATH}`) {
        creates.push(JSON.parse(String(init?.body)));
        return new Response(JSON.stringify({ id: "puc-1" }), { status: 201, headers });
      }
      return new Response("not found", { status: 404 });
    };
    root.render(
      <CredentialForm
        token={makeWidgetToken()}
        template={{
          id: "tpl-dom",
          sourceDefinitionId: hellobaton.sourceDefinitionId,
          userConfigSpec: SPEC,
          partialDefaultConfig: { company: "acme" },
        }}
        baseUrl={API_BASE}
        registryUrl={REGISTRY_URL}
        fetch={fetch}
        // The fake API above speaks this generation; the default (agent-api) would check first at another path.
        flavour="partial-user-configs"
      />,
    );
    const input = await waitFor(
      () => {
        const found = container.querySelector<HTMLInputElement>('input[id$="api_key"]');
        if (!found) throw new Error("not ready");
        return found;
      },
      { timeout: 10_000 },
    );
    const textarea = container.querySelector<HTMLTextAreaElement>('textarea[id$="private_key"]');
    expect(textarea).not.toBeNull();
    await userEvent.type(input, SECRET);
    await userEvent.type(textarea as HTMLTextAreaElement, PEM);
    (textarea as HTMLTextAreaElement).blur();
    expect(input.value).toBe(SECRET);
    expect(textarea?.value).toBe(PEM);
    expect([...domCopies(SECRET), ...domCopies(PEM)]).toEqual([]);
    // Revealed (type=text), then hidden again: each a re-render of the secret inputs.
    for (const pressed of ["true", "false"]) {
      for (const toggle of container.querySelectorAll<HTMLButtonElement>(".cf-secret-toggle")) toggle.click();
      await waitFor(() =>
        expect(container.querySelector(".cf-secret-toggle")).toHaveAttribute("aria-pressed", pressed),
      );
      expect(input.value).toBe(SECRET);
      expect([...domCopies(SECRET), ...domCopies(PEM)]).toEqual([]);
    }
    container.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitFor(() => expect(creates).toHaveLength(1), { timeout: 5000 });
    expect(JSON.stringify(creates)).toContain(SECRET);
    expect([...domCopies(SECRET), ...domCopies(PEM)]).toEqual([]);
  });
});
