import { LocalAuthority1764000000000 } from './1764000000000-local-authority';

/** Every migration, oldest first. TypeORM runs the ones not yet recorded in `migrations`. */
export const MIGRATIONS = [LocalAuthority1764000000000];
