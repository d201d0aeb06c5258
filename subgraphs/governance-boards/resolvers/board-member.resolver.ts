import { FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { BoardMember } from "../entities/board-member.entity";

@Resolver(() => BoardMember)
export class BoardMemberResolver {
  @FieldResolver(() => AgencyRef)
  agency(@Root() member: BoardMember): AgencyRef {
    return { id: member.agencyId };
  }
}
