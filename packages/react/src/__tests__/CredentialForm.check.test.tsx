import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { CredentialFormEvent } from "../events.js";
import { de } from "../locales/de.js";
import { defaultMessages } from "../messages.js";
import { API_BASE, mockServer } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";

// The sandbox fails a check whose config holds this value (its `wrongCredentials` option).
const WRONG = "wrong-credentials";
const CHECK_URL = `${API_BASE}/api/v1/integrations/connectors/check`;
const LIST_URL = `${API_BASE}/api/v1/integrations/connectors`;
const mock = mockServer();

async function fill(user: ReturnType<typeof userEvent.setup>, apiKey: string) {
  await user.type(field("API Key"), apiKey);
  await user.type(field("company"), "acme");
}

const submitButton = () => screen.getByRole("button", { name: /^(Submit|Checking|Submitting)/ });
const types = (events: CredentialFormEvent[]) => events.map((e) => e.type);

describe("<CredentialForm> check before create (current API)", () => {
  it("shows Checking… while the check runs, then Airbyte's reason; keeps every input; Retry checks again and creates once fixed", async () => {
    const user = userEvent.setup();
    const events: CredentialFormEvent[] = [];
    // The sandbox's fault injection holds the first check long enough to see it running.
    mock.state.api.sandbox.faults.add({
      match: "POST /api/v1/integrations/connectors/check",
      fault: "latency:150",
    });
    renderForm({ onEvent: (e) => events.push(e) });
    await waitForForm();
    await fill(user, WRONG);
    await user.click(submitButton());
    await waitFor(() => expect(submitButton()).toHaveTextContent(defaultMessages.checking));
    expect(submitButton()).toBeDisabled();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(defaultMessages.checkFailed);
    expect(alert).toHaveTextContent("The source rejected these credentials: authentication failed.");
    expect(alert).not.toHaveTextContent("Sandbox:"); // never the internal message
    expect(field("API Key")).toHaveValue(WRONG);
    expect(field("company")).toHaveValue("acme");
    expect(mock.state.creates).toHaveLength(0);
    expect(types(events)).toEqual([
      "ready",
      "submit",
      "check_started",
      "check_failed",
      "end_user_action_result",
      "error",
    ]);
    expect(events[3]).toMatchObject({ type: "check_failed", message: expect.stringContaining("rejected") });
    expect(events[4]).toMatchObject({ message: "source_create_error", error: { code: "check_failed" } });

    // Retry runs the check again (still wrong), then the user fixes the value.
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(mock.state.checks).toHaveLength(2));
    await screen.findByRole("alert");
    expect(mock.state.creates).toHaveLength(0);
    await user.clear(field("API Key"));
    await user.type(field("API Key"), "hb-good-key");
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitForSuccess();
    expect(mock.state.checks).toHaveLength(3);
    expect(mock.state.creates).toHaveLength(1);
    const sources = await mock.state.api.sources();
    expect(sources.map((s) => s.configuration)).toEqual([{ api_key: "hb-good-key", company: "acme" }]);
    expect(types(events).slice(-4)).toEqual([
      "check_started",
      "check_succeeded",
      "end_user_action_result",
      "success",
    ]);
  });

  it("a check Airbyte fails without a reason shows the locale's words only, no English of ours", async () => {
    const user = userEvent.setup();
    mock.server.use(
      http.post(CHECK_URL, () => HttpResponse.json({ id: "chk-1", status: "failed" }), { once: true }),
    );
    renderForm({ locale: de });
    await screen.findByRole("button", { name: de.messages.submit }, { timeout: 8000 });
    // The labels carry the German required marker: found by RJSF's ids.
    await user.type(document.querySelector('input[id$="_api_key"]') as HTMLInputElement, "hb-key");
    await user.type(document.querySelector('input[id$="_company"]') as HTMLInputElement, "acme");
    await user.click(screen.getByRole("button", { name: de.messages.submit }));
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector("span")?.textContent).toBe(de.messages.checkFailed);
    expect(mock.state.creates).toHaveLength(0);
  });

  it.each(["inconclusive", "skipped"] as const)(
    "creates after an %s check and says so in an event",
    async (status) => {
      const user = userEvent.setup();
      const events: CredentialFormEvent[] = [];
      mock.server.use(
        http.post(CHECK_URL, () =>
          HttpResponse.json({ id: "chk-1", status, error_message: "The check could not reach the service." }),
        ),
      );
      renderForm({ onEvent: (e) => events.push(e) });
      await waitForForm();
      await fill(user, "hb-good-key");
      await user.click(submitButton());
      await waitForSuccess();
      expect(mock.state.creates).toHaveLength(1);
      expect(events.find((e) => e.type === "check_skipped")).toEqual({
        type: "check_skipped",
        templateId: expect.any(String),
        reason: status,
        message: "The check could not reach the service.",
      });
    },
  );

  it('skips the check with check="off" and reports it', async () => {
    const user = userEvent.setup();
    const events: CredentialFormEvent[] = [];
    renderForm({ check: "off", onEvent: (e) => events.push(e) });
    await waitForForm();
    await fill(user, WRONG);
    await user.click(submitButton());
    await waitForSuccess();
    expect(mock.state.checks).toHaveLength(0);
    expect(mock.state.creates).toHaveLength(1);
    expect(events).toContainEqual(expect.objectContaining({ type: "check_skipped", reason: "off" }));
  });
});

