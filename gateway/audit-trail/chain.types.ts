import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

export enum AuditChainState {
  INTACT = "INTACT",
  BROKEN = "BROKEN",
  UNAVAILABLE = "UNAVAILABLE",
}

registerEnumType(AuditChainState, {
  name: "AuditChainState",
  description: "A subgraph's audit chain as just verified.",
  valuesConfig: {
    INTACT: { description: "Every record holds, linked to the one before, up to the head." },
    BROKEN: { description: "A record was edited, deleted or replaced, or the head moved: `firstBroken` names the first." },
    UNAVAILABLE: { description: "The subgraph could not verify its chain now (unreachable, failed or too slow): `problem` says why." },
  },
});

@ObjectType({ description: "The first record of a chain that does not hold." })
export class AuditChainBreak {
  @Field(() => String, { description: "`<subgraph>:<seq>`, as the disclosure trail names records." })
  recordId: string;

  @Field(() => Int, { description: "Its position in the subgraph's chain." })
  seq: number;

  @Field({ description: "What was found, e.g. `record 7 does not match its hash: edited`." })
  reason: string;
}

@ObjectType({ description: "One subgraph's audit chain, verified on demand." })
export class AuditChain {
  @Field()
  subgraph: string;

  @Field(() => AuditChainState)
  state: AuditChainState;

  @Field(() => Int, { nullable: true, description: "Records verified before the first break (all of them when intact)." })
  records: number | null;

  @Field(() => AuditChainBreak, { nullable: true })
  firstBroken: AuditChainBreak | null;

  @Field(() => String, { nullable: true, description: "Why the chain could not be verified (state UNAVAILABLE)." })
  problem: string | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType({ description: "Every subgraph's audit chain, verified on demand for the data protection officer." })
export class AuditChainStatus {
  @Field(() => Date, { description: "When this verification was asked for." })
  checkedAt: Date;

  @Field({ description: "True when every chain is INTACT." })
  intact: boolean;

  @Field(() => [AuditChain])
  chains: AuditChain[];
}
