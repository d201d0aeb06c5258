import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { ErrorCode, ForbiddenError, PurposeRequiredError } from "../../common/errors";
import { PURPOSE_HINT, isProtected } from "../../common/policy/purpose";
import type { RowRelationships } from "../../common/policy/access";
import type { ActionRule } from "../../common/policy/sharing-policy";
import { fieldClass } from "../../common/policy/classification";
import { classOf, type Category } from "../../common/policy/vocabulary";
import type { SubgraphContext } from "./context.type";
import { serviceLogger } from "../../common/logger";

type Ctx = SubgraphContext<unknown, unknown>;

/** A rule's answer for one field: granted, or the error the field is refused with. */
type Verdict = true | Error;
type Check = (parent: unknown, ctx: Ctx, info: GraphQLResolveInfo) => Promise<Verdict> | Verdict;

/**
 * One rule of the shield. `contextual` rules depend only on the caller (and the type and field
 * they are attached to): decided once per request. `row` rules depend on the parent object and
 * are asked for each row.
 */
export interface FieldRule {
  readonly name: string;
  readonly cache: "contextual" | "row";
  readonly check: Check;
}

/** The rules of a subgraph: type name, then field name. */
export type RuleTree = Record<string, Record<string, FieldRule>>;

const ALLOW: FieldRule = { name: "allow", cache: "contextual", check: () => true };
const DENY_ERROR = new ForbiddenError("Not permitted.");
const DENY: FieldRule = { name: "deny", cache: "contextual", check: () => DENY_ERROR };

/** How a subgraph finds the caller's relationships to a parent object of one of its row types. */
export type RowAccessResolver = (parent: never, ctx: never) => Promise<RowRelationships> | RowRelationships;

export interface PermissionOptions {
  subgraph: string;
  /** Types whose objects are rows under need-to-know, with how to find the caller's relationships. */
  rowAccess: Readonly<Record<string, RowAccessResolver>>;
  /** `Type.field`s only the gateway itself may call (e.g. `Query.accessProfile`). */
  serviceFields: readonly string[];
  /** Mutations and the policy action whose roles may take them (row conditions are the service's). */
  actions?: Readonly<Record<string, ActionRule>>;
  /** `Type.field`s only another subgraph may call, on a user's behalf (peer calls). */
  peerFields?: readonly string[];
}

export class UnclassifiedFieldError extends Error {}

const FEDERATION_FIELDS: Readonly<Record<string, readonly string[]>> = { Query: ["_entities", "_service"], _Service: ["sdl"] };

function forbidden(typeName: string, category: Category): ForbiddenError {
  return new ForbiddenError(`The sharing policy does not let you see this ${typeName} field (${category} data).`);
}

/** Granted by the policy; personal data and above also need a stated purpose. */
function withPurpose(ctx: Ctx, category: Category): true | PurposeRequiredError {
  if (!isProtected(category) || ctx.purpose) return true;
  const why = ctx.purposeProblem ? ` (${ctx.purposeProblem})` : "";
  return new PurposeRequiredError(`This is ${category} data: ${PURPOSE_HINT}${why}.`);
}

/**
 * A rule body that fails closed: an unexpected error denies the field with a masked error. A
 * check that decides at once answers at once (no promise): most fields of a row are decided from
 * relationships already in hand.
 */
