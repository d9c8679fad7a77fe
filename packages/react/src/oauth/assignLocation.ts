/** Sends this tab to `url` (full-page OAuth redirect mode); its own module so tests can stand in for it. */
export function assignLocation(url: string): void {
  window.location.assign(url);
}
