// Lets plain Node run this workspace's TypeScript (for the crash-safety child process and the throughput script):
// compiles .ts files with SWC on require, as Jest does, and maps the @rollcall/* paths from tsconfig.base.json.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { transformSync } = require('@swc/core');
const { register } = require('tsconfig-paths');

const workspaceRoot = resolve(__dirname, '../../../../..');
const { compilerOptions } = require(resolve(workspaceRoot, 'tsconfig.base.json'));
register({ baseUrl: workspaceRoot, paths: compilerOptions.paths });

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    swcrc: false,
    sourceMaps: 'inline',
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
