export * from './parenting-order';
