import { GraphQLError, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { allow, deny, rule, shield, type IRule, type IRules } from "graphql-shield";
import { ErrorCode, ForbiddenError, PurposeRequiredError } from "../../common/errors";
import { PURPOSE_HINT, isProtected } from "../../common/policy/purpose";
import type { RowRelationships } from "../../common/policy/access";
import type { ActionRule } from "../../common/policy/sharing-policy";
import { fieldClass } from "../../common/policy/classification";
import { classOf, type Category } from "../../common/policy/vocabulary";
import type { SubgraphContext } from "./context.type";
import { serviceLogger } from "../../common/logger";

type Ctx = SubgraphContext<unknown, unknown>;
type FieldRule = IRule | typeof allow;

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
function guarded(subgraph: string, check: (parent: unknown, ctx: Ctx, info: GraphQLResolveInfo) => Promise<true | Error> | true | Error) {
  const failed = (err: unknown): Error => {
    if (err instanceof GraphQLError) return err;
    serviceLogger(subgraph).error({ err }, "permission check failed");
    return new GraphQLError("Internal server error", { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  };
  return (parent: unknown, _args: unknown, ctx: Ctx, info: GraphQLResolveInfo): Promise<true | Error> | true | Error => {
    try {
      const verdict = check(parent, ctx, info);
      return verdict instanceof Promise ? verdict.catch(failed) : verdict;
    } catch (err) {
      return failed(err);
    }
  };
}

/**
 * graphql-shield rules for one subgraph, generated from the field classification and the
 * sharing policy, with `fallbackRule: deny`. Build fails for a field that has no class, or a
 * protected field on a type the subgraph cannot relate the caller to.
 *
 * Caching: rules that depend only on the caller are `contextual` (once per request); row rules
 * depend on the parent object and are `no_cache`, because shield's `strict` cache hashes every
 * parent, while the relationships they read come from a per-request DataLoader anyway.
 */
export function buildPermissions(schema: GraphQLSchema, options: PermissionOptions): IRules {
  const { subgraph } = options;
  // One rule per name (shield refuses two rules with one name; its contextual cache is keyed by it).
  const rules = new Map<string, IRule>();
  const named = (name: string, cache: "contextual" | "no_cache", check: Parameters<typeof guarded>[1]): IRule => {
    let r = rules.get(name);
    if (!r) {
      r = rule(`${subgraph}:${name}`, { cache })(guarded(subgraph, check));
      rules.set(name, r);
    }
    return r;
  };
  const authenticated = named("authenticated", "contextual", (_parent, ctx) => (ctx.caller ? true : new ForbiddenError("Authentication required.")));
  const serviceOnly = named("service-only", "contextual", (_parent, ctx) =>
    ctx.caller.kind === "service" ? true : new ForbiddenError("Only the gateway may call this field."),
  );
  const peerOnly = named("peer-only", "contextual", (_parent, ctx) => (ctx.via ? true : new ForbiddenError("Only another subgraph may call this field.")));
  const actionRule = (action: ActionRule): IRule =>
    named(`action:${action.id}`, "contextual", (_parent, ctx) =>
      ctx.access.can(action) ? true : new ForbiddenError(`Your roles do not allow this action (${action.id}).`),
    );
  const anywhereRule = (typeName: string, category: Category): IRule =>
    named(`anywhere:${typeName}:${category}`, "contextual", (_parent, ctx) => (ctx.access.allowsAnywhere(category) ? true : forbidden(typeName, category)));
  const listRule = (typeName: string, category: Category): IRule =>
    named(`list:${typeName}:${category}`, "contextual", (_parent, ctx) =>
      ctx.access.mayEverSee(category) ? withPurpose(ctx, category) : forbidden(typeName, category),
    );
  const rowRule = (typeName: string, category: Category, relationshipsOf: RowAccessResolver): IRule => {
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
    return named(`row:${typeName}:${category}`, "no_cache", (parent, ctx, info) => {
      const rels = find(parent, ctx);
      return rels instanceof Promise ? rels.then((r) => decide(r, ctx, info)) : decide(rels, ctx, info);
    });
  };

  const tree: Record<string, Record<string, FieldRule>> = {};
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
      else if (keyFields.has(field)) fields[field] = allow;
      else if (classOf(cls.category) === "reference" || classOf(cls.category) === "aggregate") fields[field] = anywhereRule(type.name, cls.category);
      else problems.push(`${type.name}.${field} is ${cls.category} data but ${subgraph} has no row rule for ${type.name}`);
    }
    tree[type.name] = fields;
  }
  if (problems.length > 0) throw new UnclassifiedFieldError(`Cannot build permissions for ${subgraph}:\n  - ${problems.join("\n  - ")}`);
  return tree as IRules;
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

/** Applies the shield to a federated schema: `__resolveReference` (in type extensions) keeps running. */
export function shieldSchema(schema: GraphQLSchema, options: PermissionOptions): GraphQLSchema {
  const permissions = shield(buildPermissions(schema, options), {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: new ForbiddenError("Not permitted."),
  });
  return applyMiddleware(schema, permissions);
}
