import { createEmbeddedClient, type JSONSchema, validateFullConfig } from "@credential-form/core";
import { allSources, getSource } from "@credential-form/test-utils";
import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { ConnectorList } from "../connectors/ConnectorList.js";
import { ConnectorEditForm } from "../edit/ConnectorEditForm.js";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import { de } from "../locales/de.js";
import { en } from "../locales/en.js";
import { ja } from "../locales/ja.js";
import { githubConfig } from "../test/githubConfig.js";
import { API_BASE, jwtOf, mockServer, mockToken, REGISTRY_URL, templateIdFor } from "../test/mockServer.js";
import { renderForm } from "../test/renderForm.js";
import { renderMocked } from "../test/renderMocked.js";
import { sentencePattern, shownStrings } from "../test/shownStrings.js";
import { CredentialWidget } from "../widget/CredentialWidget.js";

// The audit of issue #22: every string of ours a user meets in the main states of the form, the widget and the
// connections list, rendered in German and in Japanese, is the pack's; none is one of the English pack's (nor one of
// core's English validation messages). The spec's own texts and connector names stay as the registry gives them.

const mock = mockServer();
const HELLOBATON = getSource("airbyte/source-hellobaton");
const SAMPLE = "%9";

/** A pack's strings by key, functions called with a placeholder for every argument. */
function packStrings(locale: CredentialFormLocale): Map<string, string> {
  const out = new Map<string, string>();
  const call = (value: unknown) => (value as (...args: string[]) => string)(SAMPLE, SAMPLE);
  for (const [key, value] of Object.entries(locale.messages)) {
    if (typeof value === "function") out.set(key, call(value));
    else if (typeof value === "string") out.set(key, value);
    else
      for (const [code, text] of Object.entries(value as Record<string, string>))
        out.set(`apiErrors.${code}`, text.replace("#", SAMPLE));
  }
  for (const [key, value] of Object.entries(locale.connectorMessages ?? {}))
    out.set(`connectors.${key}`, typeof value === "function" ? call(value) : String(value));
  return out;
}

/**
 * The English pack's sentences as patterns, less those the other pack words alike ("Option 2") and those too short
 * to tell apart from data ("%9 %9", an array item's label).
 */
function englishPatterns(locale: CredentialFormLocale): RegExp[] {
  const own = packStrings(locale);
  return [...packStrings(en)]
    .filter(
      ([key, text]) =>
        own.get(key) !== text && text.replaceAll(SAMPLE, "").replace(/[^\p{L}]/gu, "").length >= 3,
    )
    .map(([, text]) => sentencePattern(text));
}

/** Core's English validation messages of an empty Hellobaton config ("API Key is required", …). */
const coreEnglish = validateFullConfig(HELLOBATON.spec.connectionSpecification as JSONSchema, {}).errors.map(
  (error) => error.message,
);

/** Registry data shown as given: every spec's texts and every connector's name. */
const registryTexts = JSON.stringify(allSources().map((source) => [source.name, source.spec]));

/** Strings shown in `root` that are English strings of ours. */
function leaks(root: ParentNode, locale: CredentialFormLocale): string[] {
  const patterns = englishPatterns(locale);
  return [...shownStrings(root)].filter(
    (text) =>
      !registryTexts.includes(JSON.stringify(text)) &&
      (coreEnglish.includes(text) || patterns.some((pattern) => pattern.test(text))),
  );
}

const submitName = (locale: CredentialFormLocale) => ({ name: locale.messages.submit });

/** Waits for the Hellobaton form, fills it (found by RJSF's ids: the labels carry the locale's marker) and submits. */
async function fillHellobaton(
  user: ReturnType<typeof userEvent.setup>,
  container: HTMLElement,
  locale: CredentialFormLocale,
) {
  await screen.findByRole("button", submitName(locale), { timeout: 8000 });
  await user.type(container.querySelector('input[id$="_api_key"]') as HTMLInputElement, "hb-key");
  await user.type(container.querySelector('input[id$="_company"]') as HTMLInputElement, "acme");
  await user.click(screen.getByRole("button", submitName(locale)));
}
const locales = [
  ["de", de],
  ["ja", ja],
] as const;

