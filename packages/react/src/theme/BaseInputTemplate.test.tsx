import { getDefaultRegistry, withTheme } from "@rjsf/core";
import type { RJSFSchema, WidgetProps } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import { render, screen } from "@testing-library/react";
import type { ComponentType } from "react";
import { describe, expect, it } from "vitest";
import { airbyteTheme } from "./airbyteTheme.js";

const ThemedForm = withTheme(airbyteTheme);

/** A secret RJSF shows from `dependencies` (once "Use a key" has a value), with no uiSchema of its own. */
const schema = {
  type: "object",
  properties: { use_key: { type: "boolean", title: "Use a key", default: true } },
  dependencies: {
    use_key: { properties: { api_key: { type: "string", title: "API Key", airbyte_secret: true } } },
  },
} as RJSFSchema;

/** A replacement SecretWidget, as edit mode's KeptSecretWidget is. */
function ReplacedSecretWidget(props: WidgetProps) {
  return <output data-testid="replaced">{props.label}</output>;
}

describe("BaseInputTemplate", () => {
  it("renders a secret field without a uiSchema widget as the masked, uncontrolled SecretWidget", () => {
    render(
      <ThemedForm schema={schema} validator={validator} formData={{ use_key: true, api_key: "sk-held" }} />,
    );
    const input = screen.getByLabelText("API Key") as HTMLInputElement;
    expect(input.type).toBe("password");
    expect(input.dataset.secret).toBe("true");
    expect(input.hasAttribute("value")).toBe(false);
    // The value is the element's property only.
    expect(input.value).toBe("sk-held");
    expect(document.body.innerHTML).not.toContain("sk-held");
  });

  it("renders the registry's SecretWidget when the form replaces it (as edit mode does)", () => {
    render(
      <ThemedForm schema={schema} validator={validator} widgets={{ SecretWidget: ReplacedSecretWidget }} />,
    );
    expect(screen.getByTestId("replaced").textContent).toBe("API Key");
  });

  it("a replacement that renders this template in turn (RJSF's PasswordWidget) gets the plain input once", () => {
    const PasswordWidget = getDefaultRegistry().widgets.PasswordWidget as ComponentType<WidgetProps>;
    render(<ThemedForm schema={schema} validator={validator} widgets={{ SecretWidget: PasswordWidget }} />);
    expect((screen.getByLabelText("API Key") as HTMLInputElement).type).toBe("password");
  });
});
