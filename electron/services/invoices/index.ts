export * from './invoice-export';
export * from './invoice-queries';
export * from './invoice-requests';
