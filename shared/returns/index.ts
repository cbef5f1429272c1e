export * from './breakdown-keys';
export * from './client-columns';
export * from './client-extract';
export * from './figure-ref';
export * from './resolve';
export * from './tokens';