describe("<CredentialForm> a create of unknown outcome", () => {
  it("reports success when the connection dropped after Airbyte created the source (no second create)", async () => {
    const user = userEvent.setup();
    const events: CredentialFormEvent[] = [];
    mock.state.createQueue.push(async (request) => {
      await mock.state.api.forward(request);
      return HttpResponse.error();
    });
    renderForm({ onEvent: (e) => events.push(e), name: "Acme Hellobaton" });
    await waitForForm();
    await fill(user, "hb-good-key");
    await user.click(submitButton());
    await waitForSuccess();
    const sources = await mock.state.api.sources();
    expect(sources).toHaveLength(1);
    expect(mock.state.creates).toHaveLength(1);
    expect(events).toContainEqual({
      type: "end_user_action_result",
      message: "source_created",
      data: {
        id: sources[0]?.id,
        name: "Acme Hellobaton",
        sourceDefinitionId: sources[0]?.source_definition_id,
      },
    });
  });

  it("reports success after a 200 with an unreadable body when the source exists", async () => {
    const user = userEvent.setup();
    mock.state.createQueue.push(async (request) => {
      await mock.state.api.forward(request);
      return new HttpResponse('{"id": "trunc', {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    });
    renderForm();
    await waitForForm();
    await fill(user, "hb-good-key");
    await user.click(submitButton());
    await waitForSuccess();
    expect(await mock.state.api.sources()).toHaveLength(1);
  });

  it("offers Retry only once Airbyte lists no such source (the drop came first), and Retry creates exactly one", async () => {
    const user = userEvent.setup();
    const lists: number[] = [];
    // The connection drops before the request reaches Airbyte: nothing is created.
    mock.state.createQueue.push(() => HttpResponse.error());
    mock.server.use(
      http.get(LIST_URL, () => {
        lists.push(mock.state.creates.length);
        // Passes through to the sandbox's own list.
        return undefined;
      }),
    );
    renderForm();
    await waitForForm();
    await fill(user, "hb-good-key");
    await user.click(submitButton());
    const alert = await screen.findByRole("alert");
    // Airbyte was asked after the ambiguous create and before Retry was offered.
    expect(lists).toEqual([1]);
    expect(alert).toHaveTextContent(defaultMessages.networkError);
    expect(await mock.state.api.sources()).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(2);
    expect(await mock.state.api.sources()).toHaveLength(1);
  });

  it("hides Retry and says what happened when Airbyte cannot be asked either", async () => {
    const user = userEvent.setup();
    const errors: Error[] = [];
    mock.state.createQueue.push(async (request) => {
      await mock.state.api.forward(request);
      return HttpResponse.error();
    });
    mock.server.use(http.get(LIST_URL, () => HttpResponse.error()));
    renderForm({ onError: (e) => errors.push(e) });
    await waitForForm();
    await fill(user, "hb-good-key");
    await user.click(submitButton());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(defaultMessages.createOutcomeUnknown);
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    expect(errors.map((e) => e.name)).toEqual(["CreateOutcomeUnknownError"]);
    expect(await mock.state.api.sources()).toHaveLength(1);
    expect(field("API Key")).toHaveValue("hb-good-key");
  });
});

describe("<CredentialForm> older flavours (opt-in)", () => {
  it("partial-user-configs: no check, the oldest event names, the oldest body", async () => {
    const user = userEvent.setup();
    const events: CredentialFormEvent[] = [];
    renderForm({ flavour: "partial-user-configs", onEvent: (e) => events.push(e) });
    await waitForForm();
    await fill(user, "hb-good-key");
    await user.click(submitButton());
    await waitForSuccess();
    expect(mock.state.checks).toHaveLength(0);
    expect(mock.state.creates[0]?.body.connection_configuration).toEqual({
      api_key: "hb-good-key",
      company: "acme",
    });
    expect(types(events)).toEqual(["ready", "submit", "check_skipped", "end_user_action_result", "success"]);
    expect(events[2]).toMatchObject({ reason: "unsupported" });
    expect(events[3]).toMatchObject({ message: "partial_user_config_created" });
  });

  it("embedded-sources: the current event names, no check", async () => {
    const user = userEvent.setup();
    const events: CredentialFormEvent[] = [];
    renderForm({ flavour: "embedded-sources", onEvent: (e) => events.push(e) });
    await waitForForm();
    await fill(user, "hb-good-key");
    await user.click(submitButton());
    await waitForSuccess();
    expect(mock.state.creates[0]?.body.source_config).toEqual({ api_key: "hb-good-key", company: "acme" });
    expect(events).toContainEqual(expect.objectContaining({ message: "source_created" }));
  });
});
