import { type FlavourName, flavours } from "@credential-form/core";

/** What the demo's backend tells the browser (`GET /api/config`): where to call, never a secret. */
export interface DemoConfig {
  /** Base URL of the Embedded API the browser calls with the widget token. */
  embeddedApiUrl: string;
  /** Connector registry URL the form loads specs from. */
  registryUrl: string;
  /** Create-source endpoint flavour. */
  flavour: FlavourName;
}

function isFlavourName(value: unknown): value is FlavourName {
  return typeof value === "string" && Object.hasOwn(flavours, value);
}

/** Loads and checks the demo configuration from the demo backend. */
export async function loadDemoConfig(): Promise<DemoConfig> {
  const response = await fetch("/api/config", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`The demo backend answered HTTP ${response.status} for /api/config.`);
  const body = (await response.json()) as Record<string, unknown>;
  const { embeddedApiUrl, registryUrl, flavour } = body;
  if (typeof embeddedApiUrl !== "string" || typeof registryUrl !== "string") {
    throw new Error("The demo backend's /api/config is missing embeddedApiUrl or registryUrl.");
  }
  if (!isFlavourName(flavour)) {
    throw new Error(
      `Unknown API flavour in /api/config (expected one of ${Object.keys(flavours).join(", ")}).`,
    );
  }
  return { embeddedApiUrl, registryUrl, flavour };
}
