export const portal = {
  serviceName: 'Virtual School attendance',
  basePath: '/virtual-school/',
} as const;
