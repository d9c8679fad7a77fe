import type { ListedSource } from "./listSources.js";

/** Props of {@link SourcesTable}. */
export interface SourcesTableProps {
  /** The sources of the end user's workspace. */
  sources: readonly ListedSource[];
  /** Template names by id, to say which template a source came from. */
  templateNames: ReadonlyMap<string, string>;
}

function formatDate(value: string | null): string {
  if (value === null) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
}

/** The sources the end user created, as the Embedded API lists them (values are never shown, only field names). */
export function SourcesTable({ sources, templateNames }: SourcesTableProps) {
  if (sources.length === 0) return <p data-testid="no-sources">No sources yet. Connect one above.</p>;
  return (
    <table className="demo-sources" aria-label="Created sources">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Template</th>
          <th scope="col">Configured fields</th>
          <th scope="col">Created</th>
          <th scope="col">Source id</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <tr key={source.id} data-source-id={source.id}>
            <td>{source.name ?? "—"}</td>
            <td>
              {source.sourceTemplateId === null
                ? "—"
                : (templateNames.get(source.sourceTemplateId) ?? source.sourceTemplateId)}
            </td>
            <td>{source.configFields.join(", ") || "—"}</td>
            <td>{formatDate(source.createdAt)}</td>
            <td>
              <code>{source.id}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
