// The form waits for the OAuth code of a connector with `advanced_auth`, so its download starts in the first
// render, not in an effect after the commit. A server render (which runs no effects) shows the difference.
import type { EmbeddedClient, SourceDefinition } from "@credential-form/core";
import { toSourceDefinition } from "@credential-form/core/internal";
import { getSource } from "@credential-form/test-utils";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { defaultMessages } from "../messages.js";
import { useOAuthSupport } from "./useOAuthSupport.js";

const oauthCode = vi.hoisted(() => ({ loads: 0 }));
vi.mock("./createFormOAuthController.js", async (importOriginal) => {
  oauthCode.loads++;
  return importOriginal();
});

function Harness({ definition }: { definition: SourceDefinition }) {
  useOAuthSupport({
    client: {} as EmbeddedClient,
    template: null,
    definition,
    prepared: null,
    messages: defaultMessages,
    formData: {},
    redirectUrl: undefined,
    setFormData: () => undefined,
  });
  return null;
}

describe("useOAuthSupport", () => {
  it("starts loading the OAuth code in the render, before any effect", async () => {
    const definition = toSourceDefinition(getSource("airbyte/source-facebook-marketing"));
    expect(definition.spec.advancedAuth).toBeTruthy();
    renderToString(<Harness definition={definition} />);
    renderToString(<Harness definition={definition} />);
    await vi.waitFor(() => expect(oauthCode.loads).toBe(1));
  });
});
