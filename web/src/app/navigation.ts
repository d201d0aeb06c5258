import { isDataProtectionOfficer, mayRefer, readsBoardReports, seesCaseload, worksImmigrationQuestions, type Role } from "../auth/roles";
import type { NavItem } from "../shell/layout";

interface Entry extends NavItem {
  for: (roles: readonly Role[]) => boolean;
}

/**
 * The service navigation, by role. Each route is guarded by the platform, not by this list: a
 * page opened by someone it is not for shows the platform's refusal.
 */
const ENTRIES: readonly Entry[] = [
  { href: "/cases", text: "Caseload", match: /^\/cases(\/|$)/, for: seesCaseload },
  { href: "/referrals/new", text: "Make a referral", match: /^\/referrals(\/|$)/, for: mayRefer },
  { href: "/immigration", text: "Immigration questions", match: /^\/immigration(\/|$)/, for: worksImmigrationQuestions },
  { href: "/board/rollout", text: "Rollout", match: /^\/board\/rollout(\/|$)/, for: readsBoardReports },
  { href: "/board/statistics", text: "Statistics", match: /^\/board\/statistics(\/|$)/, for: readsBoardReports },
  { href: "/dpo/disclosures", text: "Disclosure trail", match: /^\/dpo\/disclosures(\/|$)/, for: isDataProtectionOfficer },
  { href: "/dpo/subject-access", text: "Subject access", match: /^\/dpo\/subject-access(\/|$)/, for: isDataProtectionOfficer },
  { href: "/dpo/chain", text: "Chain status", match: /^\/dpo\/chain(\/|$)/, for: isDataProtectionOfficer },
];

export function navigationFor(roles: readonly Role[]): NavItem[] {
  return ENTRIES.filter((e) => e.for(roles)).map(({ href, text, match }) => ({ href, text, match }));
}
