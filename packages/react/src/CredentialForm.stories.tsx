import {
  createServerError,
  createValidationError,
  getSource,
  type MockApi,
  registryFailure,
  type StorySandboxParameters,
  sandboxTemplate,
  sessionExpired,
  slowCreate,
  slowRegistry,
  storyLoaded,
  storyMockApi,
  templateNotFound,
} from "@credential-form/test-utils";
import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { CredentialForm, type CredentialFormProps } from "./CredentialForm.js";
import { defaultMessages } from "./messages.js";
import { sandboxRender } from "./test/sandboxRender.js";

// Every story talks to its own sandbox (the Airbyte Embedded API emulator) through MSW: a seeded source template
// over the real Hellobaton connector of the registry fixture, a widget token the sandbox signed.
const hellobaton = sandboxTemplate("airbyte/source-hellobaton");
const example = hellobaton.example_user_config as { api_key: string; company: string };
const github = getSource("airbyte/source-github");

type Story = StoryObj<typeof meta>;

function sandbox(parameters: StorySandboxParameters): { sandbox: StorySandboxParameters } {
  return { sandbox: parameters };
}

const meta = {
  title: "CredentialForm/States",
  component: CredentialForm,
  loaders: [storyMockApi],
  args: {
    // Replaced by the token the story's sandbox signs (see `render`).
    token: "",
    template: { id: hellobaton.id },
  },
  argTypes: {
    token: { control: false },
    fetch: { control: false },
    queryClient: { control: false },
    widgets: { control: false },
    fields: { control: false },
    templates: { control: false },
  },
  render: sandboxRender(CredentialForm),
} satisfies Meta<typeof CredentialForm>;
export default meta;

type PlayContext = StoryContext<CredentialFormProps>;

async function formReady(canvas: PlayContext["canvas"]): Promise<HTMLElement> {
  return canvas.findByRole("button", { name: defaultMessages.submit }, { timeout: 15_000 });
}

function input(canvas: PlayContext["canvas"], label: RegExp): HTMLInputElement {
  return canvas.getByLabelText(label, { selector: "input, textarea, select" }) as HTMLInputElement;
}

/** Fills Hellobaton's fields (the example user config the sandbox validates against the full spec). */
async function fillHellobaton({ canvas, userEvent }: PlayContext): Promise<void> {
  await formReady(canvas);
  await userEvent.type(input(canvas, /^API Key/), example.api_key);
  await userEvent.type(input(canvas, /^company/), example.company);
}

async function fillAndSubmit(context: PlayContext): Promise<void> {
  await fillHellobaton(context);
  await context.userEvent.click(context.canvas.getByRole("button", { name: defaultMessages.submit }));
}

/** The seeded Hellobaton template, loaded from the sandbox: the end user types every field. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await formReady(canvas);
    await expect(input(canvas, /^API Key/)).toHaveAttribute("type", "password");
    await expect(input(canvas, /^company/)).toHaveAttribute("placeholder", "google");
  },
};

/** The registry never answers: the skeleton and its screen-reader text. */
export const Loading: Story = {
  parameters: sandbox({ overrides: (api: MockApi) => [slowRegistry(api)] }),
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText(defaultMessages.loading)).toBeInTheDocument();
    await expect(canvasElement.querySelector(".cf-root")).toHaveAttribute("aria-busy", "true");
  },
};

/** The registry answers 500: an alert with Retry. */
export const RegistryError: Story = {
  name: "Registry error",
  parameters: sandbox({ overrides: (api: MockApi) => [registryFailure(api)] }),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert", {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(defaultMessages.specLoadError);
    await expect(within(alert).getByRole("button", { name: defaultMessages.retry })).toBeEnabled();
  },
};

/** The source template does not exist (404 from the sandbox). */
export const TemplateError: Story = {
  name: "Template error",
  parameters: sandbox({ overrides: (api: MockApi) => [templateNotFound(api)] }),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert", {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(defaultMessages.templateLoadError);
  },
};

/** The host passed a widget token that expired an hour ago (signed by the sandbox): nothing is requested. */
export const ExpiredToken: Story = {
  name: "Expired token",
  parameters: sandbox({ tokenTtlSeconds: -3600 }),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert", {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(defaultMessages.sessionExpired);
  },
};

/** The token looks valid here but the server says it has expired (401 from the sandbox, e.g. clock skew). */
export const ExpiredOnServer: Story = {
  name: "Expired token (server)",
  parameters: sandbox({ overrides: (api: MockApi) => [sessionExpired(api)] }),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert", {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(defaultMessages.sessionExpired);
  },
};

