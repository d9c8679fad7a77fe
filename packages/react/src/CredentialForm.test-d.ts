// Type tests of `<CredentialForm>`'s two modes and the hook's: a `template` (create) or a `connectorId` (edit),
// exactly one of them, and the hook's result follows the mode.
import { describe, expectTypeOf, it } from "vitest";
import type {
  CredentialFormCreateProps,
  CredentialFormProps,
  UseConnectorEditResult,
  UseCredentialFormEditOptions,
  UseCredentialFormOptions,
  UseCredentialFormResult,
} from "./index.js";
import { useCredentialForm } from "./index.js";

const template = { id: "tmpl-1" };

describe("CredentialFormProps: template or connectorId", () => {
  it("takes a template (create) or a connectorId (edit)", () => {
    const create: CredentialFormProps = { token: "t", template };
    const edit: CredentialFormProps = { token: "t", connectorId: "c-1" };
    expectTypeOf(create).toExtend<CredentialFormProps>();
    expectTypeOf(edit).toExtend<CredentialFormProps>();
    // Narrowing on the mode gives each mode's props.
    const props = create as CredentialFormProps;
    if (props.connectorId === undefined) expectTypeOf(props).toEqualTypeOf<CredentialFormCreateProps>();
    else expectTypeOf(props.connectorId).toEqualTypeOf<string>();
  });

  it("rejects props with neither", () => {
    // @ts-expect-error neither a template nor a connectorId
    const neither: CredentialFormProps = { token: "t" };
    expectTypeOf(neither).not.toBeNever();
  });

  it("rejects props with both", () => {
    // @ts-expect-error a template and a connectorId at once
    const both: CredentialFormProps = { token: "t", template, connectorId: "c-1" };
    expectTypeOf(both).not.toBeNever();
  });

  it("keeps create-only options out of edit mode", () => {
    // @ts-expect-error edit mode starts from the stored connector: no initial values
    const withInitial: CredentialFormProps = { token: "t", connectorId: "c-1", initialValues: {} };
    // @ts-expect-error edit mode always uses the current Agent API
    const withFlavour: CredentialFormProps = { token: "t", connectorId: "c-1", flavour: "embedded-sources" };
    expectTypeOf(withInitial).not.toBeNever();
    expectTypeOf(withFlavour).not.toBeNever();
  });
});

describe("useCredentialForm: the result follows the mode", () => {
  it("returns the create result for a template and the edit result for a connectorId", () => {
    expectTypeOf(useCredentialForm({ token: "t", template })).toEqualTypeOf<UseCredentialFormResult>();
    const edit = useCredentialForm({ token: "t", connectorId: "c-1" });
    expectTypeOf(edit).toEqualTypeOf<UseConnectorEditResult>();
    expectTypeOf(edit.keptSecrets).toEqualTypeOf<ReadonlySet<string>>();
    expectTypeOf(edit.replaceSecret).parameter(0).toEqualTypeOf<string>();
  });

  it("rejects options with neither or both", () => {
    // @ts-expect-error neither a template nor a connectorId
    useCredentialForm({ token: "t" });
    // @ts-expect-error a template and a connectorId at once
    useCredentialForm({ token: "t", template, connectorId: "c-1" });
    expectTypeOf<UseCredentialFormOptions["connectorId"]>().toEqualTypeOf<undefined>();
    expectTypeOf<UseCredentialFormEditOptions["template"]>().toEqualTypeOf<undefined>();
  });
});
