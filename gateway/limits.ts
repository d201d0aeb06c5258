import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { BREAK, GraphQLError, Kind, parse, validate, visit, type DirectiveNode, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import type { Config } from "../common/config";
import { graphQLFields, RequestRefusedError, type GraphQLHttpRequest } from "../common/http";
import { serviceLogger, type Logger } from "../common/logger";
import { REFUSED } from "./client-errors";
import { sha256 } from "./safelist";

export type OperationLimitSettings = Config["limits"];

export interface OperationLimitOptions {
  /** Production: a refusal is the generic answer to a refused document, its reason only in the log. */
  masked?: boolean;
  logger?: Logger;
}

const VERDICTS = 5_000;

/**
 * LIMITS ON HOSTILE INPUT, checked before anything else of the gateway runs: before the caller's
 * agency profile is fetched and before any subgraph is called. The token limit bounds parsing;
 * graphql-armor's rules bound depth, aliases, directives and cost. Two of its defaults are
 * closed: `__typename` aliases count (its alias allow-list would let a million through), and
 * introspection is measured like any other operation. Directives are first counted on the text:
 * one named twice on one location (none of the API's is repeatable) or more in the document than
 * the limit is refused with one error, before any validation could answer one error per copy.
 *
 * A page size given as a variable (`first: $first`) is costed at its value, as a literal would be:
 * otherwise a variable would hide the size of a list from the cost limit.
 *
 * A refusal is HTTP 400 with `GRAPHQL_PARSE_FAILED` (tokens) or `GRAPHQL_VALIDATION_FAILED`, and
 * says which limit; in production (masked) it is the generic answer to any refused document (see
 * client-errors.ts: how far over a limit an operation is, the cost above all, depends on the
 * schema's types), and the log says which limit. Verdicts are remembered by the hash of the text
 * and the page sizes, so a dashboard's repeated operations are checked once.
 */
export class OperationLimits {
  private readonly rules: ValidationRule[];
  private readonly verdicts = new Map<string, RequestRefusedError | null>();
  private readonly masked: boolean;
  private readonly logger: Logger;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: OperationLimitSettings,
    options: OperationLimitOptions = {},
  ) {
    this.masked = options.masked ?? false;
    this.logger = options.logger ?? serviceLogger("gateway");
    this.rules = [
      maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true }),
      maxAliasesRule({ n: limits.maxAliases, allowList: [] }),
      maxDirectivesRule({ n: limits.maxDirectives }),
      costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: false }),
    ];
  }

  /** Throws RequestRefusedError when the request's operation breaks a limit. */
  admit(request: GraphQLHttpRequest, requestId = ""): GraphQLHttpRequest {
    if (Array.isArray(request.body)) return request;
    const { query, variables = {} } = graphQLFields(request);
    if (query === undefined) return request;
    const sizes = PAGE_SIZE_VARIABLE.test(query) ? JSON.stringify(pageSizes(query, variables)) : "";
    const hash = `${sha256(query)}${sizes}`;
    let verdict = this.verdicts.get(hash);
    if (verdict === undefined) {
      verdict = this.judge(query, variables);
      if (this.verdicts.size >= VERDICTS) this.verdicts.clear();
      this.verdicts.set(hash, verdict);
    }
    if (!verdict) return request;
    this.logger.info({ requestId, refused: verdict.code === REFUSED.parse.code ? "parse" : "validation", errors: [verdict.message] }, "operation refused");
    if (!this.masked) throw verdict;
    const generic = verdict.code === REFUSED.parse.code ? REFUSED.parse : REFUSED.validation;
    throw new RequestRefusedError(400, generic.message, generic.code, { requestId });
  }

  private judge(query: string, variables: Record<string, unknown>): RequestRefusedError | null {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.limits.maxTokens, noLocation: true });
    } catch (err) {
      const message = (err as Error).message;
      // Only the token limit is ours to answer; other syntax errors are Apollo's, with locations.
      if (/more th\w+ \d+ tokens/.test(message)) return new RequestRefusedError(400, `Token limit of ${this.limits.maxTokens} exceeded.`, "GRAPHQL_PARSE_FAILED");
      return null;
    }
    const directives = directivesProblem(document, this.limits.maxDirectives);
    if (directives) return new RequestRefusedError(400, directives, "GRAPHQL_VALIDATION_FAILED");
    let errors: readonly GraphQLError[];
    try {
      errors = validate(this.schema, withPageSizes(document, variables), this.rules);
    } catch (err) {
      // graphql-armor's rules throw their refusal rather than report it.
      if (!(err instanceof GraphQLError)) throw err;
      errors = [err];
    }
    if (errors.length === 0) return null;
    const reason = errors.map((e) => e.message.replace(/^Syntax Error: /, "")).join(" ");
    return new RequestRefusedError(400, reason, "GRAPHQL_VALIDATION_FAILED");
  }
}

/**
 * A directive named twice on one location, or more directives anywhere in the document (variable
 * definitions and fragments included) than the limit: read on the text alone.
 */
function directivesProblem(document: DocumentNode, max: number): string | null {
  let count = 0;
  let repeated: string | null = null;
  visit(document, {
    enter(node) {
      const directives = (node as { directives?: readonly DirectiveNode[] }).directives;
      if (!directives?.length) return undefined;
      count += directives.length;
      const names = new Set<string>();
      for (const directive of directives) {
        if (names.has(directive.name.value)) {
          repeated = directive.name.value;
          return BREAK;
        }
        names.add(directive.name.value);
      }
      return undefined;
    },
  });
  if (repeated !== null) return `Directive @${repeated} is repeated on one location.`;
  if (count > max) return `Directives limit of ${max} exceeded, found ${count}.`;
  return null;
}

// `first: $x` or `last: $x` somewhere in the text: only then are the variables looked at.
const PAGE_SIZE_VARIABLE = /\b(?:first|last)\s*:\s*\$/;

/** The value of each variable used as a page size (given, else the operation's default). */
function pageSizes(query: string, variables: Record<string, unknown>): Record<string, unknown> {
  const names = [...query.matchAll(/\b(?:first|last)\s*:\s*\$(\w+)/g)].map((m) => m[1]!);
  return Object.fromEntries(names.map((n) => [n, variables[n] ?? null]));
}

/** The document with every `first`/`last` variable replaced by its integer value, for costing. */
function withPageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const defaults = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, v.defaultValue.value);
    }
  }
  return visit(document, {
    Argument(node) {
      if ((node.name.value !== "first" && node.name.value !== "last") || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const given = variables[name];
      const value = Number.isInteger(given) ? String(given) : defaults.get(name);
      return value === undefined ? undefined : { ...node, value: { kind: Kind.INT, value } };
    },
  });
}
