import type { JSONSchema } from "@credential-form/core";
import { getSource } from "@credential-form/test-utils";
import { renderHook, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../../events.js";
import { API_BASE, mockServer, mockToken, REGISTRY_URL, templateIdFor } from "../../test/mockServer.js";
import { renderForm, waitForForm } from "../../test/renderForm.js";
import { useCredentialForm } from "../../useCredentialForm.js";

const mock = mockServer();
const hellobaton = getSource("airbyte/source-hellobaton");

// Own keys, as JSON.parse makes them (an object literal's `__proto__` would set the prototype instead).
const SPEC = JSON.parse(`{
  "type": "object",
  "required": ["constructor", "prototype"],
  "properties": {
    "__proto__": { "type": "object", "title": "Proto", "required": ["polluted"],
      "properties": { "polluted": { "type": "string", "title": "Polluted" } } },
    "constructor": { "type": "string", "title": "Constructor" },
    "prototype": { "type": "string", "title": "Prototype" },
    "name": { "type": "string", "title": "Name" }
  }
}`) as JSONSchema;

const pristine = Object.getOwnPropertyNames(Object.prototype);
/** Keys a run added to Object.prototype (removed again, so one failure does not break the rest of the run). */
function pollution(): string[] {
  const added = Object.getOwnPropertyNames(Object.prototype).filter((key) => !pristine.includes(key));
  for (const key of added) delete (Object.prototype as Record<string, unknown>)[key];
  return added;
}
afterEach(() => void pollution());

/** The form over a registry entry whose spec is {@link SPEC}. */
function render() {
  mock.server.use(
    http.get(REGISTRY_URL, () =>
      HttpResponse.json({
        sources: [{ ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: SPEC } }],
        destinations: [],
      }),
    ),
  );
  const errors: Error[] = [];
  renderForm({ onError: (e) => errors.push(e) });
  return errors;
}

describe("prototype keys in a spec and in server error locations", () => {
  it("client-side required errors on fields named constructor and prototype stay on those fields", async () => {
    render();
    await waitForForm();
    await userEvent.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText(/fields? needs? your attention/);
    expect(screen.getByLabelText(/^Constructor/)).toHaveAttribute("aria-invalid", "true");
    expect(pollution()).toEqual([]);
    expect(({} as Record<string, unknown>).__errors).toBeUndefined();
  });

  it("a server 422 whose locations pass through __proto__ and constructor writes nothing onto Object.prototype", async () => {
    // The current API checks before it creates: its 422 (`{message, errors: [{field, message, error_code}]}`, fields
    // as dotted body paths) comes from the check, and nothing is created.
    let checks = 0;
    mock.server.use(
      http.post(`${API_BASE}/api/v1/integrations/connectors/check`, () => {
        checks++;
        return HttpResponse.json(
          {
            message: "Validation failed",
            errors: [
              {
                field: "replication_config.__proto__.polluted",
                message: "<b>server text</b>",
                error_code: "missing",
              },
              {
                field: "replication_config.constructor.prototype.x",
                message: "more server text",
                error_code: "string_type",
              },
              {
                field: "replication_config.__proto__.__proto__.deep",
                message: "deeper",
                error_code: "missing",
              },
            ],
          },
          { status: 422 },
        );
      }),
    );
    const errors = render();
    await waitForForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Constructor/), "value");
    await user.type(screen.getByLabelText(/^Prototype/), "value");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(checks).toBe(1);
    expect(mock.state.creates).toHaveLength(0);
    expect(pollution()).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await screen.findByText(/prototype.x: more server text/)).toBeInTheDocument();
  });

  it("fields named constructor and prototype (nested too) are filled, kept through the drafts and sent as own keys; __proto__ is not offered", async () => {
    // RJSF cannot hold a `__proto__` key in its form data (see core's `unfillable_key`): the field is left out
    // rather than shown and emptied. Everything else named like an Object.prototype member is a field.
    const spec = JSON.parse(`{
      "type": "object",
      "required": ["constructor", "prototype", "nested"],
      "properties": {
        "__proto__": { "type": "string", "title": "Dunder" },
        "constructor": { "type": "string", "title": "Constructor" },
        "prototype": { "type": "string", "title": "Prototype", "airbyte_secret": true },
        "nested": { "type": "object", "title": "Nested", "required": ["constructor", "toString"],
          "properties": { "constructor": { "type": "string", "title": "Inner constructor" },
            "toString": { "type": "string", "title": "Inner toString" } } }
      }
    }`) as JSONSchema;
    mock.server.use(
      http.get(REGISTRY_URL, () =>
        HttpResponse.json({
          sources: [{ ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: spec } }],
          destinations: [],
        }),
      ),
    );
    renderForm();
    await waitForForm();
    expect(screen.queryByLabelText(/^Dunder/)).toBeNull();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Constructor/), "c-value");
    await user.type(screen.getByLabelText(/^Prototype/), "p-secret-value");
    await user.type(screen.getByLabelText(/^Inner constructor/), "ic-value");
    // Enter submits without a blur: the last value is still a draft, flushed by the submit.
    await user.type(screen.getByLabelText(/^Inner toString/), "its-value{Enter}");
    // The config as the API receives it (the check before the create; the sandbox then checks it against the
    // registry's own spec for this connector, which this test does not replace).
    await waitFor(() => expect(mock.state.checks).toHaveLength(1));
    const [check] = mock.state.checks;
    const config = (check?.body as { replication_config: Record<string, unknown> } | undefined)
      ?.replication_config as Record<string, unknown>;
    expect(JSON.stringify(config)).toBe(
      '{"constructor":"c-value","prototype":"p-secret-value","nested":{"constructor":"ic-value","toString":"its-value"}}',
    );
    expect(Object.hasOwn(config, "constructor")).toBe(true);
    expect(Object.hasOwn(config.nested as object, "toString")).toBe(true);
    expect(pollution()).toEqual([]);
  });
});

describe("the unfillable __proto__ field, as the host sees it", () => {
  it("is in the prepared form's warnings (useCredentialForm, preparedFormQuery): no event, onError or console output", async () => {
    mock.server.use(
      http.get(REGISTRY_URL, () =>
        HttpResponse.json({
          sources: [{ ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: SPEC } }],
          destinations: [],
        }),
      ),
    );
    const logs = (["warn", "error", "info", "log"] as const).map((method) => vi.spyOn(console, method));
    const events: CredentialFormEvent[] = [];
    const errors: Error[] = [];
    const { result } = renderHook(() =>
      useCredentialForm({
        token: mockToken(),
        template: {
          id: templateIdFor(hellobaton.sourceDefinitionId),
          sourceDefinitionId: hellobaton.sourceDefinitionId,
        },
        baseUrl: API_BASE,
        registryUrl: REGISTRY_URL,
        onEvent: (e) => events.push(e),
        onError: (e) => errors.push(e),
      }),
    );
    await waitFor(() => expect(result.current.prepared).not.toBeNull(), { timeout: 8000 });
    expect(result.current.prepared?.warnings).toContainEqual({
      path: "/__proto__",
      code: "unfillable_key",
      message: "Unfillable field dropped",
    });
    await waitFor(() => expect(events.map((e) => e.type)).toContain("ready"));
    expect(JSON.stringify(events)).not.toContain("unfillable");
    expect(errors).toEqual([]);
    for (const log of logs) expect(log).not.toHaveBeenCalled();
  });
});
