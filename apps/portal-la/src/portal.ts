export const portal = {
  serviceName: 'Local authority attendance',
  basePath: '/la/',
} as const;
