import { MASKED_SECRET } from "@credential-form/core/connectors";
import { describe, expect, it } from "vitest";
import { splitMaskedSecrets } from "./splitMaskedSecrets.js";

describe("splitMaskedSecrets", () => {
  it("keeps each masked secret's key with an empty value and lists its pointer; the mask never remains", () => {
    const config = JSON.parse(
      JSON.stringify({
        credentials: { option_title: "PAT", personal_access_token: MASKED_SECRET },
        "a/b": MASKED_SECRET,
        list: [{ key: MASKED_SECRET }],
        host: "h",
      }),
    ) as Record<string, unknown>;
    const { values, masked } = splitMaskedSecrets(config);
    expect(values).toEqual({
      credentials: { option_title: "PAT", personal_access_token: "" },
      "a/b": "",
      list: [{ key: "" }],
      host: "h",
    });
    expect(masked).toEqual(["/credentials/personal_access_token", "/a~1b", "/list/0/key"]);
    expect(JSON.stringify(values)).not.toContain(MASKED_SECRET);
  });
});
