import { getSource } from "@credential-form/test-utils";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { defaultMessages } from "../messages.js";
import { mockServer, REGISTRY_URL } from "../test/mockServer.js";
import { field, queryField, renderForm, waitForForm } from "../test/renderForm.js";
import { ConnectorHeader } from "../theme/ConnectorHeader.js";

mockServer();

describe("connector header", () => {
  it("shows the connector's registry icon, name and a setup guide opening in a new tab", async () => {
    const github = getSource("airbyte/source-github");
    const { container } = renderForm({ connector: "airbyte/source-github" });
    await waitForForm();
    const header = container.querySelector(".cf-header") as HTMLElement;
    expect(within(header).getByText("GitHub")).toBeVisible();
    // The icon the served registry entry carries (the sandbox serves its own offline `data:` icons, not the CDN's).
    const served = (await (await fetch(REGISTRY_URL)).json()) as {
      sources: { sourceDefinitionId: string; iconUrl?: string }[];
    };
    const entry = served.sources.find((s) => s.sourceDefinitionId === github.sourceDefinitionId);
    expect(entry?.iconUrl).toMatch(/^data:image\/svg\+xml/);
    expect(header.querySelector("img")?.getAttribute("src")).toBe(entry?.iconUrl);
    const guide = within(header).getByRole("link", { name: /^Setup guide/ });
    expect(guide).toHaveTextContent("Setup guide (opens in a new tab)");
    expect(guide).toHaveAttribute("href", github.documentationUrl);
    expect(guide).toHaveAttribute("target", "_blank");
    expect(guide.getAttribute("rel")?.split(" ")).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
  });

  it("can be hidden", async () => {
    const { container } = renderForm({ connector: "airbyte/source-github", header: false });
    await waitForForm();
    expect(container.querySelector(".cf-header")).toBeNull();
  });

  const definition = {
    ...(() => {
      const source = getSource("airbyte/source-hellobaton");
      return {
        name: source.name,
        dockerRepository: source.dockerRepository,
        dockerImageTag: "1.0.0",
        sourceDefinitionId: source.sourceDefinitionId,
      };
    })(),
    iconUrl: "https://icons.example/registry.svg",
    documentationUrl: "https://docs.example/hellobaton",
    spec: { connectionSpecification: {}, advancedAuth: null },
  };
  const template = {
    id: "tpl-1",
    name: "Baton",
    icon: "<svg xmlns='http://www.w3.org/2000/svg'></svg>",
    sourceDefinitionId: definition.sourceDefinitionId,
    partialDefaultConfig: {},
    userConfigSpec: null,
  };

  it("prefers the template's icon (SVG markup becomes a data: URL) and name, and renders the auth tooltip", () => {
    const { container } = render(
      <ConnectorHeader
        template={{ ...template, authTooltip: { fr: "Clé", en: "Find the key in **Settings**." } }}
        definition={definition}
        messages={defaultMessages}
      />,
    );
    expect(screen.getByText("Baton")).toBeVisible();
    expect(container.querySelector("img")?.getAttribute("src")).toMatch(/^data:image\/svg\+xml;/);
    expect(container.querySelector(".cf-header-help")?.textContent).toBe("Find the key in Settings.");
    expect(container.querySelector(".cf-header-help strong")?.textContent).toBe("Settings");
  });

  it("loads the icon lazily, so its download and (for an SVG, main-thread) decode come after the form's first frame", () => {
    const { container } = render(
      <ConnectorHeader template={null} definition={definition} messages={defaultMessages} />,
    );
    const img = container.querySelector("img") as HTMLImageElement;
    expect(img.getAttribute("src")).toBe(definition.iconUrl);
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.getAttribute("decoding")).toBe("async");
  });

  it("shows an auth tooltip given per language in the UI's language (pt-BR, else pt), else English", () => {
    const authTooltip = {
      fr: "La clé est dans **Réglages**.",
      pt: "A chave está em Ajustes.",
      en: "In Settings.",
    };
    const header = (lang: string) => (
      <ConnectorHeader
        template={{ ...template, authTooltip }}
        definition={definition}
        messages={defaultMessages}
        lang={lang}
      />
    );
    const { container, rerender } = render(header("fr"));
    const help = () => container.querySelector(".cf-header-help")?.textContent;
    expect(help()).toBe("La clé est dans Réglages.");
    rerender(header("pt-BR"));
    expect(help()).toBe("A chave está em Ajustes.");
    rerender(header("ja"));
    expect(help()).toBe("In Settings.");
  });

  it("drops unsafe icons and links, falls back to the next icon on error, then to a monogram", () => {
    const { container } = render(
      <ConnectorHeader
        template={{ ...template, icon: "javascript:alert(1)", authTooltip: "[x](javascript:alert(1))" }}
        definition={{ ...definition, documentationUrl: "javascript:alert(1)" }}
        messages={defaultMessages}
      />,
    );
    const img = container.querySelector("img") as HTMLImageElement;
    expect(img.getAttribute("src")).toBe(definition.iconUrl);
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.querySelector('[href^="javascript"], [src^="javascript"]')).toBeNull();
    fireEvent.error(img);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector(".cf-header-monogram")?.textContent).toBe("B");
  });
});

