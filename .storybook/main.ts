import type { StorybookConfig } from "@storybook/react-vite";

const config: StorybookConfig = {
  stories: ["../packages/*/src/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(config) {
    const { defaultClientConditions } = await import("vite");
    config.resolve ??= {};
    config.resolve.conditions = ["source", ...defaultClientConditions];
    return config;
  },
};
export default config;
