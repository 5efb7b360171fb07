export { ChildOfParent, ChildSchool, ParentContactDetails } from './child-of-parent.type';
export { Enrolment, Pupil, PupilConnection, PupilParent, SocialWorker } from './pupil.type';
export { LocalAuthority, School, SchoolCalendar, SchoolConnection } from './school.type';
export * from './pupils.module';
export { ChildFields, ChildIdentityFields, ParentContactFields, PupilOnListFields } from './pupil-fields.type';
