import { lazy, type ReactNode } from "react";
import type { Me } from "../auth/session";
import { PurposePage } from "../purpose/purpose";
import { matchPath, Redirect } from "../shell/router";
import { NotFoundPage } from "./not-found-page";
import { navigationFor } from "./navigation";

/**
 * The app's routes. Each feature's pages load on first use (React.lazy), so the first page loads
 * only the shell, sign-in and the page itself. Features never import each other: a route composes them.
 */

const CaseloadPage = lazy(() => import("../caseload/caseload-page").then((m) => ({ default: m.CaseloadPage })));
const CasePage = lazy(() => import("./case-route").then((m) => ({ default: m.CaseRoute })));
const CaseWorkPage = lazy(() => import("./case-work-route").then((m) => ({ default: m.CaseWorkRoute })));
const ReferralPage = lazy(() => import("../referral/referral-page").then((m) => ({ default: m.ReferralPage })));
const ImmigrationPage = lazy(() => import("../immigration/immigration-page").then((m) => ({ default: m.ImmigrationPage })));
const QuestionPage = lazy(() => import("../immigration/question-page").then((m) => ({ default: m.QuestionPage })));
const RaiseQuestionPage = lazy(() => import("../immigration/raise-question-page").then((m) => ({ default: m.RaiseQuestionPage })));
const RolloutPage = lazy(() => import("../board/rollout/rollout-page").then((m) => ({ default: m.RolloutPage })));
const StatisticsPage = lazy(() => import("../board/statistics/statistics-page").then((m) => ({ default: m.StatisticsPage })));
const DisclosuresPage = lazy(() => import("../dpo/disclosures/disclosures-page").then((m) => ({ default: m.DisclosuresPage })));
const SubjectAccessPage = lazy(() => import("../dpo/subject-access/subject-access-page").then((m) => ({ default: m.SubjectAccessPage })));
const ChainPage = lazy(() => import("../dpo/chain/chain-page").then((m) => ({ default: m.ChainPage })));

type Params = Record<string, string>;

interface Route {
  path: string;
  render: (params: Params, me: Me) => ReactNode;
}

const ROUTES: readonly Route[] = [
  { path: "/", render: (_, me) => <Redirect to={navigationFor(me.roles)[0]?.href ?? "/purpose"} /> },
  { path: "/purpose", render: () => <PurposePage /> },
  { path: "/cases", render: () => <CaseloadPage /> },
  { path: "/cases/:id", render: ({ id }) => <CasePage id={id!} /> },
  { path: "/cases/:id/immigration-question", render: ({ id }) => <RaiseQuestionPage caseId={id!} /> },
  { path: "/cases/:id/:action", render: ({ id, action }) => <CaseWorkPage id={id!} action={action!} /> },
  { path: "/referrals/new", render: () => <ReferralPage /> },
  { path: "/immigration", render: () => <ImmigrationPage /> },
  { path: "/immigration/:id", render: ({ id }) => <QuestionPage id={id!} /> },
  { path: "/board/rollout", render: () => <RolloutPage /> },
  { path: "/board/statistics", render: () => <StatisticsPage /> },
  { path: "/dpo/disclosures", render: () => <DisclosuresPage /> },
  { path: "/dpo/subject-access", render: () => <SubjectAccessPage /> },
  { path: "/dpo/chain", render: () => <ChainPage /> },
];

export function routeFor(pathname: string, me: Me): ReactNode {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return route.render(params, me);
  }
  return <NotFoundPage />;
}
