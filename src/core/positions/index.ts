export * from './table';
export * from './series';
export * from './model';
export * from './aggregate';
export * from './alignment';
export * from './wording';
export * from './layout';
