export * from './cross-border-settings';
export * from './cross-border-responsibility';
