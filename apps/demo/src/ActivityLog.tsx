import type { CredentialWidgetEvent } from "@credential-form/react/widget";

/** One line of the activity log. */
export interface ActivityEntry {
  id: number;
  time: Date;
  text: string;
  tone: "info" | "error";
}

/** Turns a form or widget event (already secret-free) into a log line, or null for events the log skips. */
export function describeEvent(event: CredentialWidgetEvent): Pick<ActivityEntry, "text" | "tone"> | null {
  switch (event.type) {
    case "ready":
      return { text: `Form ready for ${event.connectorName}`, tone: "info" };
    case "submit":
      return { text: "Creating the source…", tone: "info" };
    case "check_started":
      return { text: "Checking the credentials with Airbyte…", tone: "info" };
    case "check_succeeded":
      return { text: "Check passed", tone: "info" };
    case "check_failed":
      return { text: `Check failed: ${event.message ?? "no reason given"}`, tone: "error" };
    case "check_skipped":
      return { text: `Created without a passed check (${event.reason})`, tone: "info" };
    case "success":
      return { text: `Source created (${event.source.id})`, tone: "info" };
    case "error": {
      const { error } = event;
      const status = error.status === null ? "" : ` ${error.status}`;
      const fields =
        error.fieldErrors.length > 0 ? ` [${error.fieldErrors.map((f) => f.path).join(", ")}]` : "";
      return {
        text: `${event.phase} error (${error.code}${status}): ${error.message}${fields}`,
        tone: "error",
      };
    }
    case "cancel":
      return { text: "Cancelled", tone: "info" };
    case "open":
      return { text: "Widget opened", tone: "info" };
    case "close":
      return { text: `Widget closed (${event.reason})`, tone: "info" };
    case "template_selected":
      return { text: `Chose ${event.templateName}`, tone: "info" };
    default:
      // The official widget's end_user_action_result events duplicate success/error.
      return null;
  }
}

/** Props of {@link ActivityLog}. */
export interface ActivityLogProps {
  entries: readonly ActivityEntry[];
}

/** What the form reported through `onEvent`, newest last: shows partners what their analytics would receive. */
export function ActivityLog({ entries }: ActivityLogProps) {
  return (
    <div role="log" aria-label="Activity">
      {entries.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <ol className="demo-activity">
          {entries.map((entry) => (
            <li key={entry.id} className={entry.tone === "error" ? "demo-error" : undefined}>
              <time dateTime={entry.time.toISOString()}>{entry.time.toLocaleTimeString()}</time> {entry.text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
