import { Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { Case } from "./case.entity";

/** Join rows only: exposed as `Case.panelMembers: [Agency!]!`. */
@Entity({ name: "case_panel_members" })
// An agency's panels, read from the index alone (the need-to-know test "sits on the panel").
@Index("idx_case_panel_members_agency_case", ["agencyId", "caseId"])
export class CasePanelMember {
  @PrimaryColumn({ name: "case_id", type: "varchar", length: 36 })
  @ForeignKey(() => Case, { name: "fk_case_panel_members_case", onDelete: "CASCADE" })
  caseId: string;

  @PrimaryColumn({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;
}
