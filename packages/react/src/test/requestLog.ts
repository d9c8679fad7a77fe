import { recordingFetch, type SentRequest } from "@credential-form/test-utils";
import { beforeEach } from "vitest";

/** What {@link requestLog} hands a test file: the log and the `fetch` that fills it. */
export interface RequestLog {
  /** The requests sent through `recording` in the current test (emptied before each test; a test may empty it). */
  readonly requests: SentRequest[];
  /** A `fetch` through MSW (the sandbox), recording each request into `requests`. */
  readonly recording: typeof fetch;
}

/** A log of the requests a test file's forms send through MSW (the sandbox), emptied before each test. */
export function requestLog(): RequestLog {
  const requests: SentRequest[] = [];
  beforeEach(() => {
    requests.length = 0;
  });
  return {
    requests,
    recording: recordingFetch(
      (request) => fetch(request),
      () => requests,
    ),
  };
}
