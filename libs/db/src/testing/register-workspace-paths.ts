import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

// Jest's global setup runs outside Jest's module system (no moduleNameMapper), so @rollcall/* imports are
// mapped here, before anything that uses them is loaded.
const workspaceRoot = resolve(__dirname, '../../../..');
register({ baseUrl: workspaceRoot, paths: require(resolve(workspaceRoot, 'tsconfig.base.json')).compilerOptions.paths });
