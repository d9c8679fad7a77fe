/**
 * The config of a GitHub connector as the edit and list tests store it: a personal access token, one repository
 * and, unless `startDate` is `null`, a start date.
 */
export function githubConfig(
  personalAccessToken: string,
  startDate: string | null = "2023-01-01T00:00:00Z",
): Record<string, unknown> {
  return {
    credentials: { personal_access_token: personalAccessToken },
    repositories: ["airbytehq/airbyte"],
    ...(startDate === null ? {} : { start_date: startDate }),
  };
}
