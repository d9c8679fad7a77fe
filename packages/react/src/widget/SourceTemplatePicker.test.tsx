import type { SourceTemplateSummary } from "@credential-form/core";
import { createMockApi, type MockApi } from "@credential-form/test-utils";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SourceTemplatePicker } from "./SourceTemplatePicker.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const LIST_PATH = "/api/v1/integrations/templates/sources";
// The sandbox's seeded templates (packages/sandbox/data/templates.json), over real registry connectors.
const SEEDED = [
  "Hellobaton",
  "GitHub",
  "MongoDB Atlas",
  "HubSpot",
  "Google Analytics 4 (GA4)",
  "Facebook Marketing",
  "ClickHouse",
];

async function setUp(overrides: (api: MockApi) => Parameters<typeof server.use> = () => []) {
  const api = createMockApi({ baseUrl: "https://api.picker.test" });
  server.use(...overrides(api), ...api.handlers);
  const token = await api.widgetToken();
  const onSelect = vi.fn<(template: SourceTemplateSummary) => void>();
  const view = render(<SourceTemplatePicker token={token} baseUrl={api.baseUrl} onSelect={onSelect} />);
  return { api, token, onSelect, view };
}

function optionNames(): string[] {
  const list = screen.getByRole("list", { name: "Sources" });
  return within(list)
    .getAllByRole("button")
    .map((button) => button.textContent ?? "");
}

