import { createContext } from "react";
import type { LatestToken } from "./useLatestTokenProvider.js";

/**
 * A token provider shared by the components below (the widget's picker and form), so one token is read, fetched
 * and refreshed once for all of them.
 */
export const sharedTokenContext = createContext<LatestToken | null>(null);
