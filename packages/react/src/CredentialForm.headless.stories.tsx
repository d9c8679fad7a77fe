import { isPlainObject } from "@credential-form/core";
import { sandboxTemplate, storyLoaded, storyMockApi } from "@credential-form/test-utils";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { FormEvent } from "react";
import { expect, waitFor } from "storybook/test";
import { sandboxRender } from "./test/sandboxRender.js";
import { type UseCredentialFormOptions, useCredentialForm } from "./useCredentialForm.js";

// The headless layer on its own: no RJSF, no theme, plain HTML inputs wired to `useCredentialForm`.
const hellobaton = sandboxTemplate("airbyte/source-hellobaton");
const example = hellobaton.example_user_config as { api_key: string; company: string };

interface PlainField {
  name: string;
  title: string;
  type: "text" | "password" | "number" | "checkbox";
  required: boolean;
  placeholder: string | undefined;
}

/** The top-level primitive fields of the user schema, in `ui:order`. */
function plainFields(schema: unknown, uiSchema: unknown): PlainField[] {
  if (!isPlainObject(schema) || !isPlainObject(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const order =
    isPlainObject(uiSchema) && Array.isArray(uiSchema["ui:order"]) ? (uiSchema["ui:order"] as string[]) : [];
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index >= 0 ? index : order.indexOf("*") >= 0 ? order.indexOf("*") : order.length;
  };
  return Object.entries(schema.properties)
    .filter(
      ([, property]) =>
        isPlainObject(property) && ["string", "number", "integer", "boolean"].includes(String(property.type)),
    )
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, property]) => {
      const p = property as Record<string, unknown>;
      const examples = Array.isArray(p.examples) ? p.examples : [];
      return {
        name,
        title: typeof p.title === "string" ? p.title : name,
        type:
          p.airbyte_secret === true
            ? "password"
            : p.type === "boolean"
              ? "checkbox"
              : p.type === "string"
                ? "text"
                : "number",
        required: required.has(name),
        placeholder: p.airbyte_secret === true || examples.length === 0 ? undefined : String(examples[0]),
      };
    });
}

function fieldErrors(errors: unknown, name: string): string[] {
  if (!isPlainObject(errors)) return [];
  const node = errors[name];
  return isPlainObject(node) && Array.isArray(node.__errors) ? node.__errors.map(String) : [];
}

/** A design-system-free form over `useCredentialForm`: every element is plain HTML. */
export function HeadlessCredentialForm(props: UseCredentialFormOptions) {
  const form = useCredentialForm(props);
  const { status, messages, loadError, submitError, formData, createdSource } = form;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  let body: React.ReactNode;
  if (loadError) body = <p role="alert">{loadError.message}</p>;
  else if (status === "loading") body = <p>{messages.loading}</p>;
  else if (createdSource) body = <p className="headless-success">{messages.success}</p>;
  else {
    body = (
      <form onSubmit={onSubmit} noValidate aria-label={form.definition?.name ?? "Connector"}>
        {submitError && <p role="alert">{submitError.message}</p>}
        {plainFields(form.schema, form.uiSchema).map((field) => {
          const id = `headless-${field.name}`;
          const errors = fieldErrors(form.errors, field.name);
          const value = formData[field.name];
          const update = (next: unknown) => {
            const copy = { ...formData };
            if (next === "" || next === undefined) delete copy[field.name];
            else copy[field.name] = next;
            form.setFormData(copy);
          };
          return (
            <p key={field.name} style={{ display: "grid", gap: "0.25rem", maxWidth: "24rem" }}>
              <label htmlFor={id}>
                {field.title}
                {field.required ? " (required)" : ""}
              </label>
              {field.type === "checkbox" ? (
                <input
                  id={id}
                  type="checkbox"
                  checked={value === true}
                  onChange={(e) => update(e.target.checked)}
                />
              ) : (
                <input
                  id={id}
                  type={field.type}
                  value={value === undefined || value === null ? "" : String(value)}
                  placeholder={field.placeholder}
                  autoComplete={field.type === "password" ? "new-password" : "off"}
                  aria-invalid={errors.length > 0 || undefined}
                  aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
                  onChange={(e) =>
                    update(
                      field.type === "number" && e.target.value !== ""
                        ? Number(e.target.value)
                        : e.target.value,
                    )
                  }
                />
              )}
              {errors.length > 0 && <span id={`${id}-error`}>{errors.join(" ")}</span>}
            </p>
          );
        })}
        <button {...form.getSubmitButtonProps()}>
          {status === "submitting" ? messages.submitting : messages.submit}
        </button>
      </form>
    );
  }
  return (
    <div {...form.getRootProps()}>
      {body}
      <div {...form.getLiveRegionProps()} style={{ position: "absolute", left: "-9999px" }}>
        {form.announcement}
      </div>
    </div>
  );
}

const meta = {
  title: "CredentialForm/Headless",
  component: HeadlessCredentialForm,
  // The example component is exported for docgen (its props table), not a story.
  excludeStories: ["HeadlessCredentialForm"],
  loaders: [storyMockApi],
  args: { token: "", template: { id: hellobaton.id } },
  argTypes: {
    token: { control: false },
    fetch: { control: false },
    queryClient: { control: false },
  },
  render: sandboxRender(HeadlessCredentialForm),
} satisfies Meta<typeof HeadlessCredentialForm>;
export default meta;

/** `useCredentialForm` with plain inputs: client validation, then the sandbox creates the source. */
export const Headless: StoryObj<typeof meta> = {
  play: async ({ canvas, userEvent, ...context }) => {
    const submit = await canvas.findByRole("button", { name: "Submit" }, { timeout: 15_000 });
    await userEvent.click(submit);
    const company = canvas.getByLabelText("company (required)");
    // The submit's code loads on demand on a first submit: on a loaded machine the errors can take over a second.
    await waitFor(() => expect(company).toHaveAttribute("aria-invalid", "true"), { timeout: 10_000 });
    await expect(company).toHaveAttribute("placeholder", "google");

    const apiKey = canvas.getByLabelText("API Key (required)");
    await expect(apiKey).toHaveAttribute("type", "password");
    await userEvent.type(apiKey, example.api_key);
    await userEvent.type(company, example.company);
    await userEvent.click(submit);
    await canvas.findByText(
      "Your source has been created.",
      { selector: ".headless-success" },
      { timeout: 10_000 },
    );
    const [source] = await storyLoaded(context).api.sources();
    await expect(source?.configuration).toEqual(example);
  },
};
