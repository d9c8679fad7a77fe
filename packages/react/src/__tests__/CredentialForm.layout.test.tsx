import { getSource } from "@credential-form/test-utils";
import type { WidgetProps } from "@rjsf/utils";
import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockServer } from "../test/mockServer.js";
import { field, queryField, renderForm, waitForForm } from "../test/renderForm.js";

mockServer();

function HostSecretWidget(props: WidgetProps) {
  return (
    <input
      id={props.id}
      data-testid="host-secret"
      value={String(props.value ?? "")}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

function precedes(a: Element, b: Element): boolean {
  return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

describe("<CredentialForm> layout of real specs", () => {
  it("never shows fields the template defaults", async () => {
    renderForm({
      connector: "airbyte/source-agilecrm",
      template: {
        id: "tpl",
        sourceDefinitionId: getSource("airbyte/source-agilecrm").sourceDefinitionId,
        partialDefaultConfig: { domain: "acme", email: "ops@acme.test" },
      },
    });
    await waitForForm();
    expect(field("API Key")).toBeInTheDocument();
    expect(queryField("Domain")).not.toBeInTheDocument();
    expect(queryField("Email Address")).not.toBeInTheDocument();
  });

  it("respects `order` rather than declaration order", async () => {
    renderForm({ connector: "airbyte/source-agilecrm" });
    await waitForForm();
    // Declared api_key, domain, email; ordered email (0), domain (1), api_key (2).
    expect(precedes(field("Email Address"), field("Domain"))).toBe(true);
    expect(precedes(field("Domain"), field("API Key"))).toBe(true);
  });

  it("puts optional fields in a collapsed section that opens with the keyboard", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-github" });
    await waitForForm();
    const toggle = screen.getAllByRole("button", { name: /^More options/ }).at(-1) as HTMLElement;
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    // Not rendered until the section first opens (a large spec mounts only what it shows).
    expect(queryField("Start date")).toBeNull();
    expect(field("GitHub Repository 1")).toBeVisible();
    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(field("Start date")).toBeVisible();
    expect(document.getElementById(toggle.getAttribute("aria-controls") ?? "")).toContainElement(
      field("Start date"),
    );
  });

  it("keeps what was typed in an optional field when its section closes and reopens", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-github" });
    await waitForForm();
    const toggle = screen.getAllByRole("button", { name: /^More options/ }).at(-1) as HTMLElement;
    await user.click(toggle);
    await user.type(field("Start date"), "2024-01-01T00:00:00Z");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(field("Start date")).not.toBeVisible();
    await user.click(toggle);
    expect(field("Start date")).toHaveValue("2024-01-01T00:00:00Z");
  });

  it("renders `groups` as fieldsets with a legend", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-mongodb-v2" });
    await waitForForm();
    const toggles = screen.getAllByRole("button", { name: /^More options/ });
    for (const toggle of toggles)
      if (toggle.getAttribute("aria-expanded") === "false") await user.click(toggle);
    const advanced = screen.getByRole("group", { name: "Advanced" });
    expect(advanced.tagName).toBe("FIELDSET");
    expect(
      within(advanced).getByLabelText(/Document discovery sample size/i, { selector: "input" }),
    ).toBeVisible();
  });

  it("switches oneOf options with a selector, hides the discriminator and keeps what was typed per option", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-azure-blob-storage" });
    await waitForForm();
    const selector = field("Authentication") as unknown as HTMLSelectElement;
    const options = within(selector)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toContain("Authenticate via Oauth2");
    await user.selectOptions(selector, "Authenticate via Oauth2");
    expect(queryField("Auth Type")).toBeNull();
    await user.type(field("Tenant ID"), "tenant-one");
    await user.selectOptions(selector, "Authenticate via Client Credentials");
    expect(field("Tenant ID")).toHaveValue("");
    await user.type(field("Tenant ID"), "app-tenant");
    await user.selectOptions(selector, "Authenticate via Oauth2");
    expect(field("Tenant ID")).toHaveValue("tenant-one");
    await user.selectOptions(selector, "Authenticate via Client Credentials");
    expect(field("Tenant ID")).toHaveValue("app-tenant");
  });

  it("renders a radio group for display_type radio and switches options with it", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-mongodb-v2" });
    await waitForForm();
    const group = screen.getByRole("group", { name: /^Cluster Type/ });
    const atlas = within(group).getByRole("radio", { name: "MongoDB Atlas Replica Set" });
    const selfManaged = within(group).getByRole("radio", { name: "Self-Managed Replica Set" });
    expect(atlas).toBeChecked();
    await user.click(selfManaged);
    expect(selfManaged).toBeChecked();
    expect(atlas).not.toBeChecked();
    expect(queryField("Cluster Type")).toBeNull();
  });

  it("masks secrets with a labelled show/hide toggle, new-password autocomplete and no placeholder", async () => {
    const user = userEvent.setup();
    renderForm();
    await waitForForm();
    const secret = field("API Key");
    expect(secret).toHaveAttribute("type", "password");
    expect(secret).toHaveAttribute("autocomplete", "new-password");
    expect(secret).not.toHaveAttribute("placeholder");
    await user.type(secret, "hunter2-secret");
    const show = screen.getByRole("button", { name: "Show API Key" });
    expect(show).toHaveAttribute("aria-pressed", "false");
    await user.click(show);
    expect(secret).toHaveAttribute("type", "text");
    expect(screen.getByRole("button", { name: "Hide API Key" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "Hide API Key" }));
    expect(secret).toHaveAttribute("type", "password");
    expect(secret).toHaveValue("hunter2-secret");
    // A non-secret keeps its example as placeholder.
    expect(field("company")).toHaveAttribute("placeholder", "google");
  });

  it("adds, reorders and removes array items with the keyboard", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-github" });
    await waitForForm();
    await user.type(field("GitHub Repository 1"), "acme/one");
    const add = screen.getByRole("button", { name: "Add GitHub Repository" });
    add.focus();
    await user.keyboard("{Enter}");
    await user.type(field("GitHub Repository 2"), "acme/two");
    screen.getByRole("button", { name: "Move item 2 up" }).focus();
    await user.keyboard(" ");
    expect(field("GitHub Repository 1")).toHaveValue("acme/two");
    expect(field("GitHub Repository 2")).toHaveValue("acme/one");
    screen.getByRole("button", { name: "Remove GitHub Repository 1" }).focus();
    await user.keyboard("{Enter}");
    expect(field("GitHub Repository 1")).toHaveValue("acme/one");
    expect(queryField("GitHub Repository 2")).toBeNull();
  });

  it("renders titles and descriptions as safe markdown inside the form", async () => {
    renderForm({
      template: {
        id: "tpl-md",
        sourceDefinitionId: getSource("airbyte/source-hellobaton").sourceDefinitionId,
        userConfigSpec: {
          type: "object",
          required: ["token"],
          properties: {
            token: {
              type: "string",
              title: "Access **token**",
              description:
                'See <img src=x onerror="window.__cf_pwned=1"> [bad](javascript:window.__cf_pwned=2) and [docs](https://docs.airbyte.com).',
            },
          },
        },
      },
    });
    await waitForForm();
    const input = screen.getByLabelText(/^Access token/, { selector: "input" });
    const description = document.getElementById(`${input.id}__description`) as HTMLElement;
    expect(input.getAttribute("aria-describedby")).toContain(description.id);
    expect(description.querySelector("img")).toBeNull();
    const links = within(description).getAllByRole("link");
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute("href", "https://docs.airbyte.com");
    expect(links[0]).toHaveAttribute("rel", "noopener noreferrer");
    expect(document.querySelector("label strong")).toHaveTextContent("token");
    expect((window as { __cf_pwned?: number }).__cf_pwned).toBeUndefined();
  });

  it("lets the host override theme widgets", async () => {
    renderForm({
      widgets: { SecretWidget: HostSecretWidget },
    });
    await waitForForm();
    expect(screen.getByTestId("host-secret")).toBe(field("API Key"));
  });
});
