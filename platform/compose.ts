import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse, printSchema } from "graphql";
import { SUBGRAPH_NAMES, type SubgraphName } from "../common/config";
import { subgraphSdlSchema } from "../subgraphs/kit/subgraph";
import { AUDIT_TRAIL, auditTrailSdlSchema } from "../gateway/audit-trail";
import { renderLifecycle } from "./lifecycle-doc";
import { renderSharingPolicy } from "./policy-doc";
import { SUBGRAPHS } from "./registry";

/** The URL baked into the checked-in supergraph; the gateway overrides it from configuration. */
export function defaultSubgraphUrl(name: SubgraphName): string {
  const port = 4001 + SUBGRAPH_NAMES.indexOf(name);
  return `http://127.0.0.1:${port}/graphql`;
}

export interface ComposedSchemas {
  /** `schema/<name>.graphql` for each subgraph, and for the gateway's own audit-trail subgraph. */
  subgraphs: Record<SubgraphName | typeof AUDIT_TRAIL, string>;
  supergraph: string;
  /** The client-facing API schema: no join__/link__ machinery, ready for codegen. */
  api: string;
}

export class CompositionFailed extends Error {
  constructor(readonly messages: string[]) {
    super(`Composition failed:\n${messages.map((m) => `  - ${m}`).join("\n")}`);
  }
}

/** Prints every subgraph's SDL from code and composes them; no server or database needed. */
export function composeSchemas(): ComposedSchemas {
  const subgraphs = {} as Record<SubgraphName | typeof AUDIT_TRAIL, string>;
  for (const name of SUBGRAPH_NAMES) subgraphs[name] = printSubgraphSchema(subgraphSdlSchema(SUBGRAPHS[name])).trimEnd() + "\n";
  subgraphs[AUDIT_TRAIL] = printSubgraphSchema(auditTrailSdlSchema()).trimEnd() + "\n";
  const result = composeServices([
    ...SUBGRAPH_NAMES.map((name) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(subgraphs[name]) })),
    // Served inside the gateway process: the URL is never dialled.
    { name: AUDIT_TRAIL, url: "http://gateway.local/audit-trail", typeDefs: parse(subgraphs[AUDIT_TRAIL]) },
  ]);
  if (result.errors) throw new CompositionFailed(result.errors.map((e) => e.message));
  const supergraph = result.supergraphSdl.trimEnd() + "\n";
  const api = printSchema(Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema()).trimEnd() + "\n";
  return { subgraphs, supergraph, api };
}

/** File name (under `schema/`) → content, for everything `npm run compose` writes. */
export function schemaFiles(composed: ComposedSchemas): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of [...SUBGRAPH_NAMES, AUDIT_TRAIL] as const) files[`${name}.graphql`] = composed.subgraphs[name];
  files["supergraph.graphql"] = composed.supergraph;
  files["api.graphql"] = composed.api;
  return files;
}

/** Repository path → content, for everything `npm run compose` writes: the schemas and the policy document. */
export function generatedFiles(composed: ComposedSchemas): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, content] of Object.entries(schemaFiles(composed))) files[`schema/${file}`] = content;
  files["docs/sharing-policy.md"] = renderSharingPolicy();
  files["docs/case-lifecycle.md"] = renderLifecycle();
  return files;
}
