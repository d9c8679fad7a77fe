// The demo's OAuth callback page (the `redirect_url` the form passes to `oauth/initiate`): hands the consent's
// result to the form in the window that opened the popup, on this origin only, and closes the popup.
import { completeOAuthRedirect } from "@credential-form/react/oauth-callback";

completeOAuthRedirect();
