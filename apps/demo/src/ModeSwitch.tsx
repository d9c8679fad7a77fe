/** How the demo embeds the credential form. */
export type DemoMode = "inline" | "widget";

/** The mode from `?mode=widget` (default: inline), so a link or a test can open either. */
export function readMode(): DemoMode {
  return new URLSearchParams(window.location.search).get("mode") === "widget" ? "widget" : "inline";
}

/** Props of {@link ModeSwitch}. */
export interface ModeSwitchProps {
  mode: DemoMode;
  onChange: (mode: DemoMode) => void;
}

const MODES: { value: DemoMode; label: string }[] = [
  { value: "inline", label: "Inline form" },
  { value: "widget", label: "Widget" },
];

/** A labelled radio group switching between the inline `<CredentialForm>` and the `<CredentialWidget>` dialog. */
export function ModeSwitch({ mode, onChange }: ModeSwitchProps) {
  return (
    <fieldset className="demo-card demo-mode">
      <legend>Integration</legend>
      {MODES.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name="demo-mode"
            value={option.value}
            checked={mode === option.value}
            onChange={() => {
              onChange(option.value);
              const url = new URL(window.location.href);
              url.searchParams.set("mode", option.value);
              window.history.replaceState(null, "", url);
            }}
          />{" "}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
