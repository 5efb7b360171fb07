export * from './allowed-next-steps';
export * from './intervention-directory.service';
export * from './intervention-inputs';
export * from './intervention-record';
export * from './intervention-school-type-of';
export * from './intervention-step';
export * from './intervention.service';
export * from './graphql/interventions.module';
