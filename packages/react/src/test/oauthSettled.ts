import { getSource } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";

/**
 * Waits until an OAuth connector's form has its final shape: its OAuth code loads after the first render, then
 * hides the OAuth-filled fields and shows "Connect with …", which changes labels such as "More options (n)".
 * Returns at once for a connector without `advanced_auth`.
 */
export async function oauthSettled(scope: ParentNode, dockerRepository: string): Promise<void> {
  if (!getSource(dockerRepository).spec.advanced_auth) return;
  await waitFor(
    () => {
      if (!scope.querySelector(".cf-oauth")) throw new Error(`${dockerRepository}: OAuth not loaded yet`);
    },
    { timeout: 20_000 },
  );
}