describe("SourceTemplatePicker", () => {
  it("lists the workspace's templates with their icons, and filters them with the labelled search", async () => {
    await setUp();
    expect(screen.getByText("Loading the available sources…").closest("[aria-busy]")).toHaveAttribute(
      "aria-busy",
      "true",
    );
    await screen.findByRole("list", { name: "Sources" });
    expect(optionNames().sort()).toEqual([...SEEDED].sort());
    // Sandbox icons are data:image/svg+xml monograms: shown as decorative <img>, the name is the label.
    const github = screen.getByRole("button", { name: "GitHub" });
    const img = github.querySelector("img");
    expect(img?.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    expect(img).toHaveAttribute("alt", "");
    expect(screen.getByRole("status")).toHaveTextContent("7 sources");

    const user = userEvent.setup();
    const search = screen.getByRole("searchbox", { name: "Search sources" });
    await user.type(search, "goo ANALYTICS");
    expect(optionNames()).toEqual(["Google Analytics 4 (GA4)"]);
    expect(screen.getByRole("status")).toHaveTextContent("1 source");
    await user.clear(search);
    await user.type(search, "o");
    expect(optionNames()).toEqual(
      SEEDED.filter((name) => name.toLowerCase().includes("o")).sort(
        (a, b) => SEEDED.indexOf(a) - SEEDED.indexOf(b),
      ),
    );
    await user.clear(search);
    await user.type(search, "salesforce");
    expect(screen.queryByRole("list", { name: "Sources" })).toBeNull();
    expect(screen.getByText("No source matches “salesforce”.")).toBeInTheDocument();
  });

  it("moves with arrow keys, Home and End (one tab stop), and selects with Enter", async () => {
    const { onSelect } = await setUp();
    await screen.findByRole("list", { name: "Sources" });
    const user = userEvent.setup();
    const search = screen.getByRole("searchbox", { name: "Search sources" });
    const buttons = within(screen.getByRole("list", { name: "Sources" })).getAllByRole("button");
    const first = buttons[0] as HTMLElement;
    const second = buttons[1] as HTMLElement;
    const last = buttons[buttons.length - 1] as HTMLElement;
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([first]);

    await user.click(search);
    await user.keyboard("{ArrowDown}");
    expect(first).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(second).toHaveFocus();
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([second]);
    await user.keyboard("{End}");
    expect(last).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(last).toHaveFocus();
    await user.keyboard("{Home}");
    expect(first).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(search).toHaveFocus();
    // Tab from the search lands on the roving option, a second Tab leaves the list.
    await user.keyboard("{ArrowDown}{ArrowDown}");
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]?.[0]).toMatchObject({ name: second.textContent });
    await user.keyboard(" ");
    expect(onSelect).toHaveBeenCalledTimes(2);

    // Keyboard works on a filtered list too.
    await user.clear(search);
    await user.type(search, "click");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onSelect.mock.calls[2]?.[0]).toMatchObject({ name: "ClickHouse" });
  });

  it("shows an empty state when the workspace has no template", async () => {
    await setUp((api) => [http.get(`${api.baseUrl}${LIST_PATH}`, () => HttpResponse.json({ data: [] }))]);
    expect(await screen.findByText("No sources are available yet.")).toBeInTheDocument();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("shows an error with Retry, and Retry loads the list", async () => {
    let failures = 0;
    await setUp((api) => [
      http.get(`${api.baseUrl}${LIST_PATH}`, ({ request }) => {
        // Two failures: the automatic retry (500 is retryable) and the first visible attempt.
        if (failures < 2) {
          failures += 1;
          return api.forward(request, { fault: "500" });
        }
        return undefined;
      }),
    ]);
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("We couldn't load the available sources.");
    expect(failures).toBe(2);
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Retry" }));
    await screen.findByRole("list", { name: "Sources" });
    expect(optionNames()).toHaveLength(SEEDED.length);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says the session expired for an expired token, without calling the API", async () => {
    const api = createMockApi({ baseUrl: "https://api.picker.test" });
    const requests: string[] = [];
    server.use(
      http.all(`${api.baseUrl}/*`, ({ request }) => {
        requests.push(request.url);
        return api.forward(request);
      }),
    );
    const expired = await api.widgetToken({ ttlSeconds: -60 });
    render(<SourceTemplatePicker token={expired} baseUrl={api.baseUrl} onSelect={() => undefined} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your session has expired");
    expect(alert.textContent).not.toContain(expired);
    expect(requests).toEqual([]);
  });

  it("renders untrusted icons only as <img> with safe URLs, never as markup", async () => {
    const hostileSvg =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><script>window.__pwned=2</script><circle r="4"/></svg>';
    const icons: Record<string, string> = {
      svg: hostileSvg,
      js: "javascript:window.__pwned=3",
      jsUpper: " JaVaScRiPt:alert(1)",
      html: "data:text/html,<script>window.__pwned=4</script>",
      https: "https://cdn.example.test/icons/github.svg",
      relative: "/icons/local.svg",
      png: "data:image/png;base64,iVBORw0KGgo=",
    };
    await setUp((api) => [
      http.get(`${api.baseUrl}${LIST_PATH}`, () =>
        HttpResponse.json({
          data: Object.entries(icons).map(([id, icon]) => ({ id, name: `Icon ${id}`, icon })),
        }),
      ),
    ]);
    const list = await screen.findByRole("list", { name: "Sources" });
    expect(list.querySelector("svg, script, circle")).toBeNull();
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    const srcOf = (id: string) =>
      list.querySelector(`[data-template-id="${id}"] img`)?.getAttribute("src") ?? null;
    expect(srcOf("svg")).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(hostileSvg)}`);
    expect(srcOf("js")).toBeNull();
    expect(srcOf("jsUpper")).toBeNull();
    expect(srcOf("html")).toBeNull();
    expect(srcOf("relative")).toBeNull();
    expect(srcOf("https")).toBe(icons.https);
    expect(srcOf("png")).toBe(icons.png);
    // Dropped icons fall back to a decorative monogram; the name still labels the button.
    const js = screen.getByRole("button", { name: "Icon js" });
    expect(js.querySelector(".cf-picker-monogram")).toHaveAttribute("aria-hidden", "true");
    expect(list.innerHTML).not.toContain("javascript:");

    // An icon URL that fails to load also falls back to the monogram.
    const https = list.querySelector('[data-template-id="https"] img') as HTMLImageElement;
    act(() => {
      https.dispatchEvent(new Event("error"));
    });
    await waitFor(() => expect(list.querySelector('[data-template-id="https"] img')).toBeNull());
  });
});
