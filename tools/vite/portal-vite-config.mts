import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, UserConfig } from 'vite';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The Vite settings every portal shares; each portal's vite.config.mts names only its path and project. */
export function portalViteConfig(options: { appRoot: string; base: string; project: string }): UserConfig {
  // The same @rollcall/* paths as tsconfig.base.json, so Vite and TypeScript resolve imports alike.
  const { compilerOptions } = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const alias = Object.entries(compilerOptions.paths).map(([name, [target]]) => ({
    find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`),
    replacement: resolve(workspaceRoot, target ?? ''),
  }));
  return defineConfig({
    root: options.appRoot,
    base: options.base,
    publicDir: false,
    plugins: [react()],
    resolve: { alias },
    build: {
      outDir: resolve(workspaceRoot, 'dist/apps', options.project),
      emptyOutDir: true,
      // The only CSS is govuk-frontend's, already minified; minifying it again trips over its old Internet
      // Explorer hacks such as `@media screen\0`.
      cssMinify: false,
      // GOV.UK's fonts and images stay at /assets/, where the API serves govuk-frontend's dist/govuk/assets,
      // so the CSS keeps those URLs as they are.
      rolldownOptions: { external: [/^\/assets\//] },
    },
  });
}