/** Creating the source never answers: the button says so and every input is disabled. */
export const Submitting: Story = {
  parameters: sandbox({ overrides: (api: MockApi) => [slowCreate(api)] }),
  play: async (context) => {
    await fillAndSubmit(context);
    const { canvas } = context;
    const button = await canvas.findByRole("button", { name: defaultMessages.submitting });
    await expect(button).toBeDisabled();
    await expect(input(canvas, /^company/)).toBeDisabled();
  },
};

const companyError = "Airbyte could not find this Baton company.";

/** Airbyte rejects a value the form accepted (422): the message sits on that field and the input is kept. */
export const ServerFieldErrors: Story = {
  name: "Server field errors (422)",
  parameters: sandbox({
    overrides: (api: MockApi) => [createValidationError(api, [{ path: "company", message: companyError }])],
  }),
  play: async (context) => {
    await fillAndSubmit(context);
    const { canvas } = context;
    const company = input(canvas, /^company/);
    await waitFor(() => expect(company).toHaveAttribute("aria-invalid", "true"), { timeout: 10_000 });
    await expect(company).toHaveAccessibleDescription(expect.stringContaining(companyError));
    await expect(company).toHaveValue(example.company);
    await expect(input(canvas, /^API Key/)).not.toHaveAttribute("aria-invalid", "true");
    await expect(canvas.queryAllByText(companyError)).toHaveLength(1);
  },
};

/** Airbyte fails (500): a form-level alert with Retry; nothing was created. */
export const ServerError: Story = {
  name: "Server error (500)",
  parameters: sandbox({ overrides: (api: MockApi) => [createServerError(api)] }),
  play: async (context) => {
    await fillAndSubmit(context);
    const { canvas } = context;
    const alert = await canvas.findByRole("alert", {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(defaultMessages.submitError);
    await expect(within(alert).getByRole("button", { name: defaultMessages.retry })).toBeEnabled();
    await expect(input(canvas, /^company/)).toHaveValue(example.company);
    await expect(await storyLoaded(context).api.sources()).toHaveLength(0);
  },
};

/** Default, filled and submitted: the sandbox stored the source and the success panel shows. */
export const Success: Story = {
  play: async (context) => {
    await fillAndSubmit(context);
    await expect(
      await context.canvas.findByText(
        defaultMessages.success,
        { selector: ".cf-success" },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    const sources = await storyLoaded(context).api.sources();
    await expect(sources).toHaveLength(1);
    await expect(sources[0]).toMatchObject({
      source_template_id: hellobaton.id,
      source_definition_id: getSource("airbyte/source-hellobaton").sourceDefinitionId,
      configuration: example,
    });
  },
};

/**
 * A real oneOf (GitHub's authentication, nothing defaulted): switching options keeps what was typed in each,
 * and the `option_title` discriminator is never an input.
 */
export const OneOfSwitching: Story = {
  name: "oneOf switching",
  args: { template: { id: "story-github", sourceDefinitionId: github.sourceDefinitionId, name: "GitHub" } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await formReady(canvas);
    const selector = input(canvas, /^Authentication/) as unknown as HTMLSelectElement;
    await userEvent.selectOptions(selector, "Personal Access Token");
    const token = "ghp_storyStoryStoryStory";
    await userEvent.type(input(canvas, /^Personal Access Tokens/), token);

    await userEvent.selectOptions(selector, "OAuth");
    await expect(canvas.queryByLabelText(/^Personal Access Tokens/)).toBeNull();
    // OAuth fields are the server's: the option shows the consent button, not an Access Token input.
    await expect(await canvas.findByRole("button", { name: /^Connect with GitHub/ })).toBeVisible();
    await expect(canvas.queryByLabelText(/^Access Token/)).toBeNull();

    await userEvent.selectOptions(selector, "Personal Access Token");
    await expect(input(canvas, /^Personal Access Tokens/)).toHaveValue(token);
    // The discriminator is carried in the data, never shown as a field.
    const shown = [...canvasElement.querySelectorAll("input, select, textarea")].filter(
      (element) =>
        (element as HTMLInputElement).value === "PAT Credentials" &&
        (element as HTMLInputElement).type !== "hidden",
    );
    await expect(shown).toHaveLength(0);
    await expect(canvas.queryByLabelText(/option_title/i)).toBeNull();
  },
};
