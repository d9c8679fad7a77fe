/** What the page needs from the partner's backend. */
export interface ConsumerConfig {
  /** A widget token the backend minted for this end user. */
  token: string;
  templateId: string;
  baseUrl: string;
  registryUrl: string;
}

/** Loads the configuration the test's server hands out (`GET /config.json`). */
export async function readConsumerConfig(): Promise<ConsumerConfig> {
  const response = await fetch("/config.json");
  if (!response.ok) throw new Error(`/config.json answered HTTP ${response.status}`);
  return (await response.json()) as ConsumerConfig;
}
