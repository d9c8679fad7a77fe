// @vitest-environment node
import { getSource, hubspotOAuthTemplate } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { buildPayload } from "../schema/buildPayload.js";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { prepareForm } from "../schema/prepareForm.js";
import { buildConnectorUpdate } from "./buildConnectorUpdate.js";
import { MASKED_SECRET } from "./MASKED_SECRET.js";

const github = getSource("airbyte/source-github").spec.connectionSpecification as JSONSchema;

/** The GitHub connector as `GET /connectors/{id}` shows it: the token masked. */
const loaded = () => ({
  credentials: { option_title: "PAT Credentials", personal_access_token: MASKED_SECRET },
  repositories: ["airbytehq/airbyte"],
  start_date: "2023-01-01T00:00:00Z",
  api_url: "https://api.github.com/",
});

/** What the edit form holds at first: the loaded config without the masked secrets. */
const untouched = () => ({
  credentials: { option_title: "PAT Credentials" },
  repositories: ["airbytehq/airbyte"],
  start_date: "2023-01-01T00:00:00Z",
  api_url: "https://api.github.com/",
});

describe("buildConnectorUpdate", () => {
  it("an unchanged form sends nothing (the secret absent or still masked)", () => {
    expect(buildConnectorUpdate({ schema: github, original: loaded(), edited: untouched() })).toEqual({
      body: null,
      changed: [],
      secrets: [],
    });
    const withMask = { ...untouched(), credentials: loaded().credentials };
    expect(buildConnectorUpdate({ schema: github, original: loaded(), edited: withMask }).body).toBeNull();
  });

  it("one changed field sends that path only, never the unchanged secret or its mask", () => {
    const edited = { ...untouched(), repositories: ["airbytehq/airbyte", "a/b"] };
    const update = buildConnectorUpdate({ schema: github, original: loaded(), edited });
    expect(update.body).toEqual({ replication_config: { repositories: ["airbytehq/airbyte", "a/b"] } });
    expect(update.changed).toEqual(["/repositories"]);
    expect(JSON.stringify(update.body)).not.toContain(MASKED_SECRET);
  });

  it("a replaced secret is sent (beside its discriminator's siblings only when they changed) and listed as secret", () => {
    const edited = {
      ...untouched(),
      credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_newTokenValue" },
    };
    const update = buildConnectorUpdate({ schema: github, original: loaded(), edited });
    expect(update.body).toEqual({
      replication_config: { credentials: { personal_access_token: "ghp_newTokenValue" } },
    });
    expect(update.changed).toEqual(["/credentials/personal_access_token"]);
    expect(update.secrets).toContain("ghp_newTokenValue");
  });

  it("a cleared optional field is sent as null (merge patch: removed)", () => {
    const { start_date: _, ...edited } = untouched();
    const update = buildConnectorUpdate({ schema: github, original: loaded(), edited });
    expect(update.body).toEqual({ replication_config: { start_date: null } });
    expect(update.changed).toEqual(["/start_date"]);
  });

  it("a switched oneOf option sends the new option and nulls every old key, its masked secret too", () => {
    const original = {
      ...loaded(),
      credentials: {
        option_title: "OAuth Credentials",
        access_token: MASKED_SECRET,
        client_id: MASKED_SECRET,
        client_secret: MASKED_SECRET,
      },
    };
    const edited = {
      ...untouched(),
      credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_switchedToPat" },
    };
    const update = buildConnectorUpdate({ schema: github, original, edited });
    expect(update.body).toEqual({
      replication_config: {
        credentials: {
          option_title: "PAT Credentials",
          personal_access_token: "ghp_switchedToPat",
          access_token: null,
          client_id: null,
          client_secret: null,
        },
      },
    });
    expect(update.changed.sort()).toEqual(
      [
        "/credentials/access_token",
        "/credentials/client_id",
        "/credentials/client_secret",
        "/credentials/option_title",
        "/credentials/personal_access_token",
      ].sort(),
    );
  });

  it("combines a replaced secret, a cleared field, a changed field and a rename in one patch", () => {
    const { start_date: _, ...rest } = untouched();
    const edited = {
      ...rest,
      repositories: ["x/y"],
      credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_rotatedToken" },
    };
    const update = buildConnectorUpdate({
      schema: github,
      original: loaded(),
      edited,
      originalName: "GitHub",
      name: "GitHub (work)",
    });
    expect(update.body).toEqual({
      name: "GitHub (work)",
      replication_config: {
        credentials: { personal_access_token: "ghp_rotatedToken" },
        repositories: ["x/y"],
        start_date: null,
      },
    });
  });

  it("a rename alone sends only the name; a blank or equal name is not sent", () => {
    const same = { schema: github, original: loaded(), edited: untouched(), originalName: "GitHub" };
    expect(buildConnectorUpdate({ ...same, name: "Work" }).body).toEqual({ name: "Work" });
    expect(buildConnectorUpdate({ ...same, name: "GitHub" }).body).toBeNull();
    expect(buildConnectorUpdate({ ...same, name: "  " }).body).toBeNull();
  });

  it("never nulls what the template set: keys the user schema does not declare are left alone", () => {
    const template = {
      partialDefaultConfig: {
        credentials: { option_title: "PAT Credentials" },
        api_url: "https://api.github.com/",
      },
    };
    const prepared = prepareForm(github, template);
    // What the form sends: the user schema's fields only (buildPayload drops template-set keys).
    const formData = { ...untouched(), repositories: ["only/this"] };
    const edited = buildPayload({ schema: prepared.schema, formData, defaults: prepared.defaults });
    expect(edited).not.toHaveProperty("api_url");
    const update = buildConnectorUpdate({ schema: prepared.schema, original: loaded(), edited });
    expect(update.body).toEqual({ replication_config: { repositories: ["only/this"] } });
  });

  it("a mask the server sent under a field the schema does not mark secret is never sent back", () => {
    const schema: JSONSchema = {
      type: "object",
      properties: { token: { type: "string" }, host: { type: "string" } },
    };
    const update = buildConnectorUpdate({
      schema,
      original: { token: MASKED_SECRET, host: "a" },
      edited: { host: "b" },
    });
    expect(update.body).toEqual({ replication_config: { host: "b" } });
    const same = buildConnectorUpdate({
      schema,
      original: { token: MASKED_SECRET },
      edited: { token: MASKED_SECRET },
    });
    expect(same.body).toBeNull();
  });

  it("a new object or array value is sent without any mask inside", () => {
    const schema: JSONSchema = {
      type: "object",
      properties: { tunnel: { type: "object", additionalProperties: true } },
    };
    const update = buildConnectorUpdate({
      schema,
      original: { tunnel: "none" },
      edited: { tunnel: { host: "h", password: MASKED_SECRET, list: [MASKED_SECRET, "k"] } },
    });
    expect(update.body).toEqual({ replication_config: { tunnel: { host: "h", list: ["k"] } } });
  });

  it("treats every key of a free-form object as the user's", () => {
    const schema: JSONSchema = { type: "object", additionalProperties: true };
    const update = buildConnectorUpdate({ schema, original: { a: 1, b: 2 }, edited: { a: 1 } });
    expect(update.body).toEqual({ replication_config: { b: null } });
  });

  it("keeps a key named __proto__ as data", () => {
    const schema: JSONSchema = { type: "object", additionalProperties: true };
    const edited = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    const update = buildConnectorUpdate({ schema, original: {}, edited });
    expect(Object.hasOwn(update.body!.replication_config!, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("a default the form seeded where the stored config has nothing is not a change; another value is", () => {
    const seeded = { ...untouched(), max_waiting_time: 10 };
    expect(buildConnectorUpdate({ schema: github, original: loaded(), edited: seeded }).body).toBeNull();
    const typed = { ...untouched(), max_waiting_time: 30 };
    expect(buildConnectorUpdate({ schema: github, original: loaded(), edited: typed }).body).toEqual({
      replication_config: { max_waiting_time: 30 },
    });
  });

  it("a removed optional stored secret is sent as null; without clearedSecrets it stays as stored", () => {
    const gorgias = getSource("airbyte/source-gorgias").spec.connectionSpecification as JSONSchema;
    const original = {
      username: "ops@acme.test",
      password: MASKED_SECRET,
      domain_name: "acme",
      start_date: "2024-01-01T00:00:00Z",
    };
    const { password: _, ...edited } = original;
    expect(buildConnectorUpdate({ schema: gorgias, original, edited }).body).toBeNull();
    expect(
      buildConnectorUpdate({ schema: gorgias, original, edited, clearedSecrets: ["/password"] }),
    ).toEqual({
      body: { replication_config: { password: null } },
      changed: ["/password"],
      secrets: [],
    });
    // Removing it while also changing another field: both go, nothing else.
    const both = buildConnectorUpdate({
      schema: gorgias,
      original,
      edited: { ...edited, domain_name: "acme-eu" },
      clearedSecrets: ["/password"],
    });
    expect(both.body).toEqual({ replication_config: { password: null, domain_name: "acme-eu" } });
  });

  it("a switched oneOf option without a const discriminator is detected by keys: the old option's values are nulled", () => {
    // GitHub's real spec with the `option_title` discriminator taken out of its credentials options (specs in the
    // wild have oneOfs told apart only by their properties; the fixture has none).
    const spec = structuredClone(github) as JSONSchema & { properties: Record<string, JSONSchema> };
    const credentials = spec.properties.credentials as JSONSchema;
    for (const option of credentials.oneOf ?? []) {
      delete option.properties?.option_title;
      if (option.required) option.required = option.required.filter((key) => key !== "option_title");
    }
    const original = { ...loaded(), credentials: { personal_access_token: MASKED_SECRET } };
    const edited = { ...untouched(), credentials: { access_token: "gho_switchedToOAuth" } };
    const update = buildConnectorUpdate({ schema: spec, original, edited });
    expect(update.body).toEqual({
      replication_config: {
        credentials: { access_token: "gho_switchedToOAuth", personal_access_token: null },
      },
    });
    // Staying on the same option (the kept token absent, as in the form) is no switch: nothing is sent.
    const same = buildConnectorUpdate({
      schema: spec,
      original,
      edited: { ...untouched(), credentials: {} },
    });
    expect(same.body).toBeNull();
  });

  it("a switch away from an option whose discriminator the template sets is found over the full spec (#19)", () => {
    // HubSpot: the template sets the OAuth option's discriminator and app, so the server's user_config_spec lists
    // both options without `credentials_title` (and the OAuth one without client_id/client_secret).
    const { spec, partialDefaultConfig, userConfigSpec } = hubspotOAuthTemplate(MASKED_SECRET);
    const prepared = prepareForm(spec as JSONSchema, {
      partialDefaultConfig,
      userConfigSpec: userConfigSpec as JSONSchema,
    });
    const original = {
      credentials: {
        credentials_title: "OAuth Credentials",
        client_id: "app-id",
        client_secret: MASKED_SECRET,
        refresh_token: MASKED_SECRET,
      },
      start_date: "2024-01-01T00:00:00Z",
    };
    const update = (formData: Record<string, unknown>) =>
      buildConnectorUpdate({
        schema: prepared.schema,
        fullSchema: prepared.fullSchema,
        original,
        edited: buildPayload({ schema: prepared.schema, formData, defaults: prepared.defaults }),
      });
    const switched = update({
      credentials: { access_token: "pat-na1-new" },
      start_date: "2024-01-01T00:00:00Z",
    });
    expect(switched.body).toEqual({
      replication_config: {
        credentials: {
          credentials_title: "Private App Credentials",
          access_token: "pat-na1-new",
          client_id: null,
          client_secret: null,
          refresh_token: null,
        },
      },
    });
    expect(switched.secrets).toContain("pat-na1-new");
    // Staying on the OAuth option is no switch: a replaced refresh token goes alone, the template's keys untouched.
    const same = update({
      credentials: { refresh_token: "new-refresh" },
      start_date: "2024-01-01T00:00:00Z",
    });
    expect(same.body).toEqual({ replication_config: { credentials: { refresh_token: "new-refresh" } } });
    expect(update({ credentials: {}, start_date: "2024-02-01T00:00:00Z" }).body).toEqual({
      replication_config: { start_date: "2024-02-01T00:00:00Z" },
    });
  });

  it("a null for a key the stored config lacks is no change, unless the option switched", () => {
    // HubSpot stored with the Private App option (the template defaults OAuth): applying that option over the
    // template's defaults gives null for the OAuth app's keys, which the stored config does not hold.
    const hubspot = getSource("airbyte/source-hubspot").spec.connectionSpecification as JSONSchema;
    const original = {
      credentials: { credentials_title: "Private App Credentials", access_token: MASKED_SECRET },
      start_date: "2024-01-01T00:00:00Z",
    };
    const edited = {
      credentials: { credentials_title: "Private App Credentials", client_id: null, client_secret: null },
      start_date: "2024-02-01T00:00:00Z",
    };
    const update = buildConnectorUpdate({ schema: hubspot, original, edited });
    expect(update.body).toEqual({ replication_config: { start_date: "2024-02-01T00:00:00Z" } });
    expect(update.changed).toEqual(["/start_date"]);
    expect(
      buildConnectorUpdate({
        schema: hubspot,
        original,
        edited: { ...edited, start_date: original.start_date },
      }).body,
    ).toBeNull();
    // A switch still sends each null, a key the stored config does not show included.
    const switched = buildConnectorUpdate({
      schema: hubspot,
      original,
      edited: {
        credentials: { credentials_title: "OAuth Credentials", refresh_token: "r-new", client_id: null },
        start_date: original.start_date,
      },
    });
    expect(switched.body).toEqual({
      replication_config: {
        credentials: {
          credentials_title: "OAuth Credentials",
          refresh_token: "r-new",
          client_id: null,
          access_token: null,
        },
      },
    });
  });
});
