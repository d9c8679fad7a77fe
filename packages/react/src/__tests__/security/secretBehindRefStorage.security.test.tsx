// The one place the form writes the user's values to storage: the draft it keeps in sessionStorage while the tab is
// away for an OAuth consent (full-page redirect mode). A secret field reached through a `$ref` must be left out of it
// like any other, and so must a secret typed into an entry of a map (`additionalProperties`), whose key the spec
// does not name. Against the sandbox (MSW), with HubSpot's registry spec rewritten to reach secrets through refs.
import { createMockApi, echoEncodings, getSource, sandboxTemplate } from "@credential-form/test-utils";
import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CredentialForm, type CredentialFormCreateProps } from "../../CredentialForm.js";
import { assignLocation } from "../../oauth/assignLocation.js";
import { domText } from "../../test/domText.js";

// jsdom cannot navigate: the tab's departure to the consent page is recorded instead.
vi.mock("../../oauth/assignLocation.js", () => ({ assignLocation: vi.fn() }));

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
const hubspot = getSource("airbyte/source-hubspot");
const WEBHOOK_SECRET = 'wh"sec wörd&<42>/+%x';
const CLIENT_SECRET = "cs-behind-ref-8901";
/** Typed by the user into an entry of a map whose `additionalProperties` is a secret (a header's value). */
const HEADER_SECRET = 'hdr"sec wörd&<7>/+%y';

/**
 * HubSpot's spec with the OAuth client secret and a new top-level secret reached through `$ref`s, and a map of
 * custom headers whose values are secrets (`additionalProperties`).
 */
function specWithRefs(): Record<string, unknown> {
  const spec = structuredClone(hubspot.spec.connectionSpecification) as {
    properties: Record<string, { oneOf?: { properties: Record<string, unknown> }[]; $ref?: string }>;
  };
  const oauth = spec.properties.credentials?.oneOf?.[0] as { properties: Record<string, unknown> };
  const clientSecret = oauth.properties.client_secret;
  oauth.properties.client_secret = { $ref: "#/definitions/client_secret" };
  spec.properties.webhook_secret = { $ref: "#/definitions/webhook" };
  spec.properties.custom_headers = {
    type: "object",
    title: "Custom headers",
    additionalProperties: { type: "string", airbyte_secret: true },
  } as (typeof spec.properties)[string];
  return {
    ...spec,
    definitions: {
      client_secret: clientSecret,
      webhook: { $ref: "#/$defs/secret" },
    },
    $defs: { secret: { type: "string", airbyte_secret: true, title: "Webhook secret" } },
  };
}

let api: ReturnType<typeof createMockApi>;
let token: string;
beforeEach(async () => {
  // The sandbox serves the rewritten spec (registry and the template's user spec), so the form renders its fields.
  const registry = {
    sources: [{ ...hubspot, spec: { ...hubspot.spec, connectionSpecification: specWithRefs() } }],
    destinations: [],
  };
  api = createMockApi({ sandbox: { registry: registry as never, templates: [HUBSPOT] } });
  server.resetHandlers(...api.handlers);
  sessionStorage.clear();
  localStorage.clear();
  vi.mocked(assignLocation).mockClear();
  const response = await api.sandbox.handle(
    new Request(`${api.baseUrl}/api/v1/account/applications/scoped-token`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${await api.sandbox.operatorToken()}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ workspace_name: "ref-secret-user" }),
    }),
  );
  token = ((await response.json()) as { token: string }).token;
});
afterEach(() => vi.restoreAllMocks());

/** Every key and value of both storages, as one text. */
function storageText(): string {
  return JSON.stringify([Object.entries({ ...sessionStorage }), Object.entries({ ...localStorage })]);
}

/** Renders HubSpot's form against the sandbox, its OAuth in redirect mode, with `props`. */
function renderHubSpot(props: Partial<CredentialFormCreateProps>) {
  return render(
    <CredentialForm
      token={token}
      flavour="agent-api"
      baseUrl={api.baseUrl}
      registryUrl={api.registryUrl}
      template={{ id: HUBSPOT.id }}
      oauthRedirectUrl="/oauth-callback.html"
      oauthMode="redirect"
      {...props}
    />,
  );
}

/** The draft the form left in sessionStorage before leaving for the consent page (`{}` without one). */
function redirectDraft() {
  const draftKey = Object.keys(sessionStorage).find((key) => key.includes("oauth-draft"));
  return JSON.parse(sessionStorage.getItem(draftKey ?? "") ?? "{}");
}

describe("the OAuth redirect draft (sessionStorage) and a secret behind a $ref", () => {
  it("leaves out the secrets reached through refs, keeps the other values", async () => {
    const user = userEvent.setup();
    renderHubSpot({
      initialValues: {
        start_date: "2024-01-01T00:00:00Z",
        webhook_secret: WEBHOOK_SECRET,
        credentials: { credentials_title: "OAuth Credentials", client_secret: CLIENT_SECRET },
      },
    });
    await user.click(
      await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 }),
    );
    await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1));
    const draft = redirectDraft();
    // The draft was written, with the non-secret values.
    expect(draft.values).toMatchObject({
      start_date: "2024-01-01T00:00:00Z",
      credentials: { credentials_title: "OAuth Credentials" },
    });
    expect(draft.values).not.toHaveProperty("webhook_secret");
    expect(draft.values.credentials).not.toHaveProperty("client_secret");
    const stored = storageText();
    for (const [name, encode] of Object.entries(echoEncodings)) {
      expect(stored, name).not.toContain(encode(WEBHOOK_SECRET));
      expect(stored, name).not.toContain(encode(CLIENT_SECRET));
    }
  });

  it("leaves out a secret the user typed into an entry of an `additionalProperties` map (any key), on every channel", async () => {
    const user = userEvent.setup();
    const events: unknown[] = [];
    const errors: unknown[] = [];
    const requests: string[] = [];
    server.events.on("request:start", ({ request }) => void requests.push(request.url));
    const consoleCalls: unknown[][] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args));
    renderHubSpot({
      onEvent: (event) => events.push(event),
      onError: (error) => errors.push(error),
      initialValues: { start_date: "2024-01-01T00:00:00Z", custom_headers: { "X-Api-Key": "" } },
    });
    const connect = await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: /More options/ }));
    await user.type(screen.getByLabelText("X-Api-Key"), HEADER_SECRET);
    await user.click(connect);
    await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1));
    server.events.removeAllListeners();
    const draft = redirectDraft();
    // The draft was written with the other values; the map's entry is gone (any key of it may hold a secret).
    expect(draft.values).toMatchObject({ start_date: "2024-01-01T00:00:00Z", custom_headers: {} });
    expect(draft.values.custom_headers).not.toHaveProperty("X-Api-Key");
    const channels = {
      storage: storageText(),
      consentUrl: JSON.stringify(vi.mocked(assignLocation).mock.calls),
      urls: [...requests, location.href].join("\n"),
      events: JSON.stringify(events),
      onError: JSON.stringify(errors, (_key, v: unknown) =>
        v instanceof Error ? { ...v, message: v.message } : v,
      ),
      console: JSON.stringify(consoleCalls),
      // The entry's input is a secret input (uncontrolled): no `value` attribute, no text node.
      dom: domText(),
    };
    for (const [channel, text] of Object.entries(channels))
      for (const [name, encode] of Object.entries(echoEncodings))
        expect(text, `${channel} (${name})`).not.toContain(encode(HEADER_SECRET));
  });
});
