import type { SourceTemplateSummary } from "@credential-form/core";

/** Props of {@link TemplateList}. */
export interface TemplateListProps {
  /** The workspace's source templates. */
  templates: readonly SourceTemplateSummary[];
  /** Id of the chosen template, if any. */
  selectedId: string | null;
  /** Called with the template the user picks. */
  onSelect: (template: SourceTemplateSummary) => void;
}

/** The source templates of the end user's workspace as toggle buttons (the partner's own UI). */
export function TemplateList({ templates, selectedId, onSelect }: TemplateListProps) {
  if (templates.length === 0) return <p>No source templates are configured for this workspace yet.</p>;
  return (
    <ul className="demo-templates" aria-label="Source templates">
      {templates.map((template) => (
        <li key={template.id}>
          <button
            type="button"
            aria-pressed={template.id === selectedId}
            data-template-id={template.id}
            onClick={() => onSelect(template)}
          >
            {template.icon && <img src={template.icon} alt="" width={20} height={20} />}
            <span>{template.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
