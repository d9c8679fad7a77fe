import { createEmbeddedClient, createTokenProvider, type SourceTemplateSummary } from "@credential-form/core";
import { CredentialForm } from "@credential-form/react";
import { refreshConnectorList } from "@credential-form/react/connectors";
import { CredentialWidget, type CredentialWidgetEvent } from "@credential-form/react/widget";
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type ActivityEntry, ActivityLog, describeEvent } from "./ActivityLog.js";
import { Connections } from "./Connections.js";
import { type DemoConfig, loadDemoConfig } from "./DemoConfig.js";
import { fetchToken } from "./fetchToken.js";
import { LocaleSwitch, readLocale, useLocalePack } from "./LocaleSwitch.js";
import { listSources } from "./listSources.js";
import { type DemoMode, ModeSwitch, readMode } from "./ModeSwitch.js";
import { SourcesTable } from "./SourcesTable.js";
import { TemplateList } from "./TemplateList.js";

const USER_ID = /^[A-Za-z0-9._@-]{1,64}$/;

/** The demo's OAuth callback page (oauth-callback.html, same origin): the consent popup comes back to it. */
const OAUTH_REDIRECT_URL = new URL("/oauth-callback.html", window.location.origin).toString();

function currentUser(): string {
  const fromUrl = new URLSearchParams(window.location.search).get("user");
  return fromUrl !== null && USER_ID.test(fromUrl) ? fromUrl : "demo-user";
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : "Unknown error";
}

interface DemoProps {
  config: DemoConfig;
  user: string;
}

