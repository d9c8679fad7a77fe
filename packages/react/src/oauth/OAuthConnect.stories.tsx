import {
  type MockApi,
  type StoryMockApi,
  type StoryMockApiContext,
  sandboxTemplate,
  storyLoaded,
  storyMockApi,
} from "@credential-form/test-utils";
import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { CredentialForm, type CredentialFormProps } from "../CredentialForm.js";
import { defaultMessages } from "../messages.js";
import { oauthDefaultMessages as oauth } from "./oauthDefaultMessages.js";
import { OAUTH_MESSAGE_TYPE } from "./oauthMessage.js";

// Each OAuth state of the "Connect with …" button, against the story's own sandbox (MSW). The consent popup is a
// stand-in (a story cannot drive a real window): it records the consent URL the form sends it to; the story
// answers the sandbox's consent page and hands the result to the form as the host's callback page would.
const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
/** A template over Zendesk Chat, whose consent needs the subdomain first (added to the story's sandbox). */
const ZENDESK_CHAT = {
  id: "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
  repository: "airbyte/source-zendesk-chat",
};

/** What the OAuth stories load: the story sandbox, and the Zendesk Chat template in it. */
async function oauthStoryApi(context: StoryMockApiContext): Promise<StoryMockApi> {
  const loaded = await storyMockApi(context);
  const { api } = loaded;
  const created = await api.sandbox.handle(
    new Request(`${api.baseUrl}/api/v1/embedded/source-templates`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${await api.sandbox.operatorToken()}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        id: ZENDESK_CHAT.id,
        name: "Zendesk Chat",
        docker_repository: ZENDESK_CHAT.repository,
        partial_default_config: {},
      }),
    }),
  );
  if (created.status !== 201) throw new Error(`Adding the Zendesk Chat template answered ${created.status}`);
  return loaded;
}

/** The stand-in consent window: `open()` returns it (or `null` when blocked), the form navigates it. */
interface FakePopup {
  url: string;
  closed: boolean;
}

const popupKey = Symbol("oauth story popup");
type WithPopup = Window & { [popupKey]?: FakePopup };

/** Replaces `window.open` for one story; `blocked` makes it return `null` like a popup blocker. */
function stubWindowOpen(blocked: boolean): () => void {
  const realOpen = window.open;
  window.open = () => {
    if (blocked) return null;
    const popup: FakePopup = { url: "", closed: false };
    (window as WithPopup)[popupKey] = popup;
    return {
      get closed() {
        return popup.closed;
      },
      close() {
        popup.closed = true;
      },
      location: {
        set href(url: string) {
          popup.url = url;
        },
      },
    } as unknown as Window;
  };
  return () => {
    window.open = realOpen;
    delete (window as WithPopup)[popupKey];
  };
}

/** The consent URL the form sent the stand-in popup to. */
async function consentUrl(): Promise<string> {
  return waitFor(
    () => {
      const url = (window as WithPopup)[popupKey]?.url ?? "";
      if (!url.includes("/oauth/consent/")) throw new Error("The form has not opened the consent page yet");
      return url;
    },
    { timeout: 10_000 },
  );
}

/** Answers the sandbox's consent page, then posts its result to the form as the callback page does. */
async function consent(api: MockApi, decision: "allow" | "deny"): Promise<void> {
  const answer = await api.sandbox.handle(
    new Request(await consentUrl(), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `decision=${decision}`,
    }),
  );
  const back = new URL(answer.headers.get("location") ?? "");
  window.postMessage(
    {
      type: OAUTH_MESSAGE_TYPE,
      state: back.searchParams.get("state"),
      secretId: back.searchParams.get("secret_id"),
      error: back.searchParams.get("error"),
    },
    window.location.origin,
  );
}

type Story = StoryObj<typeof meta>;
type PlayContext = StoryContext<CredentialFormProps>;

const meta = {
  title: "CredentialForm/OAuth",
  component: CredentialForm,
  loaders: [oauthStoryApi],
  args: {
    // Replaced by the token the story's sandbox signs (see `render`).
    token: "",
    template: { id: HUBSPOT.id },
    oauthRedirectUrl: "/oauth-callback.html",
  },
  argTypes: {
    token: { control: false },
    fetch: { control: false },
    queryClient: { control: false },
  },
  // Each story opens its own stand-in popup; a blocked one returns null.
  beforeEach: (context) => stubWindowOpen(context.parameters.popupBlocked === true),
  render: (args: CredentialFormProps, context) => {
    const { api, token } = storyLoaded(context);
    return (
      <CredentialForm
        {...args}
        token={args.token || token}
        baseUrl={api.baseUrl}
        registryUrl={api.registryUrl}
      />
    );
  },
} satisfies Meta<typeof CredentialForm>;
export default meta;

