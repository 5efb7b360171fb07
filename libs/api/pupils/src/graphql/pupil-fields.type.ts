import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Who a child is, as every view of them starts: their record's key and their name, date of birth and year group. The
 * parent portal's `ChildOfParent` has these; `ChildIdentityFields` adds the UPN for staff and third parties.
 */
@ObjectType()
export abstract class ChildFields {
  @Field(() => ID, { description: "The record's id within its LA's tenant." })
  id!: string;

  @Field({ description: "The LA holding the record: the LA of the child's school (DfE three-digit number)." })
  laCode!: string;

  @Field()
  forename!: string;

  @Field()
  surname!: string;

  @Field(() => String, { nullable: true })
  preferredName!: string | null;

  @Field(() => LocalDateScalar)
  dateOfBirth!: LocalDate;

  @Field(() => Int, { nullable: true, description: 'National Curriculum year group (-2 to 14).' })
  ncYear!: number | null;
}

/** A child as staff and third parties identify them (`Pupil`, and the `CaseworkPupil` beside a plan or notice). */
@ObjectType()
export abstract class ChildIdentityFields extends ChildFields {
  @Field({ description: 'Unique Pupil Number.' })
  upn!: string;
}

/** A pupil named on a row of a list about pupils (a register's entries, the pupils needing action). */
@ObjectType()
export abstract class PupilOnListFields {
  @Field(() => ID)
  pupilId!: string;

  @Field({ description: 'The LA holding the record.' })
  laCode!: string;

  @Field()
  upn!: string;

  @Field()
  forename!: string;

  @Field()
  surname!: string;

  @Field(() => String, { nullable: true })
  preferredName!: string | null;

  @Field(() => Int, { nullable: true, description: 'National Curriculum year group.' })
  yearGroup!: number | null;
}

/** A parent's or carer's contact details as the school holds them for a child. */
@ObjectType()
export abstract class ParentContactFields {
  @Field()
  forename!: string;

  @Field()
  surname!: string;

  @Field({ description: "The relationship to the child, as the school's MIS holds it, e.g. MOTHER, FATHER, CARER." })
  relationship!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  addressLine1!: string | null;

  @Field(() => String, { nullable: true })
  town!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;
}
