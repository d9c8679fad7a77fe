import { errorId, type FieldErrorProps } from "@rjsf/utils";

/** A field's error messages, under the id its widget references with `aria-describedby`. */
export function FieldErrorTemplate({ errors = [], fieldPathId }: FieldErrorProps) {
  const shown = errors.filter((error) => typeof error === "string" && error !== "");
  if (shown.length === 0) return null;
  return (
    <ul id={errorId(fieldPathId)} className="cf-errors">
      {shown.map((error, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat; order is stable
        <li key={i}>{error}</li>
      ))}
    </ul>
  );
}
