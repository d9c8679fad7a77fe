import { loadRegistry } from "@credential-form/test-utils";
import { screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockServer } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";

const SOURCE_ID = "00000000-0000-4000-8000-000000000020";

/** One spec with the shapes of the full registry the form could not submit (issue #20), each as the connector wrote it. */
const spec = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  required: ["domain"],
  properties: {
    domain: { type: "string", title: "Domain", order: 0 },
    start_date: {
      type: "string",
      title: "Start date",
      description: "Start date in dd-mm-yyyy",
      format: "date",
      pattern: "^[0-9]{2}-[0-9]{2}-[0-9]{4}$",
      order: 1,
    },
    page_size: { type: "number", title: "Page size", default: "1000", order: 2 },
    lookback: { type: ["number", null], title: "Lookback", order: 3 },
    credentials: {
      type: "object",
      title: "Authorization",
      order: 4,
      required: ["auth_method", "access_token"],
      properties: {
        auth_method: { type: "string", const: "api_token" },
        access_token: { type: "string", title: "Access token", airbyte_secret: true },
      },
    },
  },
};

/** The real registry plus the connector above: the sandbox serves it and validates creates against it. */
function withSpec() {
  const registry = loadRegistry();
  const [first] = registry.sources;
  const source = {
    ...first,
    sourceDefinitionId: SOURCE_ID,
    name: "Contradictions",
    dockerRepository: "airbyte/source-contradictions",
    spec: { connectionSpecification: spec },
  };
  return { ...registry, sources: [...registry.sources, source] };
}

const mock = mockServer([{ id: "tpl-20", source_definition_id: SOURCE_ID }], {
  registry: withSpec() as never,
});

describe("<CredentialForm> is exactly as strict as the spec", () => {
  it("submits a config the connector accepts: pattern over format, a typed default, an untouched optional object", async () => {
    const user = userEvent.setup();
    renderForm({
      template: { id: "tpl-20", sourceDefinitionId: SOURCE_ID, partialDefaultConfig: {} },
      // Optional fields sit in a collapsed section: the date comes in as a host-provided initial value.
      initialValues: { start_date: "15-01-2024" },
    });
    await waitForForm();
    await user.type(field("Domain"), "acme.example.com");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(1);
    const body = JSON.stringify(mock.state.creates[0]?.body);
    expect(body).toContain('"start_date":"15-01-2024"');
    expect(body).toContain('"page_size":1000');
    expect(body).not.toContain("credentials");
    // The sandbox, validating against the spec as written, stored it.
    const [stored] = await mock.state.api.sources();
    expect(stored?.configuration).toMatchObject({ domain: "acme.example.com", start_date: "15-01-2024" });
  });
});
