import { sandboxTemplate, storyLoaded, storyMockApi } from "@credential-form/test-utils";
import { descriptionId, errorId, type WidgetProps } from "@rjsf/utils";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { type ChangeEvent, useId, useState } from "react";
import { expect, waitFor } from "storybook/test";
import { CredentialForm } from "./CredentialForm.js";
import { fr } from "./locales/fr.js";
import { type CredentialFormMessages, defaultMessages } from "./messages.js";
import { sandboxRender } from "./test/sandboxRender.js";

// Hosts restyle the form (tokens, dark scheme), bring their own widgets and translate every string.
const hellobaton = sandboxTemplate("airbyte/source-hellobaton");
const example = hellobaton.example_user_config as { api_key: string; company: string };

const meta = {
  title: "CredentialForm/Customization",
  component: CredentialForm,
  loaders: [storyMockApi],
  args: { token: "", template: { id: hellobaton.id } },
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

type Story = StoryObj<typeof meta>;

/** The dark token set, forced with `colorScheme="dark"` (by default it follows `prefers-color-scheme`). */
export const DarkTheme: Story = {
  name: "Dark theme",
  args: { colorScheme: "dark" },
  decorators: [
    (Story) => (
      <div style={{ background: "#0d0e12", padding: "1.5rem" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole("button", { name: defaultMessages.submit }, { timeout: 15_000 });
    const root = canvasElement.querySelector<HTMLElement>(".cf-root");
    await expect(root).toHaveAttribute("data-theme", "dark");
    // The dark tokens apply: light text on a dark surface.
    await expect(getComputedStyle(root as HTMLElement).backgroundColor).toBe("rgb(22, 23, 29)");
  },
};

/**
 * A host's own secret input: a password field with a "Reveal" checkbox instead of the theme's toggle button.
 * It receives the standard RJSF widget props (label, errors, required, onChange…).
 */
function RevealSecretWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, onChange, onBlur, onFocus, label, rawErrors, schema } =
    props;
  const [revealed, setRevealed] = useState(false);
  const checkboxId = useId();
  const invalid = (rawErrors?.length ?? 0) > 0;
  const described = [
    invalid ? errorId(id) : null,
    typeof schema.description === "string" ? descriptionId(id) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(" ");
  return (
    <div className="story-secret" data-testid="host-secret-widget">
      <input
        id={id}
        name={id}
        className="cf-input"
        type={revealed ? "text" : "password"}
        value={typeof value === "string" ? value : ""}
        required={required}
        disabled={disabled || readonly}
        autoComplete="new-password"
        aria-invalid={invalid || undefined}
        aria-describedby={described || undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) =>
          onChange(event.target.value === "" ? undefined : event.target.value)
        }
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
      <label htmlFor={checkboxId} style={{ display: "inline-flex", gap: "0.35rem", marginTop: "0.25rem" }}>
        <input
          id={checkboxId}
          type="checkbox"
          checked={revealed}
          disabled={disabled}
          onChange={(event) => setRevealed(event.target.checked)}
        />
        Reveal {label}
      </label>
    </div>
  );
}

/** `widgets={{ SecretWidget }}` replaces the masked input of every `airbyte_secret` field. */
export const CustomWidgets: Story = {
  name: "Custom widgets",
  args: { widgets: { SecretWidget: RevealSecretWidget } },
  play: async ({ canvas, userEvent, ...context }) => {
    await canvas.findByRole("button", { name: defaultMessages.submit }, { timeout: 15_000 });
    await expect(canvas.getByTestId("host-secret-widget")).toBeInTheDocument();
    await expect(canvas.queryByRole("button", { name: defaultMessages.showSecret("API Key") })).toBeNull();
    const secret = canvas.getByLabelText(/^API Key/, { selector: "input" });
    await userEvent.type(secret, example.api_key);
    await expect(secret).toHaveAttribute("type", "password");
    await userEvent.click(canvas.getByRole("checkbox", { name: "Reveal API Key" }));
    await expect(secret).toHaveAttribute("type", "text");
    await userEvent.type(canvas.getByLabelText(/^company/, { selector: "input" }), example.company);
    await userEvent.click(canvas.getByRole("button", { name: defaultMessages.submit }));
    await canvas.findByText(defaultMessages.success, { selector: ".cf-success" }, { timeout: 10_000 });
    const [source] = await storyLoaded(context).api.sources();
    await expect(source?.configuration).toEqual(example);
  },
};

/** Every UI string in French: a (partial or full) `messages` object, here the French locale pack's. */
const frenchMessages: CredentialFormMessages = fr.messages;

/** A second language: the buttons, the secret toggle and the announcements all come from `messages`. */
export const CustomMessages: Story = {
  name: "Custom messages (French)",
  args: { messages: frenchMessages },
  parameters: { controls: { exclude: ["messages"] } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const submit = await canvas.findByRole("button", { name: "Envoyer" }, { timeout: 15_000 });
    await expect(canvas.getByRole("button", { name: "Afficher API Key" })).toHaveTextContent("Afficher");
    await userEvent.click(submit);
    const status = canvasElement.querySelector('[role="status"]');
    await waitFor(() => expect(status).toHaveTextContent("2 champs demandent votre attention."), {
      timeout: 10_000,
    });
    await expect(canvas.queryByText(defaultMessages.submit)).toBeNull();
  },
};
