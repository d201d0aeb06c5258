import "reflect-metadata";
import type { SubgraphName } from "../common/config";
import { agenciesSubgraph } from "../subgraphs/agencies/server";
import { casesSubgraph } from "../subgraphs/cases/server";
import { governanceBoardsSubgraph } from "../subgraphs/governance-boards/server";
import { immigrationContactsSubgraph } from "../subgraphs/immigration-contacts/server";
import type { SubgraphDefinition } from "../subgraphs/kit/subgraph";
import { peopleSubgraph } from "../subgraphs/people/server";

/** Every subgraph of the platform, keyed by name, in composition order. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<never, never>> = {
  people: peopleSubgraph as SubgraphDefinition<never, never>,
  agencies: agenciesSubgraph as SubgraphDefinition<never, never>,
  cases: casesSubgraph as SubgraphDefinition<never, never>,
  "immigration-contacts": immigrationContactsSubgraph as SubgraphDefinition<never, never>,
  "governance-boards": governanceBoardsSubgraph as SubgraphDefinition<never, never>,
};
