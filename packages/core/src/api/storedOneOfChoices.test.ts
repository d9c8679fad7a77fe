// @vitest-environment node
import { getSource, hubspotOAuthTemplate } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { prepareForm } from "../schema/prepareForm.js";
import { MASKED_SECRET } from "./MASKED_SECRET.js";
import { storedOneOfChoices } from "./storedOneOfChoices.js";

/**
 * HubSpot as a template defaulting the OAuth option prepares it: the user schema's credentials options lack the
 * `credentials_title` discriminator (and the OAuth one the app's keys), as the server's user_config_spec lists them.
 */
function hubspotForm() {
  const { spec, partialDefaultConfig, userConfigSpec } = hubspotOAuthTemplate(MASKED_SECRET);
  return prepareForm(spec as JSONSchema, {
    partialDefaultConfig,
    userConfigSpec: userConfigSpec as JSONSchema,
  });
}

describe("storedOneOfChoices (the options a stored config uses, as an edit's picks)", () => {
  it("tells HubSpot's options apart by the full spec's discriminator the user schema lacks", () => {
    const { schema, fullSchema } = hubspotForm();
    const credentials = schema.properties?.credentials as JSONSchema | undefined;
    const options = credentials?.oneOf ?? [];
    expect(options.map((o) => o.title)).toEqual(["OAuth", "Private App"]);
    expect(JSON.stringify(schema)).not.toContain("credentials_title");
    const privateApp = {
      credentials: { credentials_title: "Private App Credentials", access_token: MASKED_SECRET },
      start_date: "2024-01-01T00:00:00Z",
    };
    expect(storedOneOfChoices({ schema, fullSchema, config: privateApp })).toEqual({ "/credentials": 1 });
    const oauth = {
      credentials: {
        credentials_title: "OAuth Credentials",
        client_id: "app-id",
        client_secret: MASKED_SECRET,
        refresh_token: MASKED_SECRET,
      },
    };
    expect(storedOneOfChoices({ schema, fullSchema, config: oauth })).toEqual({ "/credentials": 0 });
  });

  it("picks nothing where the stored value names no option (no discriminator, an unknown one, no value)", () => {
    const { schema, fullSchema } = hubspotForm();
    const config = (credentials: unknown) => ({ credentials }) as Record<string, unknown>;
    expect(storedOneOfChoices({ schema, fullSchema, config: config({ access_token: "x" }) })).toEqual({});
    expect(
      storedOneOfChoices({ schema, fullSchema, config: config({ credentials_title: "Something else" }) }),
    ).toEqual({});
    expect(storedOneOfChoices({ schema, fullSchema, config: {} })).toEqual({});
    expect(storedOneOfChoices({ schema, fullSchema, config: config("not an object") })).toEqual({});
  });

  it("finds a oneOf inside the picked option, and the root's own oneOf (source-e2e-test)", () => {
    const spec = getSource("airbyte/source-e2e-test").spec.connectionSpecification as JSONSchema;
    const { schema, fullSchema } = prepareForm(spec);
    const titles = (schema.oneOf ?? []).map((o) => o.title);
    const continuous = titles.indexOf("Continuous Feed");
    expect(continuous).toBeGreaterThan(0);
    const config = {
      type: "CONTINUOUS_FEED",
      mock_catalog: { type: "MULTI_STREAM", stream_schemas: "{}" },
      seed: 0,
    };
    const catalog = fullSchema.oneOf?.[continuous]?.properties?.mock_catalog as JSONSchema | undefined;
    const multi = catalog?.oneOf?.findIndex((o) => o.title === "Multi Schema");
    expect(multi).toBeGreaterThanOrEqual(0);
    expect(storedOneOfChoices({ schema, fullSchema, config })).toEqual({
      "": continuous,
      "/mock_catalog": multi,
    });
  });

  it("maps a full-spec option to the user schema's option of the same title when the user schema has fewer", () => {
    const { fullSchema } = hubspotForm();
    const schema = structuredClone(fullSchema) as JSONSchema & { properties: Record<string, JSONSchema> };
    const credentials = schema.properties.credentials as JSONSchema;
    credentials.oneOf = (credentials.oneOf ?? []).filter((o) => o.title === "Private App");
    const config = { credentials: { credentials_title: "Private App Credentials" } };
    expect(storedOneOfChoices({ schema, fullSchema, config })).toEqual({ "/credentials": 0 });
    const oauth = { credentials: { credentials_title: "OAuth Credentials" } };
    expect(storedOneOfChoices({ schema, fullSchema, config: oauth })).toEqual({});
  });
});
