import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from "typeorm";
import { AgeBand, CaseOutcome, CaseStage, ConsentToSupport, Ethnicity, Gender, MentalHealthConcern, Programme, ReferringSector, Region, ScreeningDecision, TypeOfConcern } from "../../kit/enums";

/**
 * A Channel or DDP case. Agencies, the subject, screening and the assessments are exposed by
 * field resolvers (case.resolver.ts) from the id columns here and the child tables.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A Channel or DDP case: one referral of one individual, from screening to closure." })
@Entity({ name: "cases" })
@Index("idx_cases_lead_agency_referred_at", ["leadAgencyId", "referredAt"])
@Index("idx_cases_referring_agency", ["referringAgencyId"])
@Index("idx_cases_subject", ["subjectId"])
@Index("idx_cases_stage", ["stage"])
// A stage's cases newest first (the dashboards' caseload columns), read in order up to a page.
@Index("idx_cases_stage_referred_at", ["stage", "referredAt", "id"])
// Counting a stage's visible cases from the index alone: every column the row filters test.
@Index("idx_cases_stage_visibility", ["stage", "leadAgencyId", "referringAgencyId", "screenedByAgencyId", "region", "id"])
// The default order of `cases` (newest first) and its keyset pagination.
@Index("idx_cases_referred_at_id", ["referredAt", "id"])
@Index("uq_cases_reference", ["reference"], { unique: true })
@Index("idx_cases_region_referred_at", ["region", "referredAt"])
@Index("idx_cases_referred_at_lead", ["referredAt", "leadAgencyId"])
export class Case {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field({ nullable: true, description: "Human reference, e.g. `CH-2018-00042` or `DDP-2019-00007`." })
  @Column({ type: "varchar", length: 32 })
  reference: string;

  @Field(() => Programme, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  programme: Programme;

  @Field(() => CaseStage, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  stage: CaseStage;

  @Field(() => TypeOfConcern, { nullable: true, description: "Special category data: the ideology of concern." })
  @Column({ name: "type_of_concern", type: "varchar", length: 32 })
  typeOfConcern: TypeOfConcern;

  @Field(() => ReferringSector, { nullable: true })
  @Column({ name: "referring_sector", type: "varchar", length: 32 })
  referringSector: ReferringSector;

  @Field(() => Date, { nullable: true })
  @Column({ name: "referred_at" })
  referredAt: Date;

  @Column({ name: "referring_agency_id", type: "varchar", length: 64 })
  referringAgencyId: string;

  @Column({ name: "lead_agency_id", type: "varchar", length: 64 })
  leadAgencyId: string;

  @Column({ name: "subject_id", type: "varchar", length: 36 })
  subjectId: string;

  /** The lead authority's region: CT policing screens its region's referrals. Not exposed. */
  @Column({ type: "varchar", length: 32, nullable: true })
  region: Region | null;

  /** The subject's age band at referral, for the statistics. Not exposed. */
  @Column({ name: "age_band", type: "varchar", length: 32, nullable: true })
  ageBand: AgeBand | null;

  /** The subject's gender at referral, for the statistics. Not exposed. */
  @Column({ type: "varchar", length: 32, nullable: true })
  gender: Gender | null;

  // The breakdowns of the official statistics since 2024/25, collected at referral or at the
  // panel. Rows from before carry NOT_KNOWN (the migration's backfill).
  @Field(() => ConsentToSupport, { nullable: true, description: "Special category data: whether the individual consented to Channel support." })
  @Column({ name: "consent_to_support", type: "varchar", length: 32, nullable: true })
  consentToSupport: ConsentToSupport | null;

  @Field(() => MentalHealthConcern, { nullable: true, description: "Special category data (health): whether a mental-health or neurodiversity concern was recorded." })
  @Column({ name: "mental_health_concern", type: "varchar", length: 32, nullable: true })
  mentalHealthConcern: MentalHealthConcern | null;

  @Field(() => Ethnicity, { nullable: true, description: "Special category data: the subject's broad ethnic group." })
  @Column({ type: "varchar", length: 40, nullable: true })
  ethnicity: Ethnicity | null;

  // Exposed together as `screening` (case.resolver.ts).
  @Column({ name: "screening_decision", type: "varchar", length: 32, nullable: true })
  screeningDecision: ScreeningDecision | null;

  @Column({ name: "screening_reason", type: "text", nullable: true })
  screeningReason: string | null;

  // `Date | null` reflects as Object: name the constructor, which maps like an inferred Date.
  @Column({ name: "screened_at", type: Date, nullable: true })
  screenedAt: Date | null;

  @Column({ name: "screened_by_agency_id", type: "varchar", length: 64, nullable: true })
  screenedByAgencyId: string | null;

  @Field(() => Date, { nullable: true, description: "When the case was first discussed at a panel." })
  @Column({ name: "first_panel_at", type: Date, nullable: true })
  firstPanelAt: Date | null;

  @Field(() => CaseOutcome, { nullable: true })
  @Column({ type: "varchar", length: 32, nullable: true })
  outcome: CaseOutcome | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "closed_at", type: Date, nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "Incremented on every change; for optimistic concurrency." })
  @VersionColumn({ type: "integer" })
  version: number;
}
