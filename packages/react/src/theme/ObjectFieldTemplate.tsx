import { isPlainObject } from "@credential-form/core/form";
import {
  type ErrorSchema,
  getUiOptions,
  type ObjectFieldTemplatePropertyType,
  type ObjectFieldTemplateProps,
} from "@rjsf/utils";
import { type ReactNode, useRef, useState } from "react";
import { FieldsetHeading } from "./FieldsetHeading.js";
import { formMessages } from "./formMessages.js";
import { hasErrors } from "./hasErrors.js";

/** A `groups` entry of the uiSchema contract: fields rendered together in a fieldset. */
export interface FieldGroup {
  id: string;
  title: string | null;
  fields: string[];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function groupList(value: unknown): FieldGroup[] {
  return Array.isArray(value)
    ? value
        .filter((group) => isPlainObject(group) && typeof group.id === "string")
        .map(({ id, title, fields }) => ({
          id,
          title: typeof title === "string" ? title : null,
          fields: stringList(fields),
        }))
    : [];
}

function renderWithGroups(
  props: ObjectFieldTemplatePropertyType[],
  groups: FieldGroup[],
  idBase: string,
): ReactNode[] {
  const groupOf = new Map<string, FieldGroup>();
  for (const group of groups)
    for (const field of group.fields) if (!groupOf.has(field)) groupOf.set(field, group);
  const rendered = new Set<string>();
  const out: ReactNode[] = [];
  for (const prop of props) {
    const group = groupOf.get(prop.name);
    if (!group) {
      out.push(prop.content);
      continue;
    }
    if (rendered.has(group.id)) continue;
    rendered.add(group.id);
    const members = props.filter((p) => groupOf.get(p.name) === group);
    if (members.every((member) => member.hidden)) {
      out.push(...members.map((member) => member.content));
      continue;
    }
    const legendId = `${idBase}__group_${group.id.replace(/[^\w-]/g, "_")}`;
    out.push(
      <fieldset
        key={`group-${group.id}`}
        className="cf-group"
        aria-labelledby={group.title ? legendId : undefined}
      >
        {group.title && <legend id={legendId}>{group.title}</legend>}
        {members.map((member) => member.content)}
      </fieldset>,
    );
  }
  return out;
}

// The open/closed state of each optional section, per form (its root schema): a section that unmounts (another
// oneOf option chosen) and comes back opens the way the user left it.
const sectionState = new WeakMap<object, Map<string, boolean>>();

/**
 * A collapsed disclosure of optional fields that says whose they are and how many ("More options for
 * Authentication (3)"); opens itself while a field inside it has an error. Its fields are rendered the first time
 * it opens and stay mounted after that (closing it keeps what was typed): a large connector mounts only the
 * fields it shows.
 */
function OptionalSection({
  label,
  panelId,
  stateKey,
  states,
  nested,
  forceOpen,
  children,
}: {
  label: string;
  panelId: string;
  stateKey: string;
  states: Map<string, boolean>;
  nested: boolean;
  forceOpen: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(() => states.get(stateKey) === true);
  const expanded = open || forceOpen;
  const opened = useRef(false);
  if (expanded) opened.current = true;
  const toggle = () => {
    states.set(stateKey, !expanded);
    setOpen(!expanded);
  };
  return (
    <div className={nested ? "cf-disclosure cf-disclosure-nested" : "cf-disclosure"}>
      <button
        type="button"
        className="cf-button cf-disclosure-toggle"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={toggle}
      >
        <span className="cf-chevron" aria-hidden="true">
          ▸
        </span>
        {label}
      </button>
      <div id={panelId} className="cf-disclosure-panel" hidden={!expanded}>
        {opened.current && children}
      </div>
    </div>
  );
}

/**
 * Lays out an object's properties: required ones first in `ui:order`, `groups` as fieldsets with legends,
 * and the optional ones (`ui:options.optionalFields`) in a collapsed "More options for …" disclosure.
 */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { properties, uiSchema, registry, fieldPathId, schema, errorSchema } = props;
  const options = getUiOptions(uiSchema);
  if ((schema.oneOf || schema.anyOf) && !schema.properties && properties.length === 0) return null;
  const messages = formMessages(registry);
  const id = fieldPathId.$id;
  const isRoot = fieldPathId.path.length === 0;
  // The root and each oneOf option's properties sit in the surrounding fieldset: no fieldset of their own.
  const plain = isRoot || options.cfOneOfOption === true;
  const optionalNames = new Set(stringList(options.optionalFields));
  const groups = groupList(options.groups);
  const main = properties.filter((p) => !optionalNames.has(p.name));
  const optional = properties.filter((p) => optionalNames.has(p.name));
  const collapse = optional.some((p) => !p.hidden) && (isRoot || main.some((p) => !p.hidden));
  const errors = (errorSchema ?? {}) as Record<string, ErrorSchema | undefined>;
  const Element = plain ? "div" : "fieldset";
  const section = isRoot
    ? ""
    : (typeof options.cfSection === "string" && options.cfSection) || props.title || schema.title || "";
  const stateKey = `${id}|${optional.map((p) => p.name).join(",")}`;
  const states = sectionState.get(registry.rootSchema) ?? new Map<string, boolean>();
  sectionState.set(registry.rootSchema, states);
  return (
    <Element className="cf-object" id={id}>
      {!plain && <FieldsetHeading {...props} />}
      {renderWithGroups(collapse ? main : properties, groups, id)}
      {collapse && (
        <OptionalSection
          key={stateKey}
          label={messages.moreOptions(section, optional.filter((p) => !p.hidden).length)}
          panelId={`${id}__optional`}
          stateKey={stateKey}
          states={states}
          nested={!isRoot}
          forceOpen={optional.some((p) => hasErrors(errors[p.name]))}
        >
          {renderWithGroups(optional, groups, `${id}__optional`)}
        </OptionalSection>
      )}
    </Element>
  );
}
