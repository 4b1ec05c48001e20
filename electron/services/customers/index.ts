export * from './access';
export * from './files';
export * from './grades';
export * from './revisits';
