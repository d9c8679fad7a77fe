import type { JSONSchema } from "@credential-form/core";
import { getSource, makeWidgetToken } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";
import type { Root } from "react-dom/client";
import { beforeEach, describe, expect, it } from "vitest";
import { CredentialForm } from "../../CredentialForm.js";
import { rootPerTest } from "../../test/browserRoot.js";
import { SourceTemplatePicker } from "../../widget/SourceTemplatePicker.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const REGISTRY_URL = "https://registry.airbyte.test/cloud_registry.json";
const API_BASE = "https://api.airbyte.test";
const hellobaton = getSource("airbyte/source-hellobaton");

/** Every payload calls `window.__xss(label)` if it ever runs. */
const PAYLOADS = [
  `<img src=x onerror="__xss('img')">`,
  `<script>__xss('script')</script>`,
  `<svg onload="__xss('svg')"><animate onbegin="__xss('animate')" attributeName=x dur=1s>`,
  `"><img src=x onerror=__xss('attr-break')>`,
  `[click me](javascript:__xss('md-link'))`,
  `![pic](javascript:__xss('md-image'))`,
  `[nested [inner](javascript:__xss('md-nested'))](https://ok.test)`,
  `<a href="javascript:__xss('a')">link</a>`,
  `<iframe srcdoc="<script>parent.__xss('iframe')</script>"></iframe>`,
  `[data](data:text/html,<script>__xss('data-url')</script>)`,
  `<style>@import 'javascript:__xss(1)'</style><div style="background:url(javascript:__xss('css'))">`,
  `&lt;img src=x onerror=__xss('entity')&gt;`,
];
/** Template icons as an attacker would set them. */
const ICONS = [
  `javascript:__xss('icon-js')`,
  `<svg xmlns="http://www.w3.org/2000/svg" onload="__xss('icon-svg')"><script>__xss('icon-svg-script')</script></svg>`,
  `data:text/html,<script>__xss('icon-html')</script>`,
  `https://icons.test/a.svg" onerror="__xss('icon-quote')`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__xss('icon-data-svg')"/>`,
];

/** A spec putting `p` in every text slot the form renders. */
function hostileSpec(p: string): JSONSchema {
  return {
    type: "object",
    title: p,
    description: p,
    groups: [{ id: "g", title: p }],
    required: ["text", "secret", "choice", "auth", "list"],
    properties: {
      text: { type: "string", title: p, description: p, examples: [p], pattern_descriptor: p, group: "g" },
      secret: { type: "string", title: p, description: p, airbyte_secret: true },
      choice: { type: "string", title: p, description: p, enum: [p, "plain"] },
      auth: {
        type: "object",
        title: p,
        description: p,
        oneOf: [
          {
            title: p,
            description: p,
            required: ["auth_type", "key"],
            properties: {
              auth_type: { type: "string", const: "one" },
              key: { type: "string", title: p, description: p, examples: [p] },
            },
          },
          { title: `${p} two`, properties: { auth_type: { type: "string", const: "two" } } },
        ],
      },
      list: { type: "array", title: p, description: p, items: { type: "string", title: p } },
      flag: { type: "boolean", title: p, description: p },
    },
  };
}

const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "srcdoc", "data", "poster"];

/** What the payloads managed to inject under `root`: event handler attributes, scripting elements, script URLs. */
function injected(root: Element): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (["script", "iframe", "object", "embed", "style", "frame", "base", "meta", "link"].includes(tag))
      found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${tag}[${name}]`);
      if (name === "style" && /url\(|expression/i.test(attribute.value)) found.push(`${tag}[style]`);
      if (URL_ATTRIBUTES.includes(name) && !/^(https?:|#|data:image\/)/i.test(attribute.value.trim()))
        found.push(`${tag}[${name}=${attribute.value.slice(0, 40)}]`);
    }
  }
  return found;
}

let container: HTMLDivElement;
let root: Root;
rootPerTest((mounted) => ({ container, root } = mounted));
let ran: string[];
beforeEach(() => {
  ran = [];
  (window as unknown as { __xss: (label: string) => void }).__xss = (label) => ran.push(label);
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });

/** Serves the registry (hellobaton) and a template list (at either API's path); everything else is a 404. */
const fakeFetch =
  (templates: unknown[] = []): typeof fetch =>
  async (input) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    if (url.href === REGISTRY_URL) return json({ sources: [hellobaton], destinations: [] });
    // The current API (the default flavour) and the older generations list templates at different paths.
    if (
      ["/api/v1/integrations/templates/sources", "/api/v1/embedded/source-templates"].includes(url.pathname)
    )
      return json({ data: templates });
    return new Response("not found", { status: 404 });
  };

/** Lets images fail to load, SVG animations begin and queued handlers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("XSS payloads in every text slot of a spec", () => {
  it.each(PAYLOADS)("%s runs nothing and injects nothing", async (payload) => {
    root.render(
      <CredentialForm
        token={makeWidgetToken()}
        template={{
          id: "tpl-xss",
          sourceDefinitionId: hellobaton.sourceDefinitionId,
          userConfigSpec: hostileSpec(payload),
          name: payload,
        }}
        baseUrl={API_BASE}
        registryUrl={REGISTRY_URL}
        fetch={fakeFetch()}
      />,
    );
    const form = await waitFor(
      () => {
        const alert = container.querySelector('[role="alert"]');
        if (alert) throw new Error(`alert: ${alert.textContent}`);
        const found = container.querySelector("form");
        if (!found) throw new Error("not ready");
        return found;
      },
      { timeout: 10_000 },
    );
    // Open the second oneOf option too, and submit empty so every error message renders.
    const selector = form.querySelector<HTMLSelectElement>("select[id*='auth']");
    if (selector && selector.options.length > 1) {
      selector.selectedIndex = selector.options.length - 1;
      selector.dispatchEvent(new Event("change", { bubbles: true }));
    }
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    // The payload is shown as text in several slots (so the test looks where it would run); markup the
    // markdown renderer understands (an <a> of HTML) may show as its text only.
    expect(container.textContent?.split("__xss").length ?? 0).toBeGreaterThan(3);
    expect(ran).toEqual([]);
    expect(injected(container)).toEqual([]);
  });
});

describe("XSS payloads in template names and icons", () => {
  it("the picker shows hostile names as text and hostile icons never as script", async () => {
    const templates = [
      ...PAYLOADS.map((name, i) => ({ id: `n${i}`, name, icon: null })),
      ...ICONS.map((icon, i) => ({ id: `i${i}`, name: `Icon ${i}`, icon })),
    ];
    root.render(
      <SourceTemplatePicker
        token={makeWidgetToken()}
        baseUrl={API_BASE}
        fetch={fakeFetch(templates)}
        onSelect={() => {}}
      />,
    );
    await waitFor(
      () => {
        if (container.querySelectorAll("li button, [role=list] button").length < templates.length)
          throw new Error("not listed");
      },
      { timeout: 10_000 },
    );
    await settle();
    expect(ran).toEqual([]);
    expect(injected(container)).toEqual([]);
    for (const name of PAYLOADS) expect(container.textContent).toContain(name);
  });
});
