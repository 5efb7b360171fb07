export * from './notice-to-improve-settings';
export * from './notice-to-improve-period';
export * from './notice-to-improve-outcome';
export * from './notice-to-improve-early-penalty-notice';
export * from './notice-to-improve-contents';
export * from './notice-to-improve';
