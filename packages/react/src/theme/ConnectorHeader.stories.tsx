import { getSource } from "@credential-form/test-utils";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { defaultMessages } from "../messages.js";
import { ConnectorHeader } from "./ConnectorHeader.js";
import { injectStyles } from "./styles.js";

// The header above every `<CredentialForm>` (hide it with `header={false}`), on its own: the template's icon
// wins over the registry's, a monogram stands in when neither loads, the auth tooltip renders as safe markdown.
const github = getSource("airbyte/source-github");
const icon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#24292f"/>' +
  '<circle cx="16" cy="16" r="7" fill="none" stroke="#fff" stroke-width="3"/></svg>';
const definition = {
  name: github.name,
  dockerRepository: github.dockerRepository,
  dockerImageTag: "1.0.0",
  sourceDefinitionId: github.sourceDefinitionId,
  // Never the CDN's URL in a story: the network is closed.
  iconUrl: null,
  documentationUrl: github.documentationUrl ?? null,
  spec: { connectionSpecification: {}, advancedAuth: null },
};
const template = {
  id: "tpl-github",
  name: "GitHub",
  icon,
  sourceDefinitionId: github.sourceDefinitionId,
  partialDefaultConfig: {},
  userConfigSpec: null,
  authTooltip:
    "Create a **fine-grained token** with read access to your repositories, see [GitHub's guide](https://docs.github.com/en/authentication).",
};

const meta = {
  title: "Theme/ConnectorHeader",
  component: ConnectorHeader,
  args: { template, definition, messages: defaultMessages },
  argTypes: { messages: { control: false } },
  // The form's stylesheet, which `<CredentialForm>` would inject.
  beforeEach: () => injectStyles(),
  render: (args) => (
    <div className="cf-root">
      <ConnectorHeader {...args} />
    </div>
  ),
} satisfies Meta<typeof ConnectorHeader>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Icon, name, setup guide (new tab) and the template's auth tooltip. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const guide = canvas.getByRole("link", { name: /^Setup guide/ });
    await expect(guide).toHaveAttribute("target", "_blank");
    await expect(guide).toHaveAttribute("rel", "noopener noreferrer");
    await expect(canvas.getByText("fine-grained token")).toBeVisible();
  },
};

/** No icon anywhere and no auth tooltip: the monogram, the name and the guide. */
export const Monogram: Story = {
  args: { template: { ...template, icon: null, authTooltip: null } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".cf-header-monogram")).toHaveTextContent("G");
  },
};

/** The dark token set. */
export const Dark: Story = {
  render: (args) => (
    <div className="cf-root" data-theme="dark">
      <ConnectorHeader {...args} />
    </div>
  ),
};
