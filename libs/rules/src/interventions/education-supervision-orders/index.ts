export * from './education-supervision-order-designated-la';
export * from './education-supervision-order-duration';
export * from './education-supervision-order';
