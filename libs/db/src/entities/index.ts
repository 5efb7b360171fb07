import { LocalAuthorityEntity } from './local-authority.entity';

export { LocalAuthorityEntity };

export const ENTITIES = [LocalAuthorityEntity];
