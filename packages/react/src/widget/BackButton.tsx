/** The widget's Back button (to the picker, or to the connections list). */
export function BackButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="cf-button cf-widget-back" onClick={onClick}>
      <span aria-hidden="true" className="cf-back-arrow">
        ←{" "}
      </span>
      {label}
    </button>
  );
}
