import { describe, expect, it } from "vitest";
import { singularLabel } from "./singularLabel.js";

describe("singularLabel", () => {
  it.each([
    ["Ad Account ID(s)", "Ad Account ID"],
    ["GitHub Repositories", "GitHub Repository"],
    ["Branches", "Branch"],
    ["Custom Reports", "Custom Report"],
    ["Account IDs", "Account ID"],
    ["Filter Salesforce Objects", "Filter Salesforce Object"],
    ["Status", "Status"],
    ["Email Address", "Email Address"],
    ["Analysis", "Analysis"],
    ["Data", "Data"],
    ["Days", "Day"],
  ])("%s → %s", (title, singular) => {
    expect(singularLabel(title)).toBe(singular);
  });
});
