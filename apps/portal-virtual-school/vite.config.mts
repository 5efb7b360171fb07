import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portalViteConfig } from '../../tools/vite/portal-vite-config.mts';

export default portalViteConfig({
  appRoot: dirname(fileURLToPath(import.meta.url)),
  base: '/virtual-school/',
  project: 'portal-virtual-school',
});
