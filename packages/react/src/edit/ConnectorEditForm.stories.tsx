import { MASKED_SECRET } from "@credential-form/core/connectors";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { connectorStory, connectorStoryLoader } from "../test/connectorStory.js";
import { connectorStoryRender } from "../test/connectorStoryRender.js";
import { ConnectorEditForm } from "./ConnectorEditForm.js";
import { defaultConnectorMessages } from "./connectorMessages.js";

// Edit mode against the sandbox: a GitHub connector created in the loader, its token stored and masked.
const meta = {
  title: "Connectors/Edit a connection",
  component: ConnectorEditForm,
  loaders: [connectorStoryLoader],
  args: { token: "", connectorId: "" },
  argTypes: {
    token: { control: false },
    connectorId: { control: false },
    fetch: { control: false },
    queryClient: { control: false },
  },
  render: connectorStoryRender(ConnectorEditForm),
} satisfies Meta<typeof ConnectorEditForm>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The current values; the stored token shows as "unchanged" with Replace, never as a value. */
export const Unchanged: Story = {
  play: async ({ canvas, canvasElement }) => {
    const replace = await canvas.findByRole(
      "button",
      { name: /^Replace Personal Access Token/ },
      { timeout: 15_000 },
    );
    await expect(replace).toHaveAccessibleDescription(defaultConnectorMessages.secretUnchanged);
    await expect(canvasElement.innerHTML).not.toContain(MASKED_SECRET);
  },
};

/** Saving without a change: "Nothing to save", and nothing is sent. */
export const NothingToSave: Story = {
  play: async ({ canvas, userEvent, ...context }) => {
    const save = await canvas.findByRole(
      "button",
      { name: defaultConnectorMessages.editSave },
      { timeout: 15_000 },
    );
    await userEvent.click(save);
    await canvas.findByText(defaultConnectorMessages.editNothingToSave, { selector: "p" });
    const [source] = await connectorStory(context).api.sources();
    await expect(source?.updated_at).toBeUndefined();
  },
};

/** Replacing the stored token: the input takes the focus; "Keep stored value" goes back. */
export const ReplacingASecret: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(
      await canvas.findByRole("button", { name: /^Replace Personal Access Token/ }, { timeout: 15_000 }),
    );
    const input = canvas.getByLabelText(/^Personal Access Token/, { selector: "input" });
    await waitFor(() => expect(input).toHaveFocus());
    await expect(canvas.getByRole("button", { name: /^Keep stored value/ })).toBeVisible();
  },
};

/** A connector that does not exist (or belongs to another workspace): the load error, with Retry. */
export const LoadError: Story = {
  args: { connectorId: "00000000-0000-4000-8000-000000000000" },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert", {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(defaultConnectorMessages.editLoadError);
  },
};
