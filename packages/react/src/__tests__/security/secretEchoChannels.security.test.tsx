import { echoEncodings, getSource } from "@credential-form/test-utils";
import { QueryClient } from "@tanstack/react-query";
import { screen, waitFor } from "@testing-library/react";
import { type UserEvent, userEvent } from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../../events.js";
import { domText } from "../../test/domText.js";
import { mockServer, REGISTRY_URL } from "../../test/mockServer.js";
import {
  field,
  type RenderFormProps,
  renderForm,
  waitForForm,
  waitForSuccess,
} from "../../test/renderForm.js";

/** A secret with characters each encoding writes differently (quote, space, ampersand, angle brackets, ö, /, +, %). */
const SECRET = 'sk"live wörd&<42>/+%x';
const hellobaton = getSource("airbyte/source-hellobaton");
/** A template whose defaults set the API key (the API merges them into what it validates and echoes). */
const KEY_TEMPLATE = {
  id: "tpl-partner-key",
  source_definition_id: hellobaton.sourceDefinitionId,
  partial_default_config: { api_key: SECRET },
};

const mock = mockServer([KEY_TEMPLATE]);

/** The ways a server echoes a value it received, as real stacks write them. */
const ENCODINGS = echoEncodings;
const ECHO = Object.entries(ENCODINGS)
  .map(([name, encode]) => `${name}: ${encode(SECRET)}`)
  .join(" | ");

/** Each encoding of the secret found in `text`. */
function leaks(text: string): string[] {
  return Object.entries(ENCODINGS)
    .filter(([, encode]) => text.includes(encode(SECRET)))
    .map(([name]) => name);
}

/** Text of a value for leak checks: errors with message, stack, cause and own fields. */
function dump(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "function") return `[function ${v.name}]`;
    if (typeof v === "bigint") return String(v);
    if (typeof v !== "object" || v === null) return v;
    if (seen.has(v)) return "[seen]";
    seen.add(v);
    if (v instanceof Error) return { ...v, message: v.message, stack: v.stack, cause: v.cause };
    if (v instanceof Node) return v instanceof Element ? v.outerHTML : v.textContent;
    return v;
  });
}

function storageText(): string {
  const parts: string[] = [];
  for (const storage of [localStorage, sessionStorage])
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? "";
      parts.push(key, storage.getItem(key) ?? "");
    }
  return parts.join("\n");
}

