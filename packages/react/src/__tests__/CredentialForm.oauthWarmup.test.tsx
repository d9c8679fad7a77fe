import { sandboxTemplate } from "@credential-form/test-utils";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { CredentialForm } from "../CredentialForm.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

// An OAuth connector's form shows a skeleton until its OAuth code (a chunk) is in; delayed here as on a real network.
vi.mock("../oauth/createOAuthController.js", async (importOriginal) => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  return importOriginal();
});

// The form's status each time the warm-up requests the submit's code (the module's first import).
const requested = vi.hoisted(() => [] as string[]);
vi.mock("../submitForm.js", async (importOriginal) => {
  requested.push(document.querySelector(".cf-root")?.getAttribute("data-status") ?? "none");
  return importOriginal();
});

const mock = sandboxApiServer();

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");

describe("<CredentialForm> OAuth: the submit's warm-up waits for the form", () => {
  it("requests the submit's code only once the form is ready, not while its OAuth code is still loading", async () => {
    render(
      <CredentialForm
        token={await mock.api.widgetToken()}
        baseUrl={mock.api.baseUrl}
        registryUrl={mock.api.registryUrl}
        template={{ id: HUBSPOT.id }}
      />,
    );
    await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
    // Just after the form's first frame (or 100 ms where none comes).
    await vi.waitFor(() => expect(requested).toHaveLength(1), { timeout: 2000 });
    expect(requested).toEqual(["ready"]);
  });
});
