export * from './support-plan-record';
export * from './support-plan.service';
export * from './support-plan-directory.service';
export * from './casework-pupils';
export * from './graphql/plans.module';
export { CaseworkPupil, caseworkPupilRead, loadCaseworkPupil } from './graphql/casework-pupil.type';