const consoleCalls: unknown[][] = [];
const requestUrls: string[] = [];
beforeEach(() => {
  consoleCalls.length = 0;
  requestUrls.length = 0;
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args));
  mock.server.events.on("request:start", ({ request }) => void requestUrls.push(request.url));
});
afterEach(() => {
  mock.server.events.removeAllListeners();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

/**
 * Renders the form with a host QueryClient, collecting its events and errors, and `props`; fills it in and submits;
 * returns what reached the host.
 */
async function submitAsHost(props: RenderFormProps, fill: (user: UserEvent) => Promise<void>) {
  const queryClient = new QueryClient();
  const events: CredentialFormEvent[] = [];
  const errors: Error[] = [];
  const user = userEvent.setup();
  renderForm({
    queryClient,
    onEvent: (e) => events.push(e),
    onError: (e) => errors.push(e),
    onSuccess: (s) => events.push({ type: "success", source: s }),
    ...props,
  });
  await waitForForm();
  await fill(user);
  await user.click(screen.getByRole("button", { name: /^Submit/ }));
  return { queryClient, events, errors };
}

/** Types the secret and a company into the form, submits; returns what reached the host. */
function submitWithSecret() {
  return submitAsHost({}, async (user) => {
    await user.type(field("API Key"), SECRET);
    await user.type(field("company"), "acme");
  });
}

/** A 422 whose message and field error (the API key, in `section` of the body) echo the secret. */
const echo422 = (section: string) => () =>
  HttpResponse.json(
    {
      message: `Invalid config ${ECHO}`,
      detail: [{ loc: ["body", section, "api_key"], msg: `rejected ${ECHO}` }],
    },
    { status: 422 },
  );

/** A 400 whose plain-text body echoes the request. */
const echo400 = () =>
  new HttpResponse(`Bad request: ${ECHO}`, { status: 400, headers: { "content-type": "text/plain" } });

/** Every channel the issue names, each as text, by name. */
function channels(queryClient: QueryClient, events: unknown, errors: unknown): Record<string, string> {
  return {
    alert: screen
      .queryAllByRole("alert")
      .map((a) => a.textContent)
      .join("\n"),
    events: dump(events),
    onError: dump(errors),
    console: dump(consoleCalls),
    dom: domText(),
    storage: storageText(),
    urls: [...requestUrls, location.href].join("\n"),
    queryCache: dump(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
    ),
    mutationCache: dump(
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
    ),
  };
}

function expectNoLeak(found: Record<string, string>) {
  const leaked = Object.fromEntries(
    Object.entries(found)
      .map(([channel, text]) => [channel, leaks(text)] as const)
      .filter(([, encodings]) => encodings.length > 0),
  );
  expect(leaked).toEqual({});
}

describe("a secret the server echoes in every encoding reaches no channel", () => {
  it("a 422 whose field error and message echo the secret", async () => {
    mock.state.createQueue.push(echo422("connection_configuration"));
    const { queryClient, events, errors } = await submitWithSecret();
    await waitFor(() => expect(errors).toHaveLength(1));
    // The echo did arrive and was shown redacted, so the test looks where the secret would be.
    expect(dump(errors)).toContain("[redacted]");
    expect(mock.state.creates).toHaveLength(1);
    expectNoLeak(channels(queryClient, events, errors));
  });

  it("a 400 whose plain-text body echoes the request (message shown in the alert)", async () => {
    mock.state.createQueue.push(echo400);
    const { queryClient, events, errors } = await submitWithSecret();
    await waitFor(() => expect(errors).toHaveLength(1));
    await screen.findByRole("alert");
    expectNoLeak(channels(queryClient, events, errors));
  });

  it("a 201 whose body echoes the config: nothing of it is kept, the mutation cache included", async () => {
    mock.state.createQueue.push(() =>
      HttpResponse.json(
        {
          id: "puc-echo",
          name: null,
          source_definition_id: null,
          source_config: { api_key: SECRET },
          note: ECHO,
        },
        { status: 201 },
      ),
    );
    const { queryClient, events, errors } = await submitWithSecret();
    await waitForSuccess();
    expect(errors).toEqual([]);
    expectNoLeak(channels(queryClient, events, errors));
  });
});

describe("the host's mutation cache", () => {
  it("holds neither the config nor the secrets list in `variables`, and the mutation has gcTime 0", async () => {
    const { queryClient } = await submitWithSecret();
    await waitForSuccess();
    const mutations = queryClient.getMutationCache().getAll();
    expect(mutations.length).toBeLessThanOrEqual(1);
    for (const mutation of mutations) {
      expect(mutation.state.variables).toBeUndefined();
      expect(mutation.options.gcTime).toBe(0);
      expect(dump(mutation.state)).not.toContain("acme");
    }
  });
});

describe("a secret reached through a $ref reaches no channel either", () => {
  // The API key, set by the template (never typed, so only the spec says it is secret), behind two refs.
  const spec = {
    type: "object",
    required: ["company", "api_key"],
    definitions: { key: { $ref: "#/$defs/secret" } },
    $defs: { secret: { type: "string", airbyte_secret: true, title: "API Key" } },
    properties: { company: { type: "string", title: "company" }, api_key: { $ref: "#/definitions/key" } },
  };

  /**
   * The channels, but the query cache: it holds the prepared form, whose `defaults` are the template's (the host's
   * own data, in the host's QueryClient by design), not a value the form was given by the user or the server.
   */
  const channelsButQueryCache = (queryClient: QueryClient, events: unknown, errors: unknown) => {
    const { queryCache: _defaults, ...rest } = channels(queryClient, events, errors);
    return rest;
  };

  /** Serves the spec above as hellobaton's, renders the form with the template setting the key, submits. */
  async function submitOverTemplateSecret() {
    mock.server.use(
      http.get(REGISTRY_URL, () =>
        Response.json({
          sources: [{ ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: spec } }],
          destinations: [],
        }),
      ),
    );
    return submitAsHost(
      {
        template: {
          id: KEY_TEMPLATE.id,
          sourceDefinitionId: hellobaton.sourceDefinitionId,
          partialDefaultConfig: { api_key: SECRET },
        },
      },
      (user) => user.type(field("company"), "acme"),
    );
  }

  it("a 422 whose message and field error echo the merged config (alert, events, onError, console, storage…)", async () => {
    mock.state.createQueue.push(echo422("replication_config"));
    const { queryClient, events, errors } = await submitOverTemplateSecret();
    await waitFor(() => expect(errors).toHaveLength(1));
    // The echo did arrive and was shown (the key is no field of the form: in the form's error list), redacted.
    expect(dump(errors)).toContain("[redacted]");
    expect(document.body.textContent).toContain("api_key: rejected as written: [redacted]");
    expectNoLeak(channelsButQueryCache(queryClient, events, errors));
  });

  it("a 400 whose plain-text body echoes it (shown in the alert)", async () => {
    mock.state.createQueue.push(echo400);
    const { queryClient, events, errors } = await submitOverTemplateSecret();
    await waitFor(() => expect(errors).toHaveLength(1));
    await screen.findByRole("alert");
    expectNoLeak(channelsButQueryCache(queryClient, events, errors));
  });
});
