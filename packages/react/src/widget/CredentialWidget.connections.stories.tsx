import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import { connectorStoryLoader } from "../test/connectorStory.js";
import { connectorStoryRender } from "../test/connectorStoryRender.js";
import { findStoryDialog } from "../test/findStoryDialog.js";
import { CredentialWidget } from "./CredentialWidget.js";
import { defaultWidgetMessages } from "./widgetMessages.js";

// The drop-in widget for an end user who already has connections (GitHub connectors created in the loader, in the
// sandbox): it opens on their list, as Airbyte's widget does; "Add a connection" leads to the template picker.
const meta = {
  title: "CredentialWidget/Drop-in widget, with connections",
  component: CredentialWidget,
  loaders: [connectorStoryLoader],
  parameters: { connectors: 2 },
  args: { token: "" },
  argTypes: {
    token: { control: false },
    fetch: { control: false },
    queryClient: { control: false },
    container: { control: false },
  },
  render: connectorStoryRender(CredentialWidget),
} satisfies Meta<typeof CredentialWidget>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Inline: the widget opens on the user's connections (name, Edit, Delete), not on the picker. */
export const OpensOnConnections: Story = {
  args: { inline: true },
  play: async ({ canvas }) => {
    const list = await canvas.findByRole(
      "region",
      { name: defaultConnectorMessages.connectionsTitle },
      { timeout: 15_000 },
    );
    await within(list).findByRole("button", { name: "Edit Work GitHub" }, { timeout: 15_000 });
    await expect(within(list).getByRole("button", { name: "Delete Side project GitHub" })).toBeVisible();
    await expect(canvas.queryByLabelText(defaultWidgetMessages.search)).toBeNull();
  },
};

/** In the dialog: "Add a connection" leads to the template picker (its search focused), Back returns. */
export const AddAConnection: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement, userEvent }) => {
    const { dialog } = await findStoryDialog(canvasElement, defaultConnectorMessages.connectionsTitle);
    await userEvent.click(
      await within(dialog).findByRole(
        "button",
        { name: defaultConnectorMessages.addConnection },
        { timeout: 15_000 },
      ),
    );
    await waitFor(() => expect(dialog).toHaveAccessibleName(defaultWidgetMessages.dialogTitle));
    const templates = await within(dialog).findByRole(
      "list",
      { name: defaultWidgetMessages.templateList },
      { timeout: 15_000 },
    );
    await expect(within(templates).getAllByRole("button").length).toBeGreaterThan(1);
    await userEvent.click(
      within(dialog).getByRole("button", { name: defaultConnectorMessages.backToConnections }),
    );
    await waitFor(() => expect(dialog).toHaveAccessibleName(defaultConnectorMessages.connectionsTitle));
    await within(dialog).findByRole("button", { name: "Edit Work GitHub" });
  },
};