function Demo({ config, user }: DemoProps) {
  const queryClient = useQueryClient();
  // The host backend hands out scoped tokens; the form calls this again whenever it needs a fresh one.
  const getToken = useCallback(() => fetchToken(user), [user]);
  const tokenProvider = useMemo(() => createTokenProvider(getToken), [getToken]);
  const client = useMemo(
    () =>
      createEmbeddedClient({ token: tokenProvider, baseUrl: config.embeddedApiUrl, flavour: config.flavour }),
    [tokenProvider, config],
  );

  const templates = useQuery({
    queryKey: ["demo", "templates", user],
    queryFn: ({ signal }) => client.listSourceTemplates({ signal }),
  });
  const sources = useQuery({
    queryKey: ["demo", "sources", user],
    queryFn: ({ signal }) => listSources({ embeddedApiUrl: config.embeddedApiUrl, client, signal }),
  });
  const templateNames = useMemo(
    () => new Map((templates.data ?? []).map((t) => [t.id, t.name] as const)),
    [templates.data],
  );

  const [selected, setSelected] = useState<SourceTemplateSummary | null>(null);
  const [formRun, setFormRun] = useState(0);
  const [created, setCreated] = useState(false);
  const [activity, setActivity] = useState<ActivityEntry[]>([]);
  const nextEntry = useRef(0);

  const onEvent = useCallback((event: CredentialWidgetEvent) => {
    const line = describeEvent(event);
    if (line === null) return;
    nextEntry.current += 1;
    const entry: ActivityEntry = { id: nextEntry.current, time: new Date(), ...line };
    setActivity((entries) => [...entries.slice(-49), entry]);
  }, []);
  const onSuccess = useCallback(() => {
    setCreated(true);
    // Cancel first: invalidateQueries alone joins a first load still in flight, whose answer predates the create.
    const sourcesKey = ["demo", "sources", user];
    void queryClient
      .cancelQueries({ queryKey: sourcesKey })
      .then(() => queryClient.invalidateQueries({ queryKey: sourcesKey }));
    void refreshConnectorList(queryClient, config.embeddedApiUrl);
  }, [queryClient, user, config.embeddedApiUrl]);
  const choose = (template: SourceTemplateSummary) => {
    setSelected(template);
    setCreated(false);
    setFormRun((n) => n + 1);
    // In the URL: an OAuth consent in full-page redirect mode comes back to this page, and to the same form.
    const url = new URL(window.location.href);
    url.searchParams.set("template", template.id);
    window.history.replaceState(window.history.state, "", url);
  };
  const [wanted] = useState(() => new URLSearchParams(window.location.search).get("template"));
  useEffect(() => {
    const found = wanted && !selected ? templates.data?.find((t) => t.id === wanted) : undefined;
    if (found) setSelected(found);
  }, [wanted, selected, templates.data]);
  const [mode, setMode] = useState<DemoMode>(readMode);
  const [widgetOpen, setWidgetOpen] = useState(false);
  const [localeCode, setLocaleCode] = useState(readLocale);
  const locale = useLocalePack(localeCode);
  const [rtl, setRtl] = useState(false);
  useEffect(() => {
    // On the document: the widget's dialog is portalled to <body>, outside any wrapper.
    document.documentElement.dir = rtl ? "rtl" : "ltr";
  }, [rtl]);
  const sourceName = useCallback((template: SourceTemplateSummary) => `${template.name} (${user})`, [user]);

  return (
    <main className="demo-main">
      <ModeSwitch mode={mode} onChange={setMode} />
      <LocaleSwitch locale={localeCode} onChange={setLocaleCode} rtl={rtl} onRtlChange={setRtl} />
      {mode === "widget" ? (
        <section className="demo-card" aria-labelledby="widget-heading">
          <h2 id="widget-heading">Connect a data source</h2>
          <p>The drop-in widget: pick a source, enter its credentials and create it, all in one dialog.</p>
          <button type="button" className="demo-primary" onClick={() => setWidgetOpen(true)}>
            Connect a source
          </button>
          <CredentialWidget
            token={getToken}
            open={widgetOpen}
            onClose={() => setWidgetOpen(false)}
            // Back from a full-page OAuth consent started in the widget: open it on that form again.
            onOAuthReturn={() => setWidgetOpen(true)}
            baseUrl={config.embeddedApiUrl}
            registryUrl={config.registryUrl}
            flavour={config.flavour}
            name={sourceName}
            oauthRedirectUrl={OAUTH_REDIRECT_URL}
            {...(locale ? { locale } : {})}
            onEvent={onEvent}
            onSuccess={onSuccess}
          />
        </section>
      ) : (
        <>
          <section className="demo-card" aria-labelledby="templates-heading">
            <h2 id="templates-heading">1. Choose a source</h2>
            {templates.isPending && <p>Loading source templates…</p>}
            {templates.isError && (
              <div role="alert" className="demo-error">
                <p>Could not load the source templates: {errorText(templates.error)}</p>
                <button type="button" onClick={() => void templates.refetch()}>
                  Try again
                </button>
              </div>
            )}
            {templates.data && (
              <TemplateList templates={templates.data} selectedId={selected?.id ?? null} onSelect={choose} />
            )}
          </section>

          <section className="demo-card" aria-labelledby="form-heading">
            <h2 id="form-heading">
              {selected ? `2. Connect ${selected.name}` : "2. Enter your credentials"}
            </h2>
            {selected === null ? (
              <p>Pick a source above to connect it.</p>
            ) : (
              <>
                <CredentialForm
                  key={`${selected.id}-${formRun}`}
                  token={getToken}
                  template={{ id: selected.id }}
                  baseUrl={config.embeddedApiUrl}
                  registryUrl={config.registryUrl}
                  flavour={config.flavour}
                  name={`${selected.name} (${user})`}
                  oauthRedirectUrl={OAUTH_REDIRECT_URL}
                  {...(locale ? { locale } : {})}
                  onEvent={onEvent}
                  onSuccess={onSuccess}
                />
                {created && (
                  <button type="button" className="demo-again" onClick={() => choose(selected)}>
                    Connect another {selected.name} source
                  </button>
                )}
              </>
            )}
          </section>
        </>
      )}

      {(config.flavour === "agent-api" || config.flavour === "integrations") && (
        <section className="demo-card" aria-label="Manage your connections">
          <Connections
            token={getToken}
            baseUrl={config.embeddedApiUrl}
            registryUrl={config.registryUrl}
            onEvent={onEvent}
            onChanged={onSuccess}
            locale={locale}
          />
        </section>
      )}

      <section className="demo-card" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Your sources</h2>
        {sources.isPending && <p>Loading your sources…</p>}
        {sources.isError && (
          <div role="alert" className="demo-error">
            <p>Could not load your sources: {errorText(sources.error)}</p>
            <button type="button" onClick={() => void sources.refetch()}>
              Try again
            </button>
          </div>
        )}
        {sources.data && <SourcesTable sources={sources.data} templateNames={templateNames} />}
      </section>

      <section className="demo-card" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity</h2>
        <ActivityLog entries={activity} />
      </section>
    </main>
  );
}

/** The partner demo: a host app that lists source templates, embeds `<CredentialForm>` and lists created sources. */
export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  const [user] = useState(currentUser);
  return (
    <QueryClientProvider client={queryClient}>
      <AppShell user={user} />
    </QueryClientProvider>
  );
}

function AppShell({ user }: { user: string }) {
  const config = useQuery({
    queryKey: ["demo", "config"],
    queryFn: loadDemoConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <>
      <header className="demo-header">
        <h1>Acme Analytics</h1>
        <p className="demo-user">
          Signed in as <strong data-testid="demo-user">{user}</strong>
        </p>
      </header>
      {config.isPending && <p className="demo-main">Loading…</p>}
      {config.isError && (
        <div role="alert" className="demo-main demo-error">
          Could not load the demo configuration: {errorText(config.error)}
        </div>
      )}
      {config.data && <Demo config={config.data} user={user} />}
    </>
  );
}
