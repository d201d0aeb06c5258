import { useEffect, useRef, useState, type ReactNode } from "react";
import { roleLabel } from "../auth/roles";
import type { Me } from "../auth/session";
import { Link, useLocation } from "./router";

/** An item of the service navigation, shown to the roles it is for. */
export interface NavItem {
  href: string;
  text: string;
  /** Paths under it that make it the current item (`/cases` for `/cases/42`). */
  match: RegExp;
}

interface LayoutProps {
  me: Me | null;
  nav: readonly NavItem[];
  environment: string;
  onSignOut?: () => void;
  /** Under the header on every signed-in page: the stated purpose. */
  purposeBar?: ReactNode;
  children: ReactNode;
}

/**
 * The page around every route: skip link, header with who is signed in, the service navigation
 * for their roles, the phase banner, the purpose bar, and `<main>`. On each navigation focus moves
 * to the new page's heading (or `<main>`), so screen-reader and keyboard users start at the top of
 * the content, as on a page load.
 */
export function Layout({ me, nav, environment, onSignOut, purposeBar, children }: LayoutProps) {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    // Once the page has rendered its heading (a page loaded on first use takes a few frames).
    let frames = 0;
    let frame = 0;
    const settle = () => {
      const heading = main.current?.querySelector<HTMLElement>("h1");
      if (!heading && frames++ < 30) {
        frame = window.requestAnimationFrame(settle);
        return;
      }
      const target = heading ?? main.current;
      if (!target) return;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    };
    frame = window.requestAnimationFrame(settle);
    return () => window.cancelAnimationFrame(frame);
  }, [location.key]);

  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container app-header__container">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                Dovetail
              </Link>
            </div>
            {me && <Identity me={me} onSignOut={onSignOut} />}
          </div>
        </div>
        {me && nav.length > 0 && <ServiceNavigation nav={nav} pathname={location.pathname} />}
      </header>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Pilot</strong>
            <span className="govuk-phase-banner__text">
              {environment === "production" ? "Channel and Prevent case information sharing." : `Synthetic data only (${environment}).`}
            </span>
          </p>
        </div>
        {purposeBar}
        <main className="govuk-main-wrapper" id="main-content" ref={main} tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-width-container govuk-!-padding-top-4 govuk-!-padding-bottom-6">
        <p className="govuk-body-s">Dovetail: multi-agency Prevent and Channel case information sharing. Every disclosure of personal data is recorded with who, when and why.</p>
      </footer>
    </>
  );
}

function ServiceNavigation({ nav, pathname }: { nav: readonly NavItem[]; pathname: string }) {
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {nav.map((item) => {
                const current = item.match.test(pathname);
                return (
                  <li key={item.href} className={`govuk-service-navigation__item${current ? " govuk-service-navigation__item--active" : ""}`}>
                    <Link className="govuk-service-navigation__link" to={item.href} aria-current={current ? "page" : undefined}>
                      {current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

/** Who is signed in, for which agency and in which roles, and the way out. */
function Identity({ me, onSignOut }: { me: Me; onSignOut: (() => void) | undefined }) {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <div className="app-header__account">
      <p className="app-header__who" data-testid="signed-in-as">
        <span className="govuk-visually-hidden">Signed in as </span>
        <strong>{me.name}</strong>, {me.agencyName}
        {me.roles.length > 0 && <span className="app-header__roles">{me.roles.map(roleLabel).join(", ")}</span>}
      </p>
      {onSignOut && (
        <button
          type="button"
          className="app-header__sign-out"
          disabled={signingOut}
          onClick={() => {
            setSigningOut(true);
            onSignOut();
          }}
        >
          Sign out
        </button>
      )}
    </div>
  );
}
