import { Component, Suspense, type ErrorInfo, type ReactNode } from "react";
import type { AppConfig } from "../auth/app-config";
import { CallbackPage } from "../auth/callback-page";
import { signOut } from "../auth/session";
import { SignInPage } from "../auth/sign-in-page";
import { useMe } from "../auth/use-me";
import { PurposeBar } from "../purpose/purpose";
import { Layout } from "../shell/layout";
import { Loading } from "../shell/page";
import { RouterProvider, useLocation } from "../shell/router";
import { navigationFor } from "./navigation";
import { routeFor } from "./routes";

export function App({ config, signedOut }: { config: AppConfig; signedOut: boolean }) {
  return (
    <RouterProvider>
      <Shell config={config} signedOut={signedOut} />
    </RouterProvider>
  );
}

function Shell({ config, signedOut }: { config: AppConfig; signedOut: boolean }) {
  const me = useMe();
  const { pathname, key } = useLocation();
  if (pathname === "/auth/callback") {
    return (
      <Layout me={null} nav={[]} environment={config.environment}>
        <CallbackPage />
      </Layout>
    );
  }
  if (!me) {
    return (
      <Layout me={null} nav={[]} environment={config.environment}>
        <SignInPage issuers={config.issuers} signedOut={signedOut} />
      </Layout>
    );
  }
  return (
    <Layout me={me} nav={navigationFor(me.roles)} environment={config.environment} onSignOut={() => void signOut()} purposeBar={<PurposeBar />}>
      <PageBoundary key={key}>
        <Suspense fallback={<Loading what="the page" />}>{routeFor(pathname, me)}</Suspense>
      </PageBoundary>
    </Layout>
  );
}

/** A page that throws shows an error, not a blank screen; the next navigation starts afresh. */
class PageBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("page failed", error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <>
        <h1 className="govuk-heading-l">Sorry, there is a problem with this page</h1>
        <p className="govuk-body">{this.state.error.message}</p>
        <p className="govuk-body">Reload the page to try again.</p>
      </>
    );
  }
}
