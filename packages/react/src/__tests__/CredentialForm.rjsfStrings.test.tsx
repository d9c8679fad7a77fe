import { getSource } from "@credential-form/test-utils";
import { TranslatableString } from "@rjsf/utils";
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { de } from "../locales/de.js";
import { ja } from "../locales/ja.js";
import { mockServer } from "../test/mockServer.js";
import { renderForm } from "../test/renderForm.js";
import { sentencePattern, shownStrings } from "../test/shownStrings.js";

// RJSF's own strings (its `translateString`) inside our theme, in a non-English locale, on real registry specs.

mockServer();

/** Each of RJSF's English strings as rendered (its Markdown marks dropped), except `same`, worded alike in both. */
function rjsfEnglish(same: readonly TranslatableString[] = []): Map<string, RegExp> {
  return new Map(
    Object.values(TranslatableString)
      .filter((text) => !same.includes(text))
      .map((text) => [text, sentencePattern(text.replace(/\*\*|[`_]/g, ""))]),
  );
}

/** What the form shows for `connector`, less the spec's own texts (a title "API Key" is not RJSF's "%1 Key"). */
async function shown(locale: CredentialFormLocale, connector: string): Promise<Set<string>> {
  const { container } = renderForm({ locale, connector });
  await screen.findByRole("button", { name: locale.messages.submit }, { timeout: 8000 });
  // Optional sections are closed `<details>`: their content is in the DOM all the same.
  const spec = JSON.stringify(getSource(connector).spec);
  return new Set([...shownStrings(container)].filter((text) => !spec.includes(JSON.stringify(text))));
}

function leaks(strings: Set<string>, english: Map<string, RegExp>): string[] {
  return [...strings].filter((text) => [...english.values()].some((pattern) => pattern.test(text)));
}

// "Option 2" is German too.
const cases = [
  ["de", de, [TranslatableString.OptionPrefix]],
  ["ja", ja, []],
] as const;

describe("RJSF's own strings in a non-English locale", () => {
  it.each(cases)(
    "%s: GitHub (an array of repositories, a oneOf of authentications) shows none in English",
    async (_code, locale, same) => {
      const strings = await shown(locale, "airbyte/source-github");
      // The array and the oneOf are there, in the locale's words.
      expect(strings).toContain(locale.messages.addNamedItem("GitHub Repository"));
      expect(document.querySelector('select[id$="_credentials__oneof_select"]')).not.toBeNull();
      expect(leaks(strings, rjsfEnglish(same))).toEqual([]);
    },
  );

  it.each(cases)(
    "%s: a list whose items the spec leaves undefined (CIMIS) is explained in the locale's words",
    async (_code, locale, same) => {
      const strings = await shown(locale, "airbyte/source-cimis");
      const id = document.querySelector(".unsupported-field code")?.textContent ?? "";
      expect(id).toMatch(/_targets$/);
      const text = locale.messages.unsupportedField?.(id, locale.messages.missingItems ?? "") ?? "";
      // RJSF renders the text as Markdown: the id's backticks become a <code>.
      expect(strings).toContain(text.replace(/`/g, ""));
      expect(leaks(strings, rjsfEnglish(same))).toEqual([]);
    },
  );

  it.each(cases)(
    "%s: a key the spec's root does not declare (E2E Testing's `type`) gets a translated key label and remove button",
    async (_code, locale, same) => {
      const strings = await shown(locale, "airbyte/source-e2e-test");
      expect(strings).toContain(locale.messages.keyLabel?.("type"));
      expect(screen.getByTitle(locale.messages.remove)).toBeInstanceOf(HTMLButtonElement);
      expect(leaks(strings, rjsfEnglish(same))).toEqual([]);
    },
  );

  it("the leak check sees RJSF's English when the form has no locale", async () => {
    const { container } = renderForm({ connector: "airbyte/source-e2e-test" });
    await waitFor(() => expect(container.querySelector('[data-status="ready"]')).not.toBeNull(), {
      timeout: 8000,
    });
    expect(leaks(shownStrings(container), rjsfEnglish())).toEqual(expect.arrayContaining(["type Key"]));
  });
});
