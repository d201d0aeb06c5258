/**
 * The Vulnerability Assessment Framework's factors, as the framework names them, under its three
 * domains. Plain data with no imports: the seed draws from it and the web app offers it as a
 * suggestion list (the platform takes any well-formed code).
 */
export const VAF_FACTORS = {
  ENGAGEMENT: [
    "need-to-redress-injustice",
    "need-to-defend-against-threat",
    "need-for-identity",
    "need-for-belonging",
    "need-for-status",
    "need-for-excitement",
    "need-for-dominance",
    "susceptibility-to-indoctrination",
    "political-moral-motivation",
    "opportunistic-involvement",
    "family-or-friends-support-extremism",
    "transitional-periods",
    "group-influence-and-control",
    "mental-health",
  ],
  INTENT: [
    "over-identification-with-group",
    "them-and-us-thinking",
    "dehumanisation-of-the-enemy",
    "attitudes-justifying-offending",
    "harmful-means-to-an-end",
    "harmful-end-objectives",
  ],
  CAPABILITY: ["individual-knowledge-skills", "access-to-networks-funding-equipment", "criminal-history"],
} as const satisfies Record<string, readonly string[]>;
