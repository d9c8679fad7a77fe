// Type tests of the event union `onEvent` receives: narrowing on `type` (and on `message` for the official widget's
// events) must give exactly the right payload. Kept apart from index.test-d.ts because the event interfaces'
// names are being renamed; the checks below go through `CredentialFormEvent` and `CredentialWidgetEvent` only,
// except the last block, which pins the exported names.
import { describe, expectTypeOf, it } from "vitest";
import type {
  CheckFailedEvent,
  CheckSkippedEvent,
  CheckStartedEvent,
  CheckSucceededEvent,
  CredentialFormCancelEvent,
  CredentialFormErrorEvent,
  CredentialFormEvent,
  CredentialFormEventError,
  CredentialFormReadyEvent,
  CredentialFormSourceSummary,
  CredentialFormSubmitEvent,
  CredentialFormSuccessEvent,
  PartialUserConfigCreatedEvent,
  PartialUserConfigCreateErrorEvent,
  SourceCreatedEvent,
  SourceCreateErrorEvent,
  SourceUpdatedEvent,
  SourceUpdateErrorEvent,
} from "./index.js";
import type { CredentialWidgetEvent, WidgetCloseReason } from "./widget/index.js";

type Payload<E, T extends string> = Omit<Extract<E, { type: T }>, "type">;

describe("CredentialFormEvent", () => {
  it("is discriminated by `type`, with exactly these types", () => {
    expectTypeOf<CredentialFormEvent["type"]>().toEqualTypeOf<
      | "end_user_action_result"
      | "ready"
      | "submit"
      | "check_started"
      | "check_succeeded"
      | "check_failed"
      | "check_skipped"
      | "success"
      | "error"
      | "cancel"
    >();
  });

  it("narrows on `type` to the right payload", () => {
    expectTypeOf<Payload<CredentialFormEvent, "ready">>().toEqualTypeOf<{
      templateId: string;
      sourceDefinitionId: string;
      connectorName: string;
    }>();
    expectTypeOf<Payload<CredentialFormEvent, "submit">>().toEqualTypeOf<{ templateId: string }>();
    expectTypeOf<Payload<CredentialFormEvent, "success">>().toEqualTypeOf<{
      source: CredentialFormSourceSummary;
    }>();
    expectTypeOf<Payload<CredentialFormEvent, "error">>().toEqualTypeOf<{
      phase: "load" | "validation" | "submit";
      error: CredentialFormEventError;
    }>();
    expectTypeOf<keyof Payload<CredentialFormEvent, "cancel">>().toBeNever();
    expectTypeOf<Payload<CredentialFormEvent, "check_started">>().toEqualTypeOf<{ templateId: string }>();
    expectTypeOf<Payload<CredentialFormEvent, "check_succeeded">>().toEqualTypeOf<{ templateId: string }>();
    expectTypeOf<Payload<CredentialFormEvent, "check_failed">>().toEqualTypeOf<{
      templateId: string;
      message: string | null;
    }>();
    expectTypeOf<Payload<CredentialFormEvent, "check_skipped">>().toEqualTypeOf<{
      templateId: string;
      reason: "off" | "unsupported" | "inconclusive" | "skipped" | "unknown";
      message: string | null;
    }>();
  });

  it("names Airbyte's widget events per generation: source_* (current) and partial_user_config_* (oldest)", () => {
    type Official = Extract<CredentialFormEvent, { type: "end_user_action_result" }>;
    expectTypeOf<Official["message"]>().toEqualTypeOf<
      | "source_created"
      | "source_create_error"
      | "partial_user_config_created"
      | "partial_user_config_create_error"
      | "source_updated"
      | "source_update_error"
    >();
    expectTypeOf<
      Extract<Official, { message: "source_created" }>["data"]
    >().toEqualTypeOf<CredentialFormSourceSummary>();
    expectTypeOf<
      Extract<Official, { message: "source_create_error" }>["error"]
    >().toEqualTypeOf<CredentialFormEventError>();
    // @ts-expect-error a failure carries no source
    type _NoData = Extract<Official, { message: "source_create_error" }>["data"];
  });

  it("narrows in a switch, and the official widget's events further on `message`", () => {
    const handle = (event: CredentialFormEvent): string => {
      switch (event.type) {
        case "error":
          expectTypeOf(event.phase).toEqualTypeOf<"load" | "validation" | "submit">();
          return event.error.message;
        case "success":
          expectTypeOf(event.source).toEqualTypeOf<CredentialFormSourceSummary>();
          // @ts-expect-error a success carries no error
          return event.error;
        case "end_user_action_result":
          if (
            event.message === "source_created" ||
            event.message === "partial_user_config_created" ||
            event.message === "source_updated"
          ) {
            expectTypeOf(event.data).toEqualTypeOf<CredentialFormSourceSummary>();
            return event.data.id;
          }
          expectTypeOf(event.message).toEqualTypeOf<
            "source_create_error" | "partial_user_config_create_error" | "source_update_error"
          >();
          return event.error.message;
        case "check_failed":
        case "check_skipped":
          return event.message ?? event.templateId;
        case "ready":
        case "submit":
        case "check_started":
        case "check_succeeded":
          return event.templateId;
        case "cancel":
          return "cancel";
        default:
          // Exhaustive: a new event type without a case here is a type error.
          expectTypeOf(event).toBeNever();
          return event;
      }
    };
    expectTypeOf(handle).returns.toEqualTypeOf<string>();
  });

  it("never types a payload field as any (a secret-carrying `raw` or `config` would show up here)", () => {
    expectTypeOf<CredentialFormSourceSummary>().toEqualTypeOf<{
      id: string;
      name: string | null;
      sourceDefinitionId: string | null;
    }>();
    expectTypeOf<CredentialFormEventError["fieldErrors"]>().toEqualTypeOf<
      { path: string; message: string }[]
    >();
  });
});

describe("CredentialWidgetEvent", () => {
  it("is the form's events plus open, close and template_selected", () => {
    expectTypeOf<Extract<CredentialWidgetEvent, CredentialFormEvent>>().toEqualTypeOf<CredentialFormEvent>();
    expectTypeOf<Exclude<CredentialWidgetEvent, CredentialFormEvent>["type"]>().toEqualTypeOf<
      "open" | "close" | "template_selected"
    >();
    expectTypeOf<Payload<CredentialWidgetEvent, "close">>().toEqualTypeOf<{ reason: WidgetCloseReason }>();
    expectTypeOf<Payload<CredentialWidgetEvent, "template_selected">>().toEqualTypeOf<{
      templateId: string;
      templateName: string;
    }>();
  });
});

describe("the exported event names", () => {
  it("are the members of the union", () => {
    expectTypeOf<
      | SourceCreatedEvent
      | SourceCreateErrorEvent
      | PartialUserConfigCreatedEvent
      | PartialUserConfigCreateErrorEvent
      | CheckStartedEvent
      | CheckSucceededEvent
      | CheckFailedEvent
      | CheckSkippedEvent
      | CredentialFormReadyEvent
      | CredentialFormSubmitEvent
      | CredentialFormSuccessEvent
      | CredentialFormErrorEvent
      | CredentialFormCancelEvent
      | SourceUpdatedEvent
      | SourceUpdateErrorEvent
    >().toEqualTypeOf<CredentialFormEvent>();
    expectTypeOf<Extract<CredentialFormEvent, { type: "error" }>>().toEqualTypeOf<CredentialFormErrorEvent>();
  });
});
