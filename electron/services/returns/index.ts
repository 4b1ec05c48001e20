export * from './return-export';
export * from './return-queries';
export * from './returns';
