// A partner's page: loads its configuration (widget token, where the API and registry are) from its own
// backend, then renders <CredentialForm> for one template.
import { CredentialForm, type CredentialFormSourceSummary } from "@credential-form/react";
import { useState, version } from "react";
import { createRoot } from "react-dom/client";
import { type ConsumerConfig, readConsumerConfig } from "./readConsumerConfig.js";

function App(props: { config: ConsumerConfig }) {
  const [created, setCreated] = useState<CredentialFormSourceSummary | null>(null);
  const { config } = props;
  return (
    <>
      <h1>Connect a source</h1>
      <p data-testid="react-version">{version}</p>
      <CredentialForm
        token={config.token}
        template={{ id: config.templateId }}
        baseUrl={config.baseUrl}
        registryUrl={config.registryUrl}
        onSuccess={setCreated}
      />
      {created ? <p data-testid="created">{created.id}</p> : null}
    </>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("No #root element");
readConsumerConfig().then((config) => createRoot(root).render(<App config={config} />));