function guarded(subgraph: string, check: Check): Check {
  const failed = (err: unknown): Error => {
    if (err instanceof GraphQLError) return err;
    serviceLogger(subgraph).error({ err }, "permission check failed");
    return new GraphQLError("Internal server error", { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  };
  return (parent: unknown, ctx: Ctx, info: GraphQLResolveInfo): Promise<Verdict> | Verdict => {
    try {
      const verdict = check(parent, ctx, info);
      return verdict instanceof Promise ? verdict.catch(failed) : verdict;
    } catch (err) {
      return failed(err);
    }
  };
}

/**
 * The shield's rules for one subgraph, generated from the field classification and the
 * sharing policy; a field without a rule is denied. Build fails for a field that has no class,
 * or a protected field on a type the subgraph cannot relate the caller to.
 *
 * Caching: rules that depend only on the caller are `contextual` (decided once per request);
 * row rules depend on the parent object and are asked for each row, from relationships the
 * per-request loaders hold.
 */
export function buildPermissions(schema: GraphQLSchema, options: PermissionOptions): RuleTree {
  const { subgraph } = options;
  // One rule per name: a contextual rule's decision is kept per request under it.
  const rules = new Map<string, FieldRule>();
  const named = (name: string, cache: FieldRule["cache"], check: Check): FieldRule => {
    let r = rules.get(name);
    if (!r) {
      r = { name: `${subgraph}:${name}`, cache, check: guarded(subgraph, check) };
      rules.set(name, r);
    }
    return r;
  };
  const authenticated = named("authenticated", "contextual", (_parent, ctx) => (ctx.caller ? true : new ForbiddenError("Authentication required.")));
  const serviceOnly = named("service-only", "contextual", (_parent, ctx) =>
    ctx.caller.kind === "service" ? true : new ForbiddenError("Only the gateway may call this field."),
  );
  const peerOnly = named("peer-only", "contextual", (_parent, ctx) => (ctx.via ? true : new ForbiddenError("Only another subgraph may call this field.")));
  const actionRule = (action: ActionRule): FieldRule =>
    named(`action:${action.id}`, "contextual", (_parent, ctx) =>
      ctx.access.can(action) ? true : new ForbiddenError(`Your roles do not allow this action (${action.id}).`),
    );
  const anywhereRule = (typeName: string, category: Category): FieldRule =>
    named(`anywhere:${typeName}:${category}`, "contextual", (_parent, ctx) => (ctx.access.allowsAnywhere(category) ? true : forbidden(typeName, category)));
  const listRule = (typeName: string, category: Category): FieldRule =>
    named(`list:${typeName}:${category}`, "contextual", (_parent, ctx) =>
      ctx.access.mayEverSee(category) ? withPurpose(ctx, category) : forbidden(typeName, category),
    );
  const rowRule = (typeName: string, category: Category, relationshipsOf: RowAccessResolver): FieldRule => {
    const find = relationshipsOf as (parent: unknown, ctx: Ctx) => Promise<RowRelationships> | RowRelationships;
    // `Type.field` built once per field, not once per row of every request.
    const labels = new Map<string, string>();
    const label = (field: string): string => {
      let l = labels.get(field);
      if (l === undefined) labels.set(field, (l = `${typeName}.${field}`));
      return l;
    };
    const decide = (rels: RowRelationships, ctx: Ctx, info: GraphQLResolveInfo): true | Error => {
      if (!ctx.access.allows(category, rels)) return forbidden(typeName, category);
      const purposed = withPurpose(ctx, category);
      // Allowed: this field of this row is disclosed, and the request's record will say so.
      if (purposed === true && rels.row && isProtected(category)) ctx.audit.disclosed(rels.row, label(info.fieldName));
      return purposed;
    };
    // A subgraph whose loaders already hold the row's relationships answers them at once (see the
    // cases loaders): the field is then decided without a promise.
    return named(`row:${typeName}:${category}`, "row", (parent, ctx, info) => {
      const rels = find(parent, ctx);
      return rels instanceof Promise ? rels.then((r) => decide(r, ctx, info)) : decide(rels, ctx, info);
    });
  };

  const tree: RuleTree = {};
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const keyFields = keyFieldsOf(type.astNode?.directives ?? [], type.extensionASTNodes.flatMap((n) => n.directives ?? []));
    const fields: Record<string, FieldRule> = {};
    for (const field of Object.keys(type.getFields())) {
      if (FEDERATION_FIELDS[type.name]?.includes(field)) {
        fields[field] = authenticated;
        continue;
      }
      if (options.serviceFields.includes(`${type.name}.${field}`)) {
        fields[field] = serviceOnly;
        continue;
      }
      if (options.peerFields?.includes(`${type.name}.${field}`)) {
        fields[field] = peerOnly;
        continue;
      }
      const cls = fieldClass(type.name, field);
      if (!cls) {
        problems.push(`${type.name}.${field} has no data class`);
        continue;
      }
      const action = options.actions?.[`${type.name}.${field}`];
      if (action) {
        fields[field] = actionRule(action);
        continue;
      }
      if (type.name === "Mutation") {
        problems.push(`Mutation.${field} names no policy action`);
        continue;
      }
      const rowAccess = options.rowAccess[type.name];
      // Internal plumbing is open to any verified caller; internal data of a narrower category is not.
      if (cls.internal) fields[field] = cls.category === "reference" ? authenticated : anywhereRule(type.name, cls.category);
      else if (cls.list) fields[field] = listRule(type.name, cls.category);
      else if (rowAccess) fields[field] = rowRule(type.name, cls.category, rowAccess);
      // A key of an entity this subgraph only points at: the owner checks the row when it is resolved.
      else if (keyFields.has(field)) fields[field] = ALLOW;
      else if (classOf(cls.category) === "reference" || classOf(cls.category) === "aggregate") fields[field] = anywhereRule(type.name, cls.category);
      else problems.push(`${type.name}.${field} is ${cls.category} data but ${subgraph} has no row rule for ${type.name}`);
    }
    tree[type.name] = fields;
  }
  if (problems.length > 0) throw new UnclassifiedFieldError(`Cannot build permissions for ${subgraph}:\n  - ${problems.join("\n  - ")}`);
  return tree;
}

function keyFieldsOf(...directiveLists: readonly (readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] }[])[]): Set<string> {
  const keys = new Set<string>();
  for (const list of directiveLists) {
    for (const directive of list) {
      if (directive.name.value !== "key") continue;
      const fieldsArg = directive.arguments?.find((a) => a.name.value === "fields")?.value as { value?: string } | undefined;
      for (const name of (fieldsArg?.value ?? "").split(/\s+/)) if (name) keys.add(name);
    }
  }
  return keys;
}

