import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import { connectorStory, connectorStoryLoader } from "../test/connectorStory.js";
import { ConnectorList, type ConnectorListProps } from "./ConnectorList.js";

// The end user's connections, from the sandbox (GitHub connectors created in the loader).
const meta = {
  title: "Connectors/Connections list",
  component: ConnectorList,
  loaders: [connectorStoryLoader],
  parameters: { connectors: 2 },
  args: { token: "", onEdit: fn(), onAdd: fn() },
  argTypes: { token: { control: false }, fetch: { control: false }, queryClient: { control: false } },
  render: (args: ConnectorListProps, context) => {
    const { api, scopedToken } = connectorStory(context);
    return <ConnectorList {...args} token={args.token || scopedToken} baseUrl={api.baseUrl} />;
  },
} satisfies Meta<typeof ConnectorList>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Two connections, each with Edit and Delete; "Add a connection" below. */
export const WithConnections: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await canvas.findByText("Work GitHub", {}, { timeout: 15_000 });
    await userEvent.click(canvas.getByRole("button", { name: "Edit Work GitHub" }));
    await expect(args.onEdit).toHaveBeenCalledWith(expect.objectContaining({ name: "Work GitHub" }));
    await userEvent.click(canvas.getByRole("button", { name: defaultConnectorMessages.addConnection }));
    await expect(args.onAdd).toHaveBeenCalled();
  },
};

/** No connections yet. */
export const Empty: Story = {
  parameters: { connectors: 0 },
  play: async ({ canvas }) => {
    await canvas.findByText(defaultConnectorMessages.noConnections, {}, { timeout: 15_000 });
  },
};

/** Delete asks first; confirming removes the connection from the sandbox and the list. */
export const DeleteConfirmation: Story = {
  play: async ({ canvas, userEvent, canvasElement, ...context }) => {
    await userEvent.click(
      await canvas.findByRole("button", { name: "Delete Side project GitHub" }, { timeout: 15_000 }),
    );
    const dialog = within(canvasElement.ownerDocument.body).getByRole("dialog");
    await expect(dialog).toHaveAccessibleName("Delete Side project GitHub?");
    await userEvent.click(within(dialog).getByRole("button", { name: defaultConnectorMessages.delete }));
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(1));
    // The sandbox's store is append-only: the last record of each id is the connector as it stands.
    const latest = new Map((await connectorStory(context).api.sources()).map((s) => [s.id, s]));
    const live = [...latest.values()].filter((s) => !s.deleted);
    await expect(live.map((s) => s.name)).toEqual(["Work GitHub"]);
  },
};
