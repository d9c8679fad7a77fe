import { getSource } from "@credential-form/test-utils";
import { act, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { delay, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../events.js";
import { defaultMessages } from "../messages.js";
import { jwtOf, mockServer, mockToken, WORKSPACE_NAME } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";

const hellobaton = getSource("airbyte/source-hellobaton");
const mock = mockServer([
  {
    id: "tpl-9",
    source_definition_id: hellobaton.sourceDefinitionId,
    partial_default_config: { company: "acme" },
  },
]);
const SECRET = "sk_live_TOPSECRET_4242";

afterEach(() => {
  vi.restoreAllMocks();
});

async function fillHellobaton(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field("API Key"), SECRET);
  await user.type(field("company"), "acme");
}

function submitButton(): HTMLButtonElement {
  return screen.getByRole("button", { name: /^Submit/ });
}

describe("<CredentialForm> submit", () => {
  it("validates the merged config, marks invalid fields, announces the count and focuses the first one", async () => {
    const user = userEvent.setup();
    const events: CredentialFormEvent[] = [];
    renderForm({ onEvent: (e) => events.push(e) });
    await waitForForm();
    await user.click(submitButton());
    const apiKey = field("API Key");
    await waitFor(() => expect(apiKey).toHaveAttribute("aria-invalid", "true"));
    expect(field("company")).toHaveAttribute("aria-invalid", "true");
    const errorId = `${apiKey.id}__error`;
    expect(apiKey.getAttribute("aria-describedby")?.split(" ")).toContain(errorId);
    expect(document.getElementById(errorId)?.textContent).toMatch(/API Key/i);
    expect(screen.getByRole("status")).toHaveTextContent("2 fields need your attention.");
    await waitFor(() => expect(apiKey).toHaveFocus());
    expect(mock.state.creates).toHaveLength(0);
    expect(events.map((e) => e.type)).toContain("error");
  });

  it("moves the focus in a task after the one that shows the errors (two shorter tasks on a large form)", async () => {
    const user = userEvent.setup();
    renderForm();
    await waitForForm();
    // Where the focus is when the errors' commit has just landed (a mutation observer runs before other tasks).
    let focusAtCommit: Element | null | undefined;
    const observer = new MutationObserver(() => {
      if (focusAtCommit === undefined && document.querySelector('[aria-invalid="true"]'))
        focusAtCommit = document.activeElement;
    });
    observer.observe(document.body, { subtree: true, attributes: true, childList: true });
    await user.click(submitButton());
    const apiKey = field("API Key");
    await waitFor(() => expect(apiKey).toHaveFocus());
    observer.disconnect();
    expect(focusAtCommit).toBeDefined();
    expect(focusAtCommit).not.toBe(apiKey);
  });

  it("opens the optional section when a field inside it is invalid", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-github", initialValues: { start_date: "yesterday" } });
    await waitForForm();
    await user.click(submitButton());
    // The errors render in a transition (time-sliced on a large form): the section opens when they commit.
    const startDate = await waitFor(() => field("Start date"));
    expect(startDate).toHaveAttribute("aria-invalid", "true");
    expect(startDate).toBeVisible();
  });

  it("creates the source with only the user's fields and reports success with the official event shape", async () => {
    const user = userEvent.setup();
    const events: CredentialFormEvent[] = [];
    const onSuccess = vi.fn();
    const token = mockToken();
    renderForm({
      token,
      connector: "airbyte/source-hellobaton",
      template: {
        id: "tpl-9",
        sourceDefinitionId: hellobaton.sourceDefinitionId,
        partialDefaultConfig: { company: "acme" },
      },
      onEvent: (e) => events.push(e),
      onSuccess,
    });
    await waitForForm();
    await user.type(field("API Key"), SECRET);
    await user.click(submitButton());
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(1);
    const call = mock.state.creates[0];
    expect(call?.authorization).toBe(`Bearer ${jwtOf(token)}`);
    const body = {
      workspace_name: WORKSPACE_NAME,
      source_template_id: "tpl-9",
      replication_config: { api_key: SECRET },
    };
    expect(call?.body).toEqual(body);
    // The check before it sent the same body.
    expect(mock.state.checks.map((c) => c.body)).toEqual([body]);
    expect(events.map((e) => e.type)).toEqual([
      "ready",
      "submit",
      "check_started",
      "check_succeeded",
      "end_user_action_result",
      "success",
    ]);
    const [stored] = await mock.state.api.sources();
    const summary = { id: stored?.id, name: "Hellobaton", sourceDefinitionId: hellobaton.sourceDefinitionId };
    expect(stored?.configuration).toEqual({ api_key: SECRET, company: "acme" });
    expect(events[4]).toEqual({ type: "end_user_action_result", message: "source_created", data: summary });
    expect(onSuccess).toHaveBeenCalledWith(summary);
  });

  it("sends one request for a double submit and disables the button meanwhile", async () => {
    const user = userEvent.setup();
    mock.state.createQueue.push(async (request) => {
      await delay(150);
      return mock.state.api.forward(request);
    });
    renderForm();
    await waitForForm();
    await fillHellobaton(user);
    const button = submitButton();
    await user.dblClick(button);
    await act(async () => {
      button.click();
      button.closest("form")?.requestSubmit();
    });
    expect(button).toBeDisabled();
    // Checking first, then creating (held 150 ms): still disabled.
    await waitFor(() => expect(button).toHaveTextContent("Submitting…"));
    expect(button).toBeDisabled();
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(1);
  });

  it("refreshes the token after a 401 and succeeds", async () => {
    const user = userEvent.setup();
    const stale = await mock.state.api.widgetToken({ externalUserId: "stale" });
    const fresh = await mock.state.api.widgetToken({ externalUserId: "fresh" });
    mock.state.rejectedJwts.add(jwtOf(stale));
    const tokens = [stale, fresh];
    const getToken = vi.fn(async () => tokens.shift() ?? fresh);
    renderForm({ token: getToken });
    await waitForForm();
    await fillHellobaton(user);
    await user.click(submitButton());
    await waitForSuccess();
    // The first request (scoped-token/info) got the 401; every later one used the fresh token.
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(mock.state.creates).toHaveLength(1);
    expect(mock.state.creates[0]?.authorization).toBe(`Bearer ${jwtOf(fresh)}`);
  });

  it("puts 422 field errors on their fields, keeps the input and focuses the field", async () => {
    const user = userEvent.setup();
    mock.state.createQueue.push(() =>
      HttpResponse.json(
        {
          message: "Invalid configuration",
          errors: [
            { field: "replication_config.company", message: "Unknown company", error_code: "invalid" },
          ],
        },
        { status: 422 },
      ),
    );
    renderForm();
    await waitForForm();
    await fillHellobaton(user);
    await user.click(submitButton());
    const company = field("company");
    await waitFor(() => expect(company).toHaveAttribute("aria-invalid", "true"));
    expect(document.getElementById(`${company.id}__error`)).toHaveTextContent("Unknown company");
    expect(field("API Key")).not.toHaveAttribute("aria-invalid");
    expect(company).toHaveValue("acme");
    expect(field("API Key")).toHaveValue(SECRET);
    await waitFor(() => expect(company).toHaveFocus());
    expect(screen.getByRole("status")).toHaveTextContent("1 field needs your attention.");
  });

  it("shows a form-level alert on network failure, keeps the input, and Retry succeeds", async () => {
    const user = userEvent.setup();
    mock.state.createQueue.push(() => HttpResponse.error());
    renderForm();
    await waitForForm();
    await fillHellobaton(user);
    await user.click(submitButton());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't reach Airbyte");
    expect(field("company")).toHaveValue("acme");
    expect(field("API Key")).toHaveValue(SECRET);
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitForSuccess();
    expect(mock.state.creates).toHaveLength(2);
    expect(mock.state.creates[1]?.body.replication_config).toEqual({
      api_key: SECRET,
      company: "acme",
    });
  });

  it("tells the user a 403 is an access problem, not an expired session, and keeps the input", async () => {
    const user = userEvent.setup();
    mock.state.createQueue.push(() =>
      HttpResponse.json({ detail: "Forbidden: the token is scoped to another workspace" }, { status: 403 }),
    );
    renderForm();
    await waitForForm();
    await fillHellobaton(user);
    await user.click(submitButton());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(defaultMessages.forbidden);
    expect(alert).not.toHaveTextContent(defaultMessages.sessionExpired);
    expect(field("company")).toHaveValue("acme");
    expect(field("API Key")).toHaveValue(SECRET);
  });

  it("never puts a secret in events, errors, the page text or the console", async () => {
    const user = userEvent.setup();
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    );
    const events: CredentialFormEvent[] = [];
    const errors: Error[] = [];
    mock.state.createQueue.push(() =>
      HttpResponse.json(
        {
          message: `api_key ${SECRET} is revoked`,
          errors: [
            { field: "replication_config.api_key", message: `key ${SECRET} revoked`, error_code: "x" },
          ],
        },
        { status: 422 },
      ),
    );
    mock.state.createQueue.push(() => new HttpResponse(`upstream said ${SECRET}`, { status: 500 }));
    renderForm({ onEvent: (e) => events.push(e), onError: (e) => errors.push(e) });
    await waitForForm();
    await fillHellobaton(user);
    await user.click(submitButton());
    await waitFor(() => expect(field("API Key")).toHaveAttribute("aria-invalid", "true"));
    await user.click(submitButton());
    await screen.findByRole("alert");
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitForSuccess();
    expect(events.length).toBeGreaterThan(4);
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(errors.length).toBe(2);
    for (const error of errors) expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(SECRET);
    expect(document.body.textContent).not.toContain(SECRET);
    for (const spy of spies) expect(JSON.stringify(spy.mock.calls)).not.toContain(SECRET);
  });

  it("emits cancel and calls onCancel", async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const events: CredentialFormEvent[] = [];
    renderForm({ onCancel, onEvent: (e) => events.push(e) });
    await waitForForm();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(events.at(-1)).toEqual({ type: "cancel" });
  });

  it("uses custom messages", async () => {
    renderForm({ messages: { submit: "Connect", optionalFields: "More" } });
    expect(await screen.findByRole("button", { name: "Connect" }, { timeout: 5000 })).toBeInTheDocument();
  });
});