/** Per request (the context object): the contextual rules' decisions, by rule. */
const decisions = new WeakMap<object, Map<FieldRule, Promise<Verdict> | Verdict>>();

function contextualVerdict(rule: FieldRule, parent: unknown, ctx: Ctx, info: GraphQLResolveInfo): Promise<Verdict> | Verdict {
  let decided = decisions.get(ctx);
  if (!decided) decisions.set(ctx, (decided = new Map()));
  let verdict = decided.get(rule);
  if (verdict === undefined) decided.set(rule, (verdict = rule.check(parent, ctx, info)));
  return verdict;
}

/**
 * A field's resolver behind its rule. A verdict that is at hand (a contextual decision, or a row
 * whose relationships the loaders already hold) lets the field resolve at once, without a
 * promise: graphql-js then completes the row synchronously. A refusal is returned as the field's
 * error (the field is null, the rest of the row intact); a resolver's own errors pass through.
 */
function guardedResolver(rule: FieldRule, resolve: GraphQLFieldResolver<unknown, Ctx>): GraphQLFieldResolver<unknown, Ctx> {
  const after = (verdict: Verdict, parent: unknown, args: Record<string, unknown>, ctx: Ctx, info: GraphQLResolveInfo): unknown =>
    verdict === true ? resolve(parent, args, ctx, info) : verdict;
  if (rule === ALLOW) return resolve;
  return (parent, args, ctx, info) => {
    const verdict = rule.cache === "contextual" ? contextualVerdict(rule, parent, ctx, info) : rule.check(parent, ctx, info);
    if (verdict === true) return resolve(parent, args, ctx, info);
    if (verdict instanceof Promise) return verdict.then((v) => after(v, parent, args, ctx, info));
    return verdict;
  };
}

/**
 * Applies the shield to a federated schema: every field of every object type resolves behind its
 * rule, a field without one is denied. `__resolveReference` (in the types' extensions) keeps
 * running; row checks inside it are the loaders'. The schema given is left as it was.
 */
export function shieldSchema(schema: GraphQLSchema, options: PermissionOptions): GraphQLSchema {
  const tree = buildPermissions(schema, options);
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      if (typeName.startsWith("__")) return fieldConfig;
      const rule = tree[typeName]?.[fieldName] ?? DENY;
      return { ...fieldConfig, resolve: guardedResolver(rule, (fieldConfig.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Ctx>) };
    },
  });
}
