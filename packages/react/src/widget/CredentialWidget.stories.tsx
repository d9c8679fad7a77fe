import { sandboxTemplate, storyLoaded, storyMockApi } from "@credential-form/test-utils";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { findStoryDialog } from "../test/findStoryDialog.js";
import { sandboxRender } from "../test/sandboxRender.js";
import { CredentialWidget } from "./CredentialWidget.js";
import { defaultWidgetMessages } from "./widgetMessages.js";

// The drop-in widget against the sandbox: its seeded source templates (real connectors) in the picker, then the
// form, then the success view.
const hellobaton = sandboxTemplate("airbyte/source-hellobaton");
const example = hellobaton.example_user_config as { api_key: string; company: string };

const meta = {
  title: "CredentialWidget/Drop-in widget",
  component: CredentialWidget,
  loaders: [storyMockApi],
  args: { token: "" },
  argTypes: {
    token: { control: false },
    fetch: { control: false },
    queryClient: { control: false },
    container: { control: false },
  },
  render: sandboxRender(CredentialWidget),
} satisfies Meta<typeof CredentialWidget>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Inline: pick a template, fill its form, and the sandbox creates the source. */
export const Inline: Story = {
  args: { inline: true },
  play: async ({ canvas, userEvent, ...context }) => {
    await userEvent.click(await canvas.findByRole("button", { name: /Hellobaton/ }, { timeout: 15_000 }));
    const submit = await canvas.findByRole(
      "button",
      { name: defaultWidgetMessages.submit },
      { timeout: 15_000 },
    );
    await userEvent.type(canvas.getByLabelText(/^API Key/, { selector: "input" }), example.api_key);
    await userEvent.type(canvas.getByLabelText(/^company/, { selector: "input" }), example.company);
    await userEvent.click(submit);
    await canvas.findByText(defaultWidgetMessages.created("Hellobaton"), {}, { timeout: 10_000 });
    const [source] = await storyLoaded(context).api.sources();
    await expect(source?.source_template_id).toBe(hellobaton.id);
    await expect(source?.configuration).toEqual(example);
  },
};

/** In a modal dialog (opened by default here): search filters the sources; Escape closes it. */
export const Dialog: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement, userEvent }) => {
    const { page, dialog } = await findStoryDialog(canvasElement, defaultWidgetMessages.dialogTitle);
    const list = await within(dialog).findByRole(
      "list",
      { name: defaultWidgetMessages.templateList },
      { timeout: 15_000 },
    );
    await expect(within(list).getAllByRole("button").length).toBeGreaterThan(1);
    await userEvent.type(within(dialog).getByLabelText(defaultWidgetMessages.search), "mongo");
    await waitFor(() => expect(within(list).getAllByRole("button")).toHaveLength(1));
    await expect(within(list).getByRole("button")).toHaveTextContent("MongoDB Atlas");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(page.queryByRole("dialog")).toBeNull());
  },
};
