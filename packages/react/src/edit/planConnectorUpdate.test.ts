// @vitest-environment node
import { type Connector, prepareForm } from "@credential-form/core";
import { MASKED_SECRET } from "@credential-form/core/connectors";
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { planConnectorUpdate } from "./planConnectorUpdate.js";
import { splitMaskedSecrets } from "./splitMaskedSecrets.js";

// What saving an edit sends, over the real Gorgias spec (its `password` is an optional airbyte_secret).
const spec = getSource("airbyte/source-gorgias").spec.connectionSpecification;
const prepared = prepareForm(spec);

const baseline: Connector = {
  id: "c-1",
  name: "Gorgias",
  template: {
    id: "t-1",
    name: "Gorgias",
    sourceDefinitionId: getSource("airbyte/source-gorgias").sourceDefinitionId,
    partialDefaultConfig: {},
  } as Connector["template"],
  config: {
    username: "ops@acme.test",
    password: MASKED_SECRET,
    domain_name: "acme",
    start_date: "2024-01-01T00:00:00Z",
  },
  createdAt: null,
  updatedAt: null,
};

/** The form's data as edit mode starts it (the mask never a value). */
const { values, masked } = splitMaskedSecrets(baseline.config);

describe("planConnectorUpdate (what an edit's save sends)", () => {
  it("an untouched form with its optional secret kept sends nothing", () => {
    expect(masked).toEqual(["/password"]);
    const plan = planConnectorUpdate({ prepared, formData: values, baseline, kept: new Set(masked) });
    expect(plan.errors).toBeUndefined();
    expect(plan.update?.body).toBeNull();
  });

  it("a removed optional secret is sent as null, the other fields untouched", () => {
    const plan = planConnectorUpdate({
      prepared,
      formData: values,
      baseline,
      kept: new Set(),
      cleared: new Set(["/password"]),
    });
    expect(plan.update?.body).toEqual({ replication_config: { password: null } });
  });

  it("a removed secret wins over a value left in the form data; a replaced one is sent as typed", () => {
    const typed = { ...values, password: "new-gorgias-password" };
    const removed = planConnectorUpdate({
      prepared,
      formData: typed,
      baseline,
      kept: new Set(),
      cleared: new Set(["/password"]),
    });
    expect(removed.update?.body).toEqual({ replication_config: { password: null } });
    const replaced = planConnectorUpdate({ prepared, formData: typed, baseline, kept: new Set() });
    expect(replaced.update?.body).toEqual({ replication_config: { password: "new-gorgias-password" } });
    expect(replaced.secrets).toContain("new-gorgias-password");
  });

  it("a required field emptied is a validation error, nothing is sent", () => {
    const { domain_name: _, ...withoutDomain } = values;
    const plan = planConnectorUpdate({ prepared, formData: withoutDomain, baseline, kept: new Set(masked) });
    expect(plan.errors?.map((e) => e.path)).toEqual(["/domain_name"]);
    expect(plan.update).toBeUndefined();
  });
});
