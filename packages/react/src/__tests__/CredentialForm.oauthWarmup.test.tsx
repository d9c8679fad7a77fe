import { sandboxTemplate } from "@credential-form/test-utils";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { CredentialForm } from "../CredentialForm.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

// An OAuth connector's form shows a skeleton until its OAuth code (a chunk) is in; delayed here as on a real network.
const oauthCode = vi.hoisted(() => ({ in: false }));
vi.mock("../oauth/createOAuthController.js", async (importOriginal) => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  oauthCode.in = true;
  return importOriginal();
});

// Whether the OAuth code was in each time the submit's code was requested (the module's first import).
const requested = vi.hoisted(() => [] as boolean[]);
vi.mock("../submitForm.js", async (importOriginal) => {
  requested.push(oauthCode.in);
  return importOriginal();
});

const mock = sandboxApiServer();

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");

describe("<CredentialForm> OAuth: the submit's code waits for the OAuth code", () => {
  it("requests the submit's code only once the OAuth code is in, not while it is still loading", async () => {
    render(
      <CredentialForm
        token={await mock.api.widgetToken()}
        baseUrl={mock.api.baseUrl}
        registryUrl={mock.api.registryUrl}
        template={{ id: HUBSPOT.id }}
      />,
    );
    await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
    await vi.waitFor(() => expect(requested).toHaveLength(1), { timeout: 2000 });
    expect(requested).toEqual([true]);
  });
});