describe.each(locales)("locale audit: %s", (_code, locale) => {
  it("the form: loading, ready, validation errors after an empty submit", async () => {
    const user = userEvent.setup();
    const { container } = renderForm({ locale });
    // The skeleton (with its label for screen readers), or the form already if everything was cached.
    await waitFor(() => expect(container.textContent).not.toBe(""));
    expect(leaks(container, locale)).toEqual([]);
    await user.click(await screen.findByRole("button", submitName(locale), { timeout: 8000 }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(locale.messages.errorCount(2)));
    expect(container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2);
    expect(leaks(container, locale)).toEqual([]);
  });

  it.each([
    ["a server error", 503],
    ["a conflict Airbyte gives no words for", 409],
    ["a rejected request", 422],
  ])("the form: %s on create", async (_name, status) => {
    const user = userEvent.setup();
    mock.state.createQueue.push(() => new HttpResponse("", { status }));
    const { container } = renderForm({ locale, check: "off" });
    await fillHellobaton(user, container, locale);
    const alert = await screen.findByRole("alert", {}, { timeout: 8000 });
    expect(alert.textContent).not.toBe("");
    expect(leaks(container, locale)).toEqual([]);
  });

  it("the form: network failure on create, then success on Retry", async () => {
    const user = userEvent.setup();
    mock.state.createQueue.push(() => HttpResponse.error());
    const { container } = renderForm({ locale, check: "off" });
    await fillHellobaton(user, container, locale);
    await screen.findByRole("alert", {}, { timeout: 8000 });
    expect(leaks(container, locale)).toEqual([]);
    await user.click(screen.getByRole("button", { name: locale.messages.retry }));
    await within(container).findAllByText(locale.messages.success, {}, { timeout: 8000 });
    expect(leaks(container, locale)).toEqual([]);
  });

  it("the form: a session that expired before the submit, a spec that cannot be loaded", async () => {
    const user = userEvent.setup();
    const expired = renderForm({ locale, check: "off" });
    mock.state.rejectedJwts.add(jwtOf(mockToken()));
    await fillHellobaton(user, expired.container, locale);
    await within(expired.container).findAllByText(locale.messages.sessionExpired, {}, { timeout: 8000 });
    expect(leaks(expired.container, locale)).toEqual([]);
    expired.unmount();
    mock.state.rejectedJwts.clear();

    mock.server.use(http.get(REGISTRY_URL, () => new HttpResponse(null, { status: 500 })));
    const broken = renderForm({ locale, connector: "airbyte/source-github" });
    await within(broken.container).findByText(locale.messages.specLoadError, {}, { timeout: 15_000 });
    expect(leaks(broken.container, locale)).toEqual([]);
  });

  it("the widget's picker and the connections list", async () => {
    const widget = renderMocked(CredentialWidget, { open: true, registryUrl: REGISTRY_URL, locale });
    const dialog = await screen.findByRole("dialog", { name: locale.messages.dialogTitle });
    await within(dialog).findAllByRole("button", { name: "Hellobaton" }, { timeout: 8000 });
    expect(leaks(document.body, locale)).toEqual([]);
    widget.unmount();

    const list = renderMocked(ConnectorList, { locale, onEdit: () => {}, onAdd: () => {} });
    await within(list.container).findByText(
      locale.connectorMessages?.noConnections ?? "",
      {},
      { timeout: 8000 },
    );
    expect(leaks(list.container, locale)).toEqual([]);
  });
  it("edit mode, a list with an entry and its delete confirmation, a list that cannot load", async () => {
    const user = userEvent.setup();
    const connectors = locale.connectorMessages ?? defaultConnectorMessages;
    const github = getSource("airbyte/source-github");
    const client = createEmbeddedClient({ token: mockToken(), baseUrl: API_BASE });
    const created = await client.createSource({
      templateId: templateIdFor(github.sourceDefinitionId),
      config: githubConfig("ghp_auditStoredToken"),
      name: "Audit GitHub",
    });
    const edit = renderMocked(ConnectorEditForm, {
      connectorId: created.id,
      registryUrl: REGISTRY_URL,
      locale,
    });
    const save = await screen.findByRole("button", { name: connectors.editSave }, { timeout: 10_000 });
    // The stored secret shows as unchanged, with its Replace button.
    await waitFor(() => expect(edit.container.querySelector(".cf-secret-unchanged")).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(leaks(edit.container, locale)).toEqual([]);
    await user.click(save);
    await waitFor(
      // Saved (the form writes back defaults the stored config lacks) or nothing to save: a note either way.
      () =>
        expect(
          [connectors.editSaved, connectors.editNothingToSave].some(
            (note) => note && edit.container.textContent?.includes(note),
          ),
        ).toBe(true),
      { timeout: 8000 },
    );
    expect(leaks(edit.container, locale)).toEqual([]);
    edit.unmount();

    const list = renderMocked(ConnectorList, { locale, onEdit: () => {}, onAdd: () => {} });
    const remove = await within(list.container).findByRole(
      "button",
      { name: connectors.deleteConnection("Audit GitHub") },
      { timeout: 8000 },
    );
    await user.click(remove);
    await screen.findByRole("dialog", { name: connectors.confirmDeleteTitle("Audit GitHub") });
    expect(leaks(document.body, locale)).toEqual([]);
    list.unmount();

    mock.state.rejectedJwts.add(jwtOf(mockToken()));
    const failed = renderMocked(ConnectorList, { locale, onEdit: () => {} });
    await within(failed.container).findByText(
      connectors.connectionsLoadError,
      {},
      {
        timeout: 8000,
      },
    );
    expect(leaks(failed.container, locale)).toEqual([]);
  });
});

describe("locale audit", () => {
  it("sees English when it is there", async () => {
    const user = userEvent.setup();
    const { container } = renderForm({});
    await user.click(await screen.findByRole("button", { name: "Submit" }, { timeout: 8000 }));
    await waitFor(() => expect(container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2));
    expect(leaks(container, de)).toEqual(
      expect.arrayContaining(["Submit", en.messages.errorCount(2), "API Key is required"]),
    );
  });
});
