import {
  constValue,
  findDiscriminator,
  isPlainObject,
  type JSONSchema,
  normalizeSpec,
  redactSecrets,
  subtractDefaults,
} from "@credential-form/core";
import {
  allSources,
  getSource,
  mulberry32,
  type StoryMockApi,
  sampleValidInput,
  storyLoaded,
  storyMockApi,
} from "@credential-form/test-utils";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { CredentialForm } from "./CredentialForm.js";
import { defaultMessages } from "./messages.js";

// Every one of the 208 real connectors of the registry fixture, served by the sandbox's registry, rendered
// from its real spec; the template defaults are chosen by a control.

/** Which `partial_default_config` the gallery's inline template carries. */
type DefaultSet = "none" | "auth chosen" | "random valid defaults";

interface GalleryArgs {
  /** A connector of the registry fixture, by docker repository. */
  connector: string;
  /** What the source template already sets (those fields are not shown). */
  defaults: DefaultSet;
  /** Seed of the chosen auth option and of the random defaults. */
  seed: number;
  /** Force the light or dark token set. */
  colorScheme: "light" | "dark";
}

/** Picks an option of the connector's authentication oneOf (or its first top-level oneOf) by its discriminator. */
function authChosen(spec: JSONSchema, seed: number): Record<string, unknown> {
  const entries = Object.entries(spec.properties ?? {}).filter(
    ([, p]) => Array.isArray(p.oneOf) && p.oneOf.length > 0,
  );
  entries.sort(([a], [b]) => Number(!/auth|credential/i.test(a)) - Number(!/auth|credential/i.test(b)));
  for (const [name, property] of entries) {
    const options = property.oneOf ?? [];
    const discriminator = findDiscriminator(options);
    if (!discriminator) continue;
    const option = options[seed % options.length];
    return { [name]: { [discriminator]: constValue(option?.properties?.[discriminator]) } };
  }
  return {};
}

/** A seeded subset of a valid configuration (`sampleValidInput`): valid values the template could default. */
function randomDefaults(spec: JSONSchema, seed: number): Record<string, unknown> {
  const random = mulberry32(seed); // one seed, one sequence: a story always shows the same defaults
  const sample = sampleValidInput(spec, { seed });
  return Object.fromEntries(Object.entries(sample).filter(() => random() < 0.5));
}

function templateDefaults(spec: JSONSchema, set: DefaultSet, seed: number): Record<string, unknown> {
  if (set === "auth chosen") return authChosen(spec, seed);
  if (set === "random valid defaults") return randomDefaults(spec, seed);
  return {};
}

function Gallery({ connector, defaults, seed, colorScheme, api, token }: GalleryArgs & StoryMockApi) {
  const source = getSource(connector);
  const spec = normalizeSpec(source.spec.connectionSpecification).schema;
  const partialDefaultConfig = templateDefaults(spec, defaults, seed);
  return (
    <div style={{ display: "grid", gap: "1rem" }}>
      <CredentialForm
        key={`${connector}|${defaults}|${seed}`}
        token={token}
        baseUrl={api.baseUrl}
        registryUrl={api.registryUrl}
        colorScheme={colorScheme}
        template={{
          id: `gallery-${source.sourceDefinitionId}`,
          name: source.name,
          sourceDefinitionId: source.sourceDefinitionId,
          partialDefaultConfig,
        }}
      />
      <details>
        <summary>Template defaults ({Object.keys(partialDefaultConfig).length} top-level fields)</summary>
        {/* Secret values are masked even here: they are fake, but the rule has no exceptions. */}
        <pre style={{ whiteSpace: "pre-wrap" }}>
          {JSON.stringify(redactSecrets(spec, partialDefaultConfig), null, 2)}
        </pre>
      </details>
    </div>
  );
}

const connectors = allSources()
  .map((source) => source.dockerRepository)
  .sort();
const names = Object.fromEntries(
  allSources().map((s) => [s.dockerRepository, `${s.name} (${s.dockerRepository})`]),
);