describe("optional sections", () => {
  it("say whose fields they hold and how many, nested ones styled apart, each keeping its own state", async () => {
    const user = userEvent.setup();
    // Not GitHub any more: its nested section lives only until the OAuth code loads (then the OAuth option's optional
    // fields are server-filled and hidden), a race. DB2's "TLS Encrypted" option has an optional key store password.
    renderForm({ connector: "airbyte/source-db2" });
    await waitForForm();
    const selector = field("Encryption") as unknown as HTMLSelectElement;
    await user.selectOptions(selector, "1");
    const root = screen.getByRole("button", { name: /^More options \(\d+\)$/ });
    const nested = screen.getByRole("button", { name: /^More options for Encryption \(\d+\)$/ });
    expect(root.closest(".cf-disclosure")).not.toHaveClass("cf-disclosure-nested");
    expect(nested.closest(".cf-disclosure")).toHaveClass("cf-disclosure-nested");
    // The count is the number of fields the section shows once open.
    await user.click(nested);
    const panel = document.getElementById(nested.getAttribute("aria-controls") ?? "") as HTMLElement;
    const shown = panel.querySelectorAll("input:not([type=hidden]), select, textarea").length;
    expect(shown).toBeGreaterThan(0);
    expect(nested.textContent).toContain(`(${shown})`);
    expect(root).toHaveAttribute("aria-expanded", "false");
    // Another option and back: the section opens the way it was left.
    await user.selectOptions(selector, "0");
    expect(screen.queryByRole("button", { name: /^More options for Encryption/ })).toBeNull();
    await user.selectOptions(selector, "1");
    expect(screen.getByRole("button", { name: /^More options for Encryption/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(root).toHaveAttribute("aria-expanded", "false");
  });
});

describe("array items", () => {
  it("are labelled 'Ad Account ID 1', added with 'Add Ad Account ID', removed by name; help sits by the input", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-facebook-marketing" });
    await waitForForm();
    const add = screen.getByRole("button", { name: "Add Ad Account ID" });
    expect(add).toHaveTextContent("Add Ad Account ID");
    if (!queryField("Ad Account ID 1")) await user.click(add);
    await user.click(screen.getByRole("button", { name: "Add Ad Account ID" }));
    const second = field("Ad Account ID 2");
    expect(second).toHaveAccessibleDescription(
      expect.stringContaining("The Ad Account ID must be a number."),
    );
    const item = second.closest("li") as HTMLElement;
    expect(within(item).getByText("The Ad Account ID must be a number.")).toBeVisible();
    // Not repeated under the array's fieldset.
    const fieldset = item.closest("fieldset") as HTMLElement;
    expect(fieldset.parentElement?.querySelector(":scope > .cf-help")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Remove Ad Account ID 2" }));
    expect(queryField("Ad Account ID 2")).toBeNull();
  });
});