function connectButton(canvas: PlayContext["canvas"], connector = "HubSpot"): Promise<HTMLElement> {
  return canvas.findByRole("button", { name: oauth.oauthConnect(connector) }, { timeout: 15_000 });
}

async function connected(context: PlayContext): Promise<void> {
  const { canvas, userEvent } = context;
  await userEvent.click(await connectButton(canvas));
  await consent(storyLoaded(context).api, "allow");
  await canvas.findByText(oauth.oauthConnected, undefined, { timeout: 10_000 });
}

/** HubSpot (`advanced_auth`) before connecting: the button replaces the OAuth fields; none is asked for. */
export const NotConnected: Story = {
  name: "Not connected",
  play: async ({ canvas, canvasElement }) => {
    const button = await connectButton(canvas);
    await expect(button).toBeEnabled();
    await expect(canvasElement.querySelector("input[id$='refresh_token']")).toBeNull();
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};

/** The consent window is open: the button waits, a status says where to finish. */
export const Waiting: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await connectButton(canvas));
    const status = await canvas.findByText(oauth.oauthWaiting, undefined, { timeout: 10_000 });
    await expect(status).toHaveAttribute("role", "status");
    await expect(await connectButton(canvas)).toBeDisabled();
  },
};

/** Consent given: "Connected ✓" with Reconnect; the secret id is nowhere on the page. */
export const Connected: Story = {
  play: async (context) => {
    await connected(context);
    const { canvas, canvasElement } = context;
    await expect(canvas.getByRole("button", { name: oauth.oauthReconnect })).toBeEnabled();
    await expect(canvasElement.innerHTML).not.toMatch(/sandbox-oauth-/);
  },
};

/**
 * The browser blocked the popup: an alert with a link that opens the consent page from a new click, and a button
 * that continues in this tab instead (full-page redirect mode; not pressed here, it would leave the story).
 */
export const Blocked: Story = {
  parameters: { popupBlocked: true },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await connectButton(canvas));
    const alert = await canvas.findByRole("alert", {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(oauth.oauthBlocked);
    const link = within(alert).getByRole("link", { name: oauth.oauthOpenConsent });
    await expect(link.getAttribute("href")).toContain("/oauth/consent/");
    await expect(within(alert).getByRole("button", { name: oauth.oauthContinueInTab })).toBeEnabled();
  },
};

/** The user pressed Deny on the consent page: an alert, and the button to try again. */
export const Denied: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await connectButton(canvas));
    await consent(storyLoaded(context).api, "deny");
    const alert = await canvas.findByRole("alert", {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(oauth.oauthDenied);
    await expect(await connectButton(canvas)).toBeEnabled();
  },
};

/** The user closed the consent window before finishing. */
export const Closed: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await connectButton(canvas));
    await consentUrl();
    const popup = (window as WithPopup)[popupKey];
    if (popup) popup.closed = true;
    const alert = await canvas.findByRole("alert", {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(oauth.oauthClosed);
  },
};

/** The secret id expired before the submit: the create is refused and the user is asked to reconnect. */
export const Expired: Story = {
  play: async (context) => {
    await connected(context);
    const { api } = storyLoaded(context);
    await api.sandbox.handle(new Request(`${api.baseUrl}/__sandbox/oauth/expire`, { method: "POST" }));
    await context.userEvent.click(context.canvas.getByRole("button", { name: defaultMessages.submit }));
    await context.canvas.findByText(oauth.oauthExpired, undefined, { timeout: 10_000 });
    await expect(await connectButton(context.canvas)).toBeEnabled();
    await expect(await api.sources()).toEqual([]);
  },
};

/** Zendesk Chat needs the subdomain before consent: Connect names the empty field and opens nothing. */
export const PreConsentInputsMissing: Story = {
  name: "Pre-consent inputs missing",
  args: { template: { id: ZENDESK_CHAT.id } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await connectButton(canvas, "Zendesk Chat"));
    const alert = await canvas.findByRole("alert", {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(`${oauth.oauthMissingInputs} Subdomain`);
    await expect((window as WithPopup)[popupKey]).toBeUndefined();
  },
};