const meta = {
  title: "CredentialForm/Connector gallery",
  loaders: [storyMockApi],
  args: {
    connector: "airbyte/source-facebook-marketing",
    defaults: "none",
    seed: 1,
    colorScheme: "light",
  },
  argTypes: {
    connector: { control: { type: "select", labels: names }, options: connectors },
    defaults: { control: "inline-radio", options: ["none", "auth chosen", "random valid defaults"] },
    seed: { control: { type: "number", min: 0, step: 1 } },
    colorScheme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: (args, context) => <Gallery {...args} {...storyLoaded(context)} />,
  play: async ({ canvas, canvasElement, args }) => {
    await canvas.findByRole("button", { name: defaultMessages.submit }, { timeout: 20_000 });
    await expect(canvasElement.querySelector(".cf-root")).toHaveAttribute("data-status", "ready");
    await expect(canvas.queryByRole("alert")).toBeNull();
    // Every required field the template leaves to the user is on screen, by its title.
    const spec = normalizeSpec(getSource(args.connector).spec.connectionSpecification).schema;
    const { schema } = subtractDefaults(spec, templateDefaults(spec, args.defaults, args.seed));
    const text = canvasElement.querySelector(".cf-root")?.textContent ?? "";
    for (const name of schema.required ?? []) {
      const property = schema.properties?.[name];
      if (!isPlainObject(property) || property.airbyte_hidden === true || "const" in property) continue;
      const title = typeof property.title === "string" ? property.title : name;
      await expect(text, `required field "${name}"`).toContain(title);
    }
  },
} satisfies Meta<GalleryArgs>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Pick any of the 208 connectors; the default is the spec with the most quirks (typos, missing types…). */
export const ConnectorGallery: Story = { name: "Connector gallery" };

/** The largest real spec with a seeded subset of valid values defaulted. */
export const LargestSpecWithRandomDefaults: Story = {
  name: "Gallery: GA4, random valid defaults",
  args: { connector: "airbyte/source-google-analytics-data-api", defaults: "random valid defaults", seed: 7 },
};

/** A nested oneOf (cluster type) with one option chosen by the template: its discriminator is not asked for. */
export const NestedOneOfAuthChosen: Story = {
  name: "Gallery: MongoDB, option chosen",
  args: { connector: "airbyte/source-mongodb-v2", defaults: "auth chosen", seed: 1 },
};

/** A oneOf whose `default` names an option title (normalised), in the dark scheme. */
export const OneOfDefaultOptionDark: Story = {
  name: "Gallery: Azure Blob Storage, dark",
  args: { connector: "airbyte/source-azure-blob-storage", colorScheme: "dark" },
};

/** Every fixture connector with `advanced_auth` (OAuth), in the registry's order. */
const oauthConnectors = allSources().filter((source) => source.spec.advanced_auth);

/** One form per OAuth connector, no template defaults: each shows its "Connect with …" button. */
function OAuthGallery({ api, token }: StoryMockApi) {
  return (
    <div style={{ display: "grid", gap: "2rem" }}>
      {oauthConnectors.map((source) => (
        <section
          key={source.dockerRepository}
          data-connector={source.dockerRepository}
          aria-label={source.name}
        >
          <CredentialForm
            token={token}
            baseUrl={api.baseUrl}
            registryUrl={api.registryUrl}
            header={false}
            template={{
              id: `gallery-${source.sourceDefinitionId}`,
              name: source.name,
              sourceDefinitionId: source.sourceDefinitionId,
              partialDefaultConfig: {},
            }}
          />
        </section>
      ))}
    </div>
  );
}

/** The OAuth connectors of the fixture: every one offers "Connect with <connector>" instead of its OAuth fields. */
export const EveryOAuthConnectorShowsConnect: Story = {
  name: "Gallery: every OAuth connector shows Connect",
  render: (_args, context) => <OAuthGallery {...storyLoaded(context)} />,
  play: async ({ canvasElement }) => {
    await expect(oauthConnectors.length).toBeGreaterThan(20);
    for (const source of oauthConnectors) {
      const section = canvasElement.querySelector(`[data-connector="${source.dockerRepository}"]`);
      await expect(section).not.toBeNull();
      const form = within(section as HTMLElement);
      await form.findByRole("button", { name: `Connect with ${source.name}` }, { timeout: 30_000 });
      await expect(form.queryByLabelText(/refresh token/i), source.name).toBeNull();
    }
  },
};
