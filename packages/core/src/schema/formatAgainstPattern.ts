import { isArray } from "../shared/isArray.js";
import type { SpecWarning } from "./SpecWarning.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:z|[+-](\d{2})(?::?(\d{2}))?)$/i;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function isTime(value: string): boolean {
  const match = TIME.exec(value);
  if (!match) return false;
  const [hour = 0, minute = 0, second = 0, zoneHour = 0, zoneMinute = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  return hour <= 23 && minute <= 59 && second <= 60 && zoneHour <= 23 && zoneMinute <= 59;
}

function isDateTime(value: string): boolean {
  const parts = value.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0] as string) && isTime(parts[1] as string);
}

/** The formats a pattern can contradict, each with its check (RFC 3339, as ajv-formats) and values it accepts. */
const FORMATS: Readonly<Record<string, { accepts: (value: string) => boolean; samples: string[] }>> = {
  date: { accepts: isDate, samples: ["2024-01-15"] },
  "date-time": {
    accepts: isDateTime,
    samples: "T Z|T .000Z|T .000000Z|T +00:00|T +0000| Z|T .000+00:00".split("|").map((shape) => {
      const [separator, zone] = shape.split(" ") as [string, string];
      return `2024-01-15${separator}00:00:00${zone}`;
    }),
  },
  time: { accepts: isTime, samples: ["12:00:00Z", "12:00:00.000Z", "12:00:00+00:00"] },
};

/**
 * A string's `format` that contradicts its `pattern` is dropped (the pattern is the connector's contract, the
 * format decoration): when the spec's own examples or default match the pattern but not the format (a date-only
 * example under `format: date-time`), or when no value of the format matches the pattern (`dd-mm-yyyy` under
 * `format: date`). Otherwise no value the connector accepts could be submitted.
 */
export function formatAgainstPattern(
  node: Record<string, unknown>,
  path: string,
  warn: (warning: SpecWarning) => void,
): void {
  const { format, pattern } = node;
  if (typeof format !== "string" || typeof pattern !== "string" || !Object.hasOwn(FORMATS, format)) return;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, "u");
  } catch {
    return;
  }
  const { accepts, samples } = FORMATS[format] as (typeof FORMATS)[string];
  const evidence = [...(isArray(node.examples) ? node.examples : []), node.default].filter(
    (value): value is string => typeof value === "string" && value !== "",
  );
  const contradicted = evidence.some((value) => regex.test(value) && !accepts(value));
  if (!contradicted && samples.some((value) => regex.test(value))) return;
  delete node.format;
  warn({
    path: `${path}/format`,
    code: "format_contradicts_pattern",
    message: contradicted
      ? `Format "${format}" rejects the spec's own examples that match its pattern; dropped, the pattern is kept`
      : `Format "${format}" accepts no value its pattern allows; dropped, the pattern is kept`,
  });
}
