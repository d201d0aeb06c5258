import type { PractitionerRole } from "../../common/domain";
import { AGENCY_BY_ID } from "../../seed/catalogue";
import type { Persona } from "../../seed/generate";

/**
 * The development OpenID provider's pages, server-rendered with the GOV.UK Design System's
 * classes and stylesheet (served from this origin at /oidc-assets/). No script, no inline style:
 * they pass the gateway's strict Content-Security-Policy and an axe check.
 */

export const GOVUK_STYLESHEET = "/oidc-assets/govuk.css";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const ACRONYMS = new Set(["CT", "SPOC"]);

/** `IMMIGRATION_SPOC` → "Immigration SPOC". */
export function roleLabel(role: PractitionerRole): string {
  const words = role.split("_").map((w) => (ACRONYMS.has(w) ? w : w.toLowerCase()));
  const first = words[0] ?? "";
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(" ");
}

export function agencyNameOf(agencyId: string): string | undefined {
  return AGENCY_BY_ID.get(agencyId)?.name;
}

interface LayoutOptions {
  title: string;
  /** The web app's address, for the service name link. */
  appUrl: string;
  main: string;
}

function layout({ title, appUrl, main }: LayoutOptions): string {
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} – Dovetail</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="${GOVUK_STYLESHEET}">
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-template__header">
<section class="govuk-service-navigation" aria-label="Service information">
<div class="govuk-width-container">
<div class="govuk-service-navigation__container">
<span class="govuk-service-navigation__service-name"><a href="${escapeHtml(appUrl)}/" class="govuk-service-navigation__link">Dovetail</a></span>
</div>
</div>
</section>
<div class="govuk-phase-banner govuk-width-container">
<p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Development</strong>
<span class="govuk-phase-banner__text">Development sign-in: synthetic personas and synthetic data only.</span></p>
</div>
</header>
<div class="govuk-width-container">
<main class="govuk-main-wrapper" id="main-content">
${main}
</main>
</div>
</body>
</html>
`;
}

export interface SignInPageOptions {
  appUrl: string;
  /** Where the persona form posts. */
  action: string;
  personas: readonly Persona[];
  /** Set when the form came back without a known persona. */
  error?: string;
}

/** "Sign in (development)": every seeded persona, each with its own sign-in button. */
export function signInPage({ appUrl, action, personas, error }: SignInPageOptions): string {
  const rows = personas
    .map((p) => {
      const agency = agencyNameOf(p.agencyId) ?? p.agencyId;
      return `<tr class="govuk-table__row">
<td class="govuk-table__cell"><span class="govuk-!-font-weight-bold">${escapeHtml(p.name)}</span><br><code>${escapeHtml(p.id)}</code><br><span class="govuk-body-s">${escapeHtml(p.description)}</span></td>
<td class="govuk-table__cell">${escapeHtml(agency)}</td>
<td class="govuk-table__cell">${p.roles.map((r) => escapeHtml(roleLabel(r))).join("<br>")}</td>
<td class="govuk-table__cell"><button type="submit" name="persona" value="${escapeHtml(p.id)}" data-persona="${escapeHtml(p.id)}" class="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">Sign in<span class="govuk-visually-hidden"> as ${escapeHtml(p.name)} (${escapeHtml(p.id)})</span></button></td>
</tr>`;
    })
    .join("\n");
  const problem = error
    ? `<div class="govuk-error-summary" data-module="govuk-error-summary">
<div role="alert">
<h2 class="govuk-error-summary__title">There is a problem</h2>
<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#personas">${escapeHtml(error)}</a></li></ul></div>
</div>
</div>
`
    : "";
  return layout({
    title: error ? "Error: Sign in (development)" : "Sign in (development)",
    appUrl,
    main: `${problem}<h1 class="govuk-heading-l">Sign in (development)</h1>
<p class="govuk-body">Choose the persona to sign in as. There are no passwords: this sign-in runs only in development, or where <code>AUTH_DEV_ISSUER=true</code> is set.</p>
<form method="post" action="${escapeHtml(action)}" novalidate>
<table class="govuk-table" id="personas">
<caption class="govuk-table__caption govuk-table__caption--m">Seeded personas</caption>
<thead class="govuk-table__head">
<tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">Persona</th>
<th scope="col" class="govuk-table__header">Agency</th>
<th scope="col" class="govuk-table__header">Roles</th>
<th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
</tr>
</thead>
<tbody class="govuk-table__body">
${rows}
</tbody>
</table>
</form>`,
  });
}

/**
 * The sign-out confirmation (`logoutSource`). `form` is oidc-provider's hidden form (its action
 * and anti-forgery field); the button submits it, asking to end the whole session.
 */
export function signOutPage({ appUrl, form }: { appUrl: string; form: string }): string {
  return layout({
    title: "Sign out",
    appUrl,
    main: `<h1 class="govuk-heading-l">Sign out</h1>
<p class="govuk-body">Sign out of the development sign-in, so the next person to use this browser has to choose a persona again.</p>
${form}
<div class="govuk-button-group">
<button type="submit" form="op.logoutForm" name="logout" value="yes" class="govuk-button" data-module="govuk-button">Sign out</button>
<a href="${escapeHtml(appUrl)}/" class="govuk-link">Cancel</a>
</div>`,
  });
}

/** After a sign-out that named no address to return to. */
export function signedOutPage({ appUrl }: { appUrl: string }): string {
  return layout({
    title: "You have signed out",
    appUrl,
    main: `<h1 class="govuk-heading-l">You have signed out</h1>
<p class="govuk-body"><a href="${escapeHtml(appUrl)}/" class="govuk-link">Go back to Dovetail</a> to sign in again.</p>`,
  });
}

/** Any failure of the sign-in: what the provider said (an OAuth error code and its description). */
export function errorPage({ appUrl, title, details }: { appUrl: string; title: string; details: Record<string, string> }): string {
  const rows = Object.entries(details)
    .map(([key, value]) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${escapeHtml(key)}</dt><dd class="govuk-summary-list__value">${escapeHtml(value)}</dd></div>`)
    .join("\n");
  return layout({
    title,
    appUrl,
    main: `<h1 class="govuk-heading-l">${escapeHtml(title)}</h1>
<p class="govuk-body"><a href="${escapeHtml(appUrl)}/" class="govuk-link">Go back to Dovetail</a> and sign in again.</p>
${rows ? `<dl class="govuk-summary-list">\n${rows}\n</dl>` : ""}`,
  });
}
