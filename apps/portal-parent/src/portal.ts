export const portal = {
  serviceName: "Your child's attendance",
  basePath: '/parent/',
} as const;
