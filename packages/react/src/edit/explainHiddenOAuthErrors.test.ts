import type { ConfigError } from "@credential-form/core";
import { describe, expect, it } from "vitest";
import type { OAuthController } from "../oauth/createOAuthController.js";
import { explainHiddenOAuthErrors } from "./explainHiddenOAuthErrors.js";

const oauth = {
  controller: {
    plan: { hiddenPaths: ["/credentials/client_id", "/credentials/refresh_token"] },
    widgetPath: "/credentials/client_id",
  } as unknown as OAuthController,
};
const required = (path: string): ConfigError => ({ path, message: "is required", keyword: "required" });

describe("explainHiddenOAuthErrors", () => {
  it("turns the errors on hidden OAuth fields into one error on the OAuth option's field, and keeps the others", () => {
    const errors = [
      required("/start_date"),
      required("/credentials/refresh_token"),
      required("/credentials/client_id"),
    ];
    expect(explainHiddenOAuthErrors(errors, oauth, "not here")).toEqual([
      required("/start_date"),
      { path: "/credentials/client_id", message: "not here", keyword: "oauth" },
    ]);
  });

  it("leaves the errors alone when none is on a hidden field, or the form has no OAuth", () => {
    const errors = [required("/start_date")];
    expect(explainHiddenOAuthErrors(errors, oauth, "not here")).toBe(errors);
    const hidden = [required("/credentials/refresh_token")];
    expect(explainHiddenOAuthErrors(hidden, null, "not here")).toBe(hidden);
  });
});
