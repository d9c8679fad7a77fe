import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// `findBy…` and `waitFor` give up after 1 s by default. On a 2-core machine running two unit workers beside the
// browser projects, a submit that failed over the network took more than 1 s to show its alert. Wait up to 5 s:
// a wait whose condition holds still returns at once.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
