import { sandboxTemplate, storyMockApi } from "@credential-form/test-utils";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { CredentialForm } from "./CredentialForm.js";
import { de } from "./locales/de.js";
import { ja } from "./locales/ja.js";
import { sandboxRender } from "./test/sandboxRender.js";

// Locale packs (`@credential-form/react/locales/<code>`) and right-to-left layout. The toolbar's Locale and
// Direction menus apply the same to every story of the form, the widget and the picker.
const hellobaton = sandboxTemplate("airbyte/source-hellobaton");

const meta = {
  title: "CredentialForm/Locales",
  component: CredentialForm,
  loaders: [storyMockApi],
  args: { token: "", template: { id: hellobaton.id } },
  argTypes: { token: { control: false }, locale: { control: false }, fetch: { control: false } },
  render: sandboxRender(CredentialForm),
} satisfies Meta<typeof CredentialForm>;
export default meta;

type Story = StoryObj<typeof meta>;

/** `locale={de}`: every string, the required marker and the validation messages (ajv-i18n) in German. */
export const German: Story = {
  args: { locale: de },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Absenden" }, { timeout: 15_000 }));
    const status = canvasElement.querySelector('[role="status"]');
    await waitFor(() => expect(status).toHaveTextContent("2 Felder erfordern Ihre Aufmerksamkeit."), {
      timeout: 10_000,
    });
    await expect(canvas.getByText("Muss das erforderliche Attribut api_key enthalten")).toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: "API Key anzeigen" })).toBeInTheDocument();
  },
};

/** `locale={ja}`: Japanese. */
export const Japanese: Story = {
  args: { locale: ja },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "送信" }, { timeout: 15_000 }));
    await expect(await canvas.findByText("必要なプロパティapi_keyがなければいけない")).toBeInTheDocument();
  },
};

/**
 * `dir="rtl"` on any ancestor (here the story's wrapper): the theme uses CSS logical properties, so labels,
 * required markers, the secret toggle and the buttons start on the right.
 */
export const RightToLeft: Story = {
  name: "Right to left",
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    const submit = await canvas.findByRole("button", { name: "Submit" }, { timeout: 15_000 });
    const form = canvasElement.querySelector(".cf-root") as HTMLElement;
    const input = canvasElement.querySelector(".cf-secret input") as HTMLElement;
    const toggle = canvasElement.querySelector(".cf-secret button") as HTMLElement;
    const right = form.getBoundingClientRect().right;
    await expect(Math.abs(submit.getBoundingClientRect().right - right)).toBeLessThan(2);
    await expect(toggle.getBoundingClientRect().right).toBeLessThanOrEqual(
      input.getBoundingClientRect().left,
    );
  },
};
