import { getSource } from "@credential-form/test-utils";
import type { FieldTemplateProps } from "@rjsf/utils";
import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../../events.js";
import { mockServer, REGISTRY_URL } from "../../test/mockServer.js";
import { formElement, type RenderFormProps } from "../../test/renderForm.js";

const mock = mockServer();
const hellobaton = getSource("airbyte/source-hellobaton");

beforeEach(() => {
  // React reports every error a boundary catches on console.error; keep the run's output readable.
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** A field template that throws for the API key while `crashing.throws`, quoting the field's value. */
const crashing = { throws: true };
function FieldTemplate(props: FieldTemplateProps) {
  if (crashing.throws && props.id.endsWith("api_key"))
    throw new Error(`cannot render value ${JSON.stringify(props.formData)}`);
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
    </div>
  );
}

/** Renders the form beside host content, recording what reaches the host. */
function renderInHost(props: RenderFormProps) {
  const errors: Error[] = [];
  const events: CredentialFormEvent[] = [];
  const form = formElement({ ...props, onError: (e) => errors.push(e), onEvent: (e) => events.push(e) });
  const view = render(
    <main>
      <h1>Host page</h1>
      {form}
    </main>,
  );
  return { ...view, errors, events };
}

describe("a spec or widget that makes RJSF throw while rendering", () => {
  it.each([
    ["anyOf", { anyOf: [{ $ref: "#/properties/company" }], title: "API Key" }, "key"],
    ["items", { type: "array", items: { $ref: "#/properties/company" }, title: "API Key" }, ["key"]],
    [
      "additionalProperties",
      { type: "object", additionalProperties: { $ref: "#/properties/company" }, title: "API Key" },
      // RJSF resolves the ref when it renders an entry.
      { extra: "key" },
    ],
  ])(
    "a $ref under %s into a field the template defaults renders (RJSF threw 'Could not find a definition'): no crash, no alert",
    async (_location, apiKey, value) => {
      // dropSpecHazards sees a resolvable $ref in the full spec; subtracting the template's defaults removes its
      // target, so the engine inlines it (inlineStaleRefs) instead of leaving it dangling in the user schema.
      const spec = {
        type: "object",
        required: ["api_key"],
        properties: { company: { type: "string" }, api_key: apiKey },
      };
      mock.server.use(
        http.get(REGISTRY_URL, () =>
          Response.json({
            sources: [{ ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: spec } }],
            destinations: [],
          }),
        ),
      );
      const { errors, events } = renderInHost({
        initialValues: { api_key: value },
        template: {
          id: "tpl-ref",
          sourceDefinitionId: hellobaton.sourceDefinitionId,
          partialDefaultConfig: { company: "acme" },
        },
      });
      await screen.findByRole("button", { name: /^Submit/ }, { timeout: 5000 });
      expect(screen.getAllByText(/^API Key/).length).toBeGreaterThan(0);
      expect(screen.queryByRole("alert")).toBeNull();
      expect(errors).toEqual([]);
      expect(events.filter((event) => event.type === "error")).toEqual([]);
    },
  );

  it("a $ref straight into a field the template defaults renders as the field it names: no crash, no alert", async () => {
    const spec = {
      type: "object",
      required: ["api_key"],
      properties: {
        company: { type: "string" },
        api_key: { $ref: "#/properties/company", title: "API Key" },
      },
    };
    mock.server.use(
      http.get(REGISTRY_URL, () =>
        Response.json({
          sources: [{ ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: spec } }],
          destinations: [],
        }),
      ),
    );
    const { errors } = renderInHost({
      template: {
        id: "tpl-ref",
        sourceDefinitionId: hellobaton.sourceDefinitionId,
        partialDefaultConfig: { company: "acme" },
      },
    });
    await screen.findByRole("button", { name: /^Submit/ }, { timeout: 5000 });
    expect(screen.getByLabelText(/^API Key/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/^company/i)).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("a template that throws (quoting a secret) is caught, reported without the secret, and Retry renders again", async () => {
    const secret = "sk-live-render-crash-4242";
    crashing.throws = true;
    const { errors, events } = renderInHost({
      initialValues: { api_key: secret },
      templates: { FieldTemplate },
    });
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("We couldn't load the connector specification.");
    expect(screen.getByRole("heading", { name: "Host page" })).toBeInTheDocument();
    // Reported once the secret matcher is there (it loads with the submit pipeline).
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ name: "SpecError", code: "render_failed" });
    expect(errors[0]?.message).toContain("cannot render value");
    expect(events).toContainEqual({
      type: "error",
      phase: "load",
      error: expect.objectContaining({ code: "render_failed" }),
    });
    expect(JSON.stringify([errors.map((e) => [e.message, e.stack, e.cause]), events])).not.toContain(secret);
    crashing.throws = false;
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("button", { name: /^Submit/ })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
