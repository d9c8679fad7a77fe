// A secret a spec declares only inside a conditional (draft-7 `dependencies`, `if`/`then`/`else`), which RJSF shows
// once the condition holds: typed by the user or set by the template, echoed back by the server in an error, it
// must reach neither the host (onError, onEvent), the alert nor the page, and its input must be the masked,
// uncontrolled secret input. The template's case is the one only the spec can tell (a typed value is scrubbed as a
// string the user entered anyway).
import { echoEncodings, getSource } from "@credential-form/test-utils";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { CredentialFormEvent } from "../../events.js";
import { mockServer, REGISTRY_URL } from "../../test/mockServer.js";
import { field, renderForm, waitForForm } from "../../test/renderForm.js";

const SECRET = 'cond"sec wörd&<42>/+%x';
const hellobaton = getSource("airbyte/source-hellobaton");
/**
 * The template, as the server holds it: it sets the API key, so the sandbox's check (against hellobaton's own spec,
 * API key required) passes and the create is answered by the test.
 */
const SERVER_TEMPLATE = {
  id: "tpl-conditional-secret",
  source_definition_id: hellobaton.sourceDefinitionId,
  partial_default_config: { api_key: SECRET },
};
const mock = mockServer([SERVER_TEMPLATE]);

const ECHO = Object.entries(echoEncodings)
  .map(([name, encode]) => `${name}: ${encode(SECRET)}`)
  .join(" | ");

/** The encodings of the secret found in `text`. */
function leaks(text: string): string[] {
  return Object.entries(echoEncodings)
    .filter(([, encode]) => text.includes(encode(SECRET)))
    .map(([name]) => name);
}

/** Text of a value for leak checks: errors with message, stack, cause and own fields. */
function dump(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Error ? { ...v, message: v.message, stack: v.stack, cause: v.cause } : v,
  );
}

/**
 * The API key shows once "Use a key" has a value: declared in the schema form of `dependencies` only (in a oneOf, as
 * RJSF writes conditional fields).
 */
const DEPENDENCIES_SPEC = {
  type: "object",
  required: ["company"],
  properties: {
    company: { type: "string", title: "company" },
    use_key: { type: "boolean", title: "Use a key", default: true },
  },
  dependencies: {
    use_key: {
      oneOf: [
        {
          properties: {
            use_key: { const: true },
            api_key: { type: "string", title: "API Key", airbyte_secret: true },
          },
        },
        { properties: { use_key: { const: false } } },
      ],
    },
  },
};

/** The API key shows while "Use a key" is checked: declared in `then` only (`else` has a secret of its own). */
const THEN_SPEC = {
  type: "object",
  required: ["company"],
  properties: {
    company: { type: "string", title: "company" },
    use_key: { type: "boolean", title: "Use a key", default: true },
  },
  if: { properties: { use_key: { const: true } } },
  // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
  then: { properties: { api_key: { type: "string", title: "API Key", airbyte_secret: true } } },
  else: { properties: { password: { type: "string", title: "Password", airbyte_secret: true } } },
};

/**
 * Serves `spec` as hellobaton's, renders the form (with `defaults` as the template's), lets `fill` type, submits;
 * the server answers with a 422 echoing the secret in its message and field error. Returns what reached the host.
 */
async function submitAgainstEcho(
  spec: Record<string, unknown>,
  defaults: Record<string, unknown>,
  fill: (user: ReturnType<typeof userEvent.setup>) => Promise<void>,
) {
  mock.server.use(
    http.get(REGISTRY_URL, () =>
      Response.json({
        sources: [{ ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: spec } }],
        destinations: [],
      }),
    ),
  );
  mock.state.createQueue.push(() =>
    HttpResponse.json(
      {
        message: `Invalid config ${ECHO}`,
        detail: [{ loc: ["body", "connection_configuration", "api_key"], msg: `rejected ${ECHO}` }],
      },
      { status: 422 },
    ),
  );
  const events: CredentialFormEvent[] = [];
  const errors: Error[] = [];
  const user = userEvent.setup();
  renderForm({
    template: {
      id: SERVER_TEMPLATE.id,
      sourceDefinitionId: hellobaton.sourceDefinitionId,
      partialDefaultConfig: defaults,
    },
    onEvent: (e) => events.push(e),
    onError: (e) => errors.push(e),
  });
  await waitForForm();
  await fill(user);
  await user.type(field("company"), "acme");
  await user.click(screen.getByRole("button", { name: /^Submit/ }));
  await waitFor(() => expect(errors).toHaveLength(1));
  // The echo did arrive and was shown, redacted.
  expect(dump(errors)).toContain("[redacted]");
  await waitFor(() => expect(document.body.textContent).toContain("Invalid config as written: [redacted]"));
  const alerts = screen.queryAllByRole("alert").map((alert) => alert.textContent);
  return {
    onError: leaks(dump(errors)),
    onEvent: leaks(dump(events)),
    alert: leaks(alerts.join("\n")),
    page: leaks(document.body.textContent ?? ""),
  };
}

const NO_LEAK = { onError: [], onEvent: [], alert: [], page: [] };

describe("a secret declared only in a conditional branch", () => {
  for (const [name, spec] of [
    ["dependencies", DEPENDENCIES_SPEC],
    ["then", THEN_SPEC],
  ] as const) {
    it(`${name}: typed into a masked, uncontrolled secret input; the server's echo reaches no channel`, async () => {
      const found = await submitAgainstEcho(spec, {}, async (user) => {
        const input = field("API Key");
        await user.type(input, SECRET);
        // The secret input: masked, marked, and uncontrolled (no value attribute the DOM could give away).
        expect(input.type).toBe("password");
        expect(input.dataset.secret).toBe("true");
        expect(input.getAttribute("autocomplete")).toBe("new-password");
        expect(input.hasAttribute("value")).toBe(false);
      });
      expect(found).toEqual(NO_LEAK);
    });

    it(`${name}: set by the template (never typed, only the spec says it is secret); the echo reaches no channel`, async () => {
      const found = await submitAgainstEcho(spec, { api_key: SECRET }, async () => {});
      // The server merged its copy of the template (the secret) into what it validated, and echoed it.
      expect(mock.state.creates).toHaveLength(1);
      expect(found).toEqual(NO_LEAK);
    });
  }
});
