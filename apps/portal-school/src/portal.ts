export const portal = {
  serviceName: 'School attendance',
  basePath: '/school/',
} as const;
