import { Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { SharingAgreement } from "./sharing-agreement.entity";

/** Join rows only: exposed as `SharingAgreement.parties: [Agency!]!`. */
@Entity({ name: "sharing_agreement_parties" })
@Index("idx_sharing_agreement_parties_agency", ["agencyId"])
export class SharingAgreementParty {
  @PrimaryColumn({ name: "agreement_id", type: "varchar", length: 36 })
  @ForeignKey(() => SharingAgreement, { name: "fk_sharing_agreement_parties_agreement", onDelete: "CASCADE" })
  agreementId: string;

  @PrimaryColumn({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;
}
