import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { loadAppConfig } from "./auth/app-config";
import { completeSignOut, startSession } from "./auth/session";
import { setGraphQLUrl } from "./graphql/client";
import "./styles/main.scss";

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById("app")!);
  try {
    const config = await loadAppConfig();
    setGraphQLUrl(config.graphqlUrl);
    await startSession(config);
    // Back from the provider's sign-out page: `/?state=...`.
    const params = new URLSearchParams(window.location.search);
    const signedOut = window.location.pathname === "/" && params.has("state");
    if (signedOut) {
      await completeSignOut();
      window.history.replaceState(null, "", "/");
    }
    root.render(
      <StrictMode>
        <App config={config} signedOut={signedOut} />
      </StrictMode>,
    );
  } catch (err) {
    root.render(
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <h1 className="govuk-heading-l">Sorry, the service is unavailable</h1>
          <p className="govuk-body">{err instanceof Error ? err.message : String(err)}</p>
          <p className="govuk-body">Try again later.</p>
        </main>
      </div>,
    );
  }
}

void boot();
