import {
  mintScopedToken,
  type StoryMockApi,
  sandboxTemplate,
  storyMockApi,
} from "@credential-form/test-utils";

/** What {@link connectorStoryLoader} loads beside `storyMockApi`'s: a scoped token and the connectors it created. */
export interface ConnectorStory extends StoryMockApi {
  /** A scoped token of the story's workspace (what a bring-your-own-UI front end holds). */
  scopedToken: string;
  /** Ids of the connectors created for the story. */
  connectorIds: string[];
}

const github = sandboxTemplate("airbyte/source-github");

/**
 * A story loader: the sandbox of `storyMockApi`, a scoped token, and `parameters.connectors` GitHub connectors
 * (default 1) created through the sandbox, each with a stored personal access token.
 */
export async function connectorStoryLoader(
  context: Parameters<typeof storyMockApi>[0] & {
    parameters: { connectors?: number };
  },
): Promise<ConnectorStory> {
  const loaded = await storyMockApi(context);
  const { sandbox, baseUrl } = loaded.api;
  const call = async (path: string, token: string, body: unknown) =>
    (await (
      await sandbox.handle(
        new Request(baseUrl + path, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
      )
    ).json()) as Record<string, string>;
  const workspace = "story-workspace";
  const scopedToken = await mintScopedToken(sandbox, baseUrl, workspace);
  const connectorIds: string[] = [];
  const names = ["Work GitHub", "Side project GitHub", "Archive GitHub"];
  for (let i = 0; i < (context.parameters.connectors ?? 1); i++) {
    const created = await call("/api/v1/integrations/connectors", scopedToken, {
      workspace_name: workspace,
      source_template_id: github.id,
      name: names[i % names.length],
      credentials: { personal_access_token: `ghp_storyToken${i}xxxx` },
      replication_config: { repositories: ["airbytehq/airbyte"], start_date: "2023-01-01T00:00:00Z" },
    });
    connectorIds.push(created.id!);
  }
  return { ...loaded, scopedToken, connectorIds };
}

/** The loaded {@link ConnectorStory} of a story's context. */
export const connectorStory = (context: { loaded: Record<string, unknown> }) =>
  context.loaded as unknown as ConnectorStory;
