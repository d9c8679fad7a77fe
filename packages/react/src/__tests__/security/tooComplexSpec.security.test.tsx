// A spec whose `$ref`s expand past what the engine follows (1000) is refused with a `SpecError` `too_complex`: the
// form says it cannot load the specification and reports it, instead of rendering with refs left unexpanded and
// secret paths missed.
import { getSource } from "@credential-form/test-utils";
import { render, screen, waitFor } from "@testing-library/react";
import { http } from "msw";
import { describe, expect, it } from "vitest";
import type { CredentialFormEvent } from "../../events.js";
import { mockServer, REGISTRY_URL } from "../../test/mockServer.js";
import { formElement } from "../../test/renderForm.js";

const mock = mockServer();
const hellobaton = getSource("airbyte/source-hellobaton");

/** Hellobaton's spec plus a field whose refs reach one secret leaf by 2^20 paths. */
function fanOutSpec(): Record<string, unknown> {
  const definitions: Record<string, unknown> = { d20: { type: "string", airbyte_secret: true } };
  for (let i = 19; i >= 0; i--)
    definitions[`d${i}`] = {
      type: "object",
      properties: { l: { $ref: `#/definitions/d${i + 1}` }, r: { $ref: `#/definitions/d${i + 1}` } },
    };
  const spec = hellobaton.spec.connectionSpecification as { properties: Record<string, unknown> };
  return { ...spec, definitions, properties: { ...spec.properties, tree: { $ref: "#/definitions/d0" } } };
}

describe("a spec too complex to expand", () => {
  it("shows the specification error and reports a SpecError too_complex through onError and the load event", async () => {
    mock.server.use(
      http.get(REGISTRY_URL, () =>
        Response.json({
          sources: [{ ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: fanOutSpec() } }],
          destinations: [],
        }),
      ),
    );
    const errors: Error[] = [];
    const events: CredentialFormEvent[] = [];
    render(
      <main>
        <h1>Host page</h1>
        {formElement({ onError: (e) => errors.push(e), onEvent: (e) => events.push(e) })}
      </main>,
    );
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("We couldn't load the connector specification.");
    expect(screen.queryByRole("button", { name: /^Submit/ })).toBeNull();
    expect(screen.getByRole("heading", { name: "Host page" })).toBeInTheDocument();
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ name: "SpecError", code: "too_complex" });
    expect(events).toContainEqual({
      type: "error",
      phase: "load",
      error: expect.objectContaining({ code: "too_complex" }),
    });
  });
});
