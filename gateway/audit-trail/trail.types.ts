import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";

/** The agencies subgraph owns Agency; the trail only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Agency")
export class TrailAgencyRef {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: "One row a disclosure touched: the entity, whose data it is, and the fields." })
export class DisclosureEntry {
  @Field({ description: "e.g. `Case`, `Person`, `ImmigrationQuery`." })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => ID, { nullable: true, description: "The person the data is about." })
  subjectId: string | null;

  @Field(() => [String], { description: "`Type.field` of every field disclosed, e.g. `CtRiskAssessment.level`." })
  fields: string[];
}

@ObjectType({ description: "What one subgraph disclosed (or collected, altered, erased) for one request: who, why, when, what." })
export class Disclosure {
  @Field(() => ID, { description: "`<subgraph>:<seq>`." })
  id: string;

  @Field({ description: "The subgraph that made the disclosure and keeps the record." })
  subgraph: string;

  @Field(() => Int, { description: "Position in that subgraph's hash chain." })
  seq: number;

  @Field({ description: "DISCLOSURE, COLLECTION, ALTERATION or ERASURE." })
  action: string;

  @Field(() => Date)
  recordedAt: Date;

  @Field()
  requestId: string;

  @Field(() => String, { nullable: true })
  operationName: string | null;

  @Field({ description: "The user (`sub` of their token)." })
  userId: string;

  @Field()
  userIssuer: string;

  agencyId: string;

  @Field(() => TrailAgencyRef, { description: "The user's agency." })
  agency(): TrailAgencyRef {
    return { id: this.agencyId };
  }

  @Field(() => [String])
  roles: string[];

  @Field(() => String, { nullable: true, description: "The stated purpose (`x-purpose`)." })
  purpose: string | null;

  @Field(() => String, { nullable: true, description: "The case the purpose named, if any." })
  purposeCase: string | null;

  @Field(() => ID, { nullable: true, description: "For subject access: the person named." })
  purposePerson: string | null;

  @Field(() => [DisclosureEntry])
  entries: DisclosureEntry[];

  @Field({ description: "The record's hash in its chain (`npm run audit:verify` checks them)." })
  hash: string;
}

@ObjectType()
export class DisclosureEdge {
  @Field({ description: "Opaque; pass as `after` to continue." })
  cursor: string;

  @Field(() => Disclosure)
  node: Disclosure;
}

@ObjectType()
export class DisclosurePageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType({ description: "A page of the disclosure trail, newest first." })
export class DisclosureConnection {
  @Field(() => [DisclosureEdge])
  edges: DisclosureEdge[];

  @Field(() => DisclosurePageInfo)
  pageInfo: DisclosurePageInfo;
}

@InputType({ description: "Narrows the trail; every condition given must hold." })
export class DisclosureFilter {
  @Field(() => ID, { nullable: true, description: "Records about this person." })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: "Records of users of this agency." })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: "Records of this user (`sub`)." })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: "One of the x-purpose phrases, e.g. `case review`." })
  purpose?: string | null;

  @Field(() => Date, { nullable: true, description: "At or after this instant." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Before this instant." })
  to?: Date | null;
}
