export * from './scan-pupil';
