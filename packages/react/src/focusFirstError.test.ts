import type { ErrorSchema } from "@rjsf/utils";
import { afterEach, describe, expect, it } from "vitest";
import { fieldId } from "./fieldId.js";
import { focusFirstError } from "./focusFirstError.js";

const errors = (value: unknown) => value as ErrorSchema;

afterEach(() => {
  document.body.innerHTML = "";
});

describe("focusFirstError", () => {
  it("derives RJSF's field id from the id prefix and the field's path", () => {
    expect(fieldId("cfr1", ["credentials", "api_key"])).toBe("cfr1_credentials_api_key");
    expect(fieldId("cfr1", [])).toBe("cfr1");
  });

  it("focuses the first errored field in document order, whatever the error order (no theme classes)", () => {
    document.body.innerHTML = `
      <div id="scope"><input id="p_company"><input id="p_api_key"></div>`;
    const scope = document.getElementById("scope") as HTMLElement;
    const focused = focusFirstError(
      scope,
      "p",
      errors({ api_key: { __errors: ["required"] }, company: { __errors: ["required"] } }),
    );
    expect(focused).toBe(true);
    expect(document.activeElement?.id).toBe("p_company");
  });

  it("focuses the first control inside a field without one of its own (an array), and ignores empty lists", () => {
    document.body.innerHTML = `
      <div id="scope"><input id="p_name">
        <fieldset id="p_branches"><input type="hidden"><button type="button" id="add">Add</button></fieldset></div>`;
    const scope = document.getElementById("scope") as HTMLElement;
    focusFirstError(scope, "p", errors({ name: { __errors: [] }, branches: { __errors: ["too few"] } }));
    expect(document.activeElement?.id).toBe("add");
  });

  it("skips an errored field with no control to the next errored one, and walks a shadow root", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = `<input id="p_ok"><div id="p_note">text only</div><section><input id="p_token"></section>`;
    const focused = focusFirstError(
      shadow,
      "p",
      errors({ token: { __errors: ["required"] }, note: { __errors: ["bad"] } }),
    );
    expect(focused).toBe(true);
    expect(shadow.activeElement?.id).toBe("p_token");
  });

  it("falls back to the form's alert, and reports false when there is nothing to focus yet", () => {
    document.body.innerHTML = `<div id="scope"></div>`;
    const scope = document.getElementById("scope") as HTMLElement;
    expect(focusFirstError(scope, "p", errors({ x: { __errors: ["bad"] } }))).toBe(false);
    scope.innerHTML = `<div role="alert" tabindex="-1" id="alert">Failed</div>`;
    expect(focusFirstError(scope, "p", errors({ x: { __errors: ["bad"] } }))).toBe(true);
    expect(document.activeElement?.id).toBe("alert");
  });
});
