export * from './audit';
export * from './clerks';
export * from './search';
export * from './serials';
export * from './settings';
export * from './shifts';
export * from './calls';
export * from './reception';
