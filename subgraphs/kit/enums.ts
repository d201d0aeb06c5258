import { registerEnumType } from "type-graphql";
import * as domain from "../../common/domain";

/**
 * Registers every domain enum with type-graphql exactly once; import this module (for its side
 * effect) before declaring a field that uses one. A schema only emits the enums it references.
 */
const descriptions: Partial<Record<keyof typeof domain, string>> = {
  Region: "The nine English regions and Wales.",
  TypeOfConcern: "Type of concern, as in the Home Office's Prevent statistics.",
  CaseStage: "Where a case is in its lifecycle, from referral to closure.",
  Programme: "CHANNEL (voluntary support) or DDP (Desistance and Disengagement Programme).",
  ConsentToSupport: "Whether the individual consented to Channel support, as the panel recorded it; NOT_KNOWN until consent is sought.",
  MentalHealthConcern: "Whether a mental-health or neurodiversity concern was recorded.",
  Ethnicity:
    "Broad ethnic group (2021 Census, as the Home Office's Prevent statistics): Asian, Asian British or Asian Welsh; Black, Black British, Black Welsh, Caribbean or African; Mixed or Multiple ethnic groups; White; Other ethnic group; NOT_KNOWN (not known or not stated).",
};

for (const [name, values] of Object.entries(domain)) {
  // The module also exports helpers; only the enums are GraphQL types.
  if (typeof values !== "object") continue;
  registerEnumType(values as object, { name, description: descriptions[name as keyof typeof domain] });
}

export * from "../../common/domain";
