import type { JSONSchema } from "@credential-form/core";
import { getSource, makeWidgetToken } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { CredentialForm } from "../../CredentialForm.js";
import { rootPerTest } from "../../test/browserRoot.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const REGISTRY_URL = "https://registry.airbyte.test/cloud_registry.json";
const API_BASE = "https://api.airbyte.test";
const hellobaton = getSource("airbyte/source-hellobaton");

/**
 * The longest single synchronous step the page may take. Generous on purpose (a loaded 2-core CI machine, React in
 * development mode); what it catches is the seconds-long freezes (exponential patterns, quadratic markdown).
 */
const MAX_STEP_MS = 3000;

/**
 * Measures main-thread blocking as the longest gap between heartbeats posted through a MessageChannel (not clamped
 * like timers): a gap is one synchronous step that held the thread.
 */
function heartbeat() {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(() => channel.port2.postMessage(null), 0);
  };
  channel.port2.postMessage(null);
  return {
    reset: () => {
      longest = 0;
      last = performance.now();
    },
    stop: (): number => {
      running = false;
      longest = Math.max(longest, performance.now() - last);
      channel.port1.close();
      return longest;
    },
  };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
const fakeFetch: typeof fetch = async (input) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (url === REGISTRY_URL) return json({ sources: [hellobaton], destinations: [] });
  return new Response("not found", { status: 404 });
};

let container: HTMLDivElement;
let root: Root;
rootPerTest((mounted) => ({ container, root } = mounted));
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Renders the form over `spec` and waits until it shows (a form, or an alert for a spec it refuses). */
async function show(spec: JSONSchema): Promise<HTMLFormElement | null> {
  root.render(
    <CredentialForm
      token={makeWidgetToken()}
      template={{
        id: "tpl-hostile",
        sourceDefinitionId: hellobaton.sourceDefinitionId,
        userConfigSpec: spec,
      }}
      baseUrl={API_BASE}
      registryUrl={REGISTRY_URL}
      fetch={fakeFetch}
    />,
  );
  return waitFor(
    () => {
      const form = container.querySelector("form");
      if (form) return form;
      if (container.querySelector('[role="alert"]')) return null;
      throw new Error("not ready");
    },
    { timeout: 30_000 },
  );
}

function nested(depth: number): JSONSchema {
  let node: JSONSchema = { type: "string", title: "Leaf" };
  for (let i = 0; i < depth; i++) node = { type: "object", title: `Level ${i}`, properties: { n: node } };
  return node;
}

const EVIL = "^(a+)+$";
const SPECS: Record<string, () => JSONSchema> = {
  "a $ref cycle through definitions and a self-referential allOf": () => ({
    type: "object",
    definitions: {
      node: { type: "object", properties: { next: { $ref: "#/definitions/node" } } },
      loop: { allOf: [{ $ref: "#/definitions/loop" }, { $ref: "#/definitions/loop" }] },
    },
    properties: {
      tree: { $ref: "#/definitions/node" },
      loop: { $ref: "#/definitions/loop" },
      self: { $ref: "#" },
    },
  }),
  "nesting 10,000 levels deep": () => ({ type: "object", properties: { deep: nested(10_000) } }),
  "an enum of 100,000 values": () => ({
    type: "object",
    properties: {
      pick: { type: "string", title: "Pick", enum: Array.from({ length: 100_000 }, (_, i) => `v${i}`) },
    },
  }),
  "a 1 MB description and 60 KB of link-like markdown": () => ({
    type: "object",
    description: "[a](".repeat(15_000),
    properties: {
      text: { type: "string", title: "Text", description: `${"*_`[".repeat(15_000)}${"x ".repeat(500_000)}` },
    },
  }),
};

describe("hostile specs never block the main thread long", () => {
  beforeAll(async () => {
    // Warm up (module evaluation, first React and RJSF render), so each test measures its spec.
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
    await show({ type: "object", properties: { text: { type: "string", title: "Text" } } });
    root.unmount();
    container.remove();
  });

  it("baseline: a plain spec", async () => {
    const beat = heartbeat();
    const form = await show({ type: "object", properties: { text: { type: "string", title: "Text" } } });
    form?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const longest = beat.stop();
    console.info(`baseline: longest step ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(MAX_STEP_MS);
  });

  it.each(Object.keys(SPECS))("%s", async (name) => {
    const spec = (SPECS[name] as () => JSONSchema)();
    const beat = heartbeat();
    const form = await show(spec);
    // Interact: submit (validation) with whatever the form shows.
    form?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const longest = beat.stop();
    console.info(`${name}: longest step ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(MAX_STEP_MS);
  });

  it("a catastrophic pattern, on blur inside a oneOf and on submit", async () => {
    const spec: JSONSchema = {
      type: "object",
      required: ["code", "auth"],
      properties: {
        code: { type: "string", title: "Code", pattern: EVIL },
        auth: {
          type: "object",
          title: "Auth",
          oneOf: [
            {
              title: "First",
              required: ["kind", "token"],
              properties: {
                kind: { const: "first" },
                token: { type: "string", title: "Token", pattern: EVIL },
              },
            },
            {
              title: "Second",
              required: ["kind", "word"],
              properties: {
                kind: { const: "second" },
                word: { type: "string", title: "Word", pattern: EVIL },
              },
            },
          ],
        },
      },
    };
    const form = await show(spec);
    expect(form).not.toBeNull();
    // 29 characters: seconds of backtracking per test without the guard (a failure, not a hang of the run).
    const attack = `${"a".repeat(29)}!`;
    // Every regular-expression run (test, match, replace) goes through RegExp.prototype.exec: counting the pattern's
    // runs proves it never runs, whatever the machine's load.
    const exec = RegExp.prototype.exec;
    let evilRuns = 0;
    vi.spyOn(RegExp.prototype, "exec").mockImplementation(function (this: RegExp, value: string) {
      if (this.source === EVIL) evilRuns++;
      return exec.call(this, value);
    });
    const beat = heartbeat();
    for (const label of ["Code", "Token"]) {
      const input = container.querySelector<HTMLInputElement>(
        `input[id$="${label === "Code" ? "code" : "token"}"]`,
      );
      expect(input, label).not.toBeNull();
      await userEvent.fill(input as HTMLInputElement, attack);
      (input as HTMLInputElement).blur();
    }
    form?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const longest = beat.stop();
    console.info(`catastrophic pattern: longest step ${Math.round(longest)} ms`);
    expect(evilRuns).toBe(0);
    expect(longest).toBeLessThan(MAX_STEP_MS);
  });
});
