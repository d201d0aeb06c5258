import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { CaseRef } from "../entities/case.ref";
import { ImmigrationContact } from "../entities/immigration-contact.entity";
import { ImmigrationQuery } from "../entities/immigration-query.entity";
import { PersonRef } from "../entities/person.ref";
import { PractitionerRef } from "../entities/practitioner.ref";
import { Relationship } from "../../../common/policy/vocabulary";
import type { ImmigrationContactsContext } from "../services";
import { relationshipsToQuery } from "../services/query-access.service";
import { ImmigrationQueriesArgs } from "./immigration-query.args";

@Resolver(() => ImmigrationQuery)
export class ImmigrationQueryResolver {
  @Query(() => [ImmigrationQuery], {
    nullable: true,
    description: "The immigration queries you raised or that were put to you, newest first, optionally by status and SPOC.",
  })
  immigrationQueries(@Args() args: ImmigrationQueriesArgs, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationQuery[]> {
    return ctx.services.queries.list(args, ctx.access);
  }

  @Query(() => ImmigrationQuery, { nullable: true })
  immigrationQuery(@Arg("id", () => ID) id: string, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationQuery | null> {
    return ctx.loaders.query.load(id);
  }

  /**
   * Only for the authority that raised the question (it chairs the case). This subgraph cannot
   * tell whether anyone else may know of the case, so the SPOC asked gets null, as for no case.
   */
  @FieldResolver(() => CaseRef, { nullable: true, description: "The Channel or DDP case the query was raised on; null unless your authority raised the query." })
  async case(@Root() query: ImmigrationQuery, @Ctx() ctx: ImmigrationContactsContext): Promise<CaseRef | null> {
    const contact = await ctx.loaders.contact.load(query.contactId);
    const rels = relationshipsToQuery({ subjectId: query.subjectId, raisedByAgencyId: query.raisedByAgencyId, spocPractitionerId: contact?.practitionerId ?? null }, ctx.access);
    // The raising authority chairs the case; a subject access request covers the subject's cases too.
    const raiser = (rels.kinds.has(Relationship.QUERY_RAISER) || rels.kinds.has(Relationship.SUBJECT_ACCESS)) && ctx.access.allows("personal", rels);
    return raiser || ctx.access.allowsAnywhere("personal") ? { id: query.caseId } : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: "The individual the query is about." })
  subject(@Root() query: ImmigrationQuery): PersonRef {
    return { id: query.subjectId };
  }

  @FieldResolver(() => PractitionerRef, { nullable: true, description: "The practitioner (usually the Channel Chair) who raised it." })
  raisedBy(@Root() query: ImmigrationQuery): PractitionerRef {
    return { id: query.raisedByPractitionerId };
  }

  @FieldResolver(() => AgencyRef, { nullable: true })
  raisedByAgency(@Root() query: ImmigrationQuery): AgencyRef {
    return { id: query.raisedByAgencyId };
  }

  @FieldResolver(() => ImmigrationContact, { nullable: true, description: "The SPOC the query was put to." })
  async contact(@Root() query: ImmigrationQuery, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationContact> {
    const contact = await ctx.loaders.contact.load(query.contactId);
    // The foreign key makes this unreachable; a missing row is a server fault, not a client one.
    if (!contact) throw new Error(`immigration query ${query.id}: contact ${query.contactId} not found`);
    return contact;
  }
}
