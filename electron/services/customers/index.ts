export * from './files';
export * from './grades';
export * from './revisits';
