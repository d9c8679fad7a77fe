import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { de } from "../locales/de.js";
import { en } from "../locales/en.js";
import { ja } from "../locales/ja.js";
import { defaultMessages } from "../messages.js";
import { mockServer } from "../test/mockServer.js";
import { formElement, renderForm } from "../test/renderForm.js";

mockServer();

/** Every English string of ours the page shows (text and accessible names; the spec's own texts aside). */
function englishLeftovers(root: HTMLElement): string[] {
  const ours = root.cloneNode(true) as HTMLElement;
  for (const spec of ours.querySelectorAll(".cf-description")) spec.remove();
  const shown = [
    ours.textContent ?? "",
    ...[...ours.querySelectorAll("[aria-label]")].map((node) => node.getAttribute("aria-label") ?? ""),
  ].join("\n");
  const english = [
    ...Object.values(defaultMessages).filter((value): value is string => typeof value === "string"),
    defaultMessages.errorCount(2),
    defaultMessages.showSecret("API Key"),
    "is required",
  ];
  return english.filter((text) => shown.includes(text));
}

/**
 * Submits the empty form and waits until the API key's error reads `expected`. The field may still show the
 * previous submit's error (in the previous language) for a moment, so "the field is invalid" is no sign that this
 * submit's errors are in: a wrong language times out here.
 */
async function submitEmpty(locale: CredentialFormLocale, expected: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: locale.messages.submit }, { timeout: 8000 }));
  // The label's required marker is translated too: find the input by RJSF's id.
  const apiKey = document.querySelector<HTMLInputElement>('input[id$="_api_key"]') as HTMLInputElement;
  await waitFor(() => expect(document.getElementById(`${apiKey.id}__error`)?.textContent).toBe(expected));
  expect(apiKey).toHaveAttribute("aria-invalid", "true");
}

describe("<CredentialForm> locale", () => {
  it("shows every string of ours in the locale's language, validation messages included, and switches live", async () => {
    const { container, rerender } = renderForm({ locale: de });
    await submitEmpty(de, "Muss das erforderliche Attribut api_key enthalten");
    expect(screen.getByRole("status")).toHaveTextContent(de.messages.errorCount(2));
    expect(screen.getByRole("button", { name: de.messages.showSecret("API Key") })).toHaveTextContent(
      de.messages.show,
    );
    expect(container.querySelector(".cf-root")).toHaveAttribute("lang", "de");
    expect(englishLeftovers(container)).toEqual([]);

    rerender(formElement({ locale: ja }));
    expect(await screen.findByRole("button", { name: ja.messages.submit })).toBeInTheDocument();
    await submitEmpty(ja, "必要なプロパティapi_keyがなければいけない");
    expect(screen.getByRole("status")).toHaveTextContent(ja.messages.errorCount(2));
    expect(container.querySelector(".cf-root")).toHaveAttribute("lang", "ja");
    expect(englishLeftovers(container)).toEqual([]);

    rerender(formElement({ locale: en }));
    await submitEmpty(en, "API Key is required");
    expect(screen.getByRole("status")).toHaveTextContent(defaultMessages.errorCount(2));
    // The leftover check sees English when it is there.
    expect(englishLeftovers(container)).toEqual(
      expect.arrayContaining([defaultMessages.submit, defaultMessages.errorCount(2), "is required"]),
    );
  });

  it("lets `messages` override single keys of the locale pack", async () => {
    renderForm({ locale: de, messages: { submit: "Verbinden" } });
    expect(await screen.findByRole("button", { name: "Verbinden" }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: de.messages.showSecret("API Key") })).toBeInTheDocument();
  });
});
