import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Gender } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";

@Directive('@key(fields: "id")')
@ObjectType({ description: "The subject of a referral. Every field but the id is personal data." })
@Entity({ name: "persons" })
@Index("idx_persons_family_name", ["familyName", "givenName"])
export class Person {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field({ nullable: true })
  @Column({ name: "given_name", type: "varchar", length: 100 })
  givenName: string;

  @Field({ nullable: true })
  @Column({ name: "family_name", type: "varchar", length: 100 })
  familyName: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: "date_of_birth", type: "varchar", length: 10 })
  dateOfBirth: string;

  @Field(() => Gender, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  gender: Gender;

  @Field({ nullable: true })
  @Column({ type: "varchar", length: 10 })
  postcode: string;

  @Field({ nullable: true })
  @Column({ type: "varchar", length: 100 })
  town: string;
}
