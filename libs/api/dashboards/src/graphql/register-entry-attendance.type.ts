import { Field, Int, ObjectType } from 'type-graphql';
import { GraduatedResponseStage, PupilFiguresFields } from './pupil-attendance.type';

@ObjectType({
  description:
    'A pupil’s attendance at this school over the academic year of the register’s date, every session recorded so far (from the year summaries), ' +
    'and the stage of the LA’s graduated response it puts them at.',
})
export class RegisterEntryYearToDate extends PupilFiguresFields {
  @Field(() => Int, { description: 'The academic year by its first year (2025 for 2025/26).' })
  academicYear!: number;

  @Field(() => GraduatedResponseStage, { nullable: true, description: 'The LA’s graduated response in force on the register’s date; null with no possible sessions yet.' })
  stage!: GraduatedResponseStage | null;
}
