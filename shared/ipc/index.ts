export * from './contract';
export * from './result';
export * from './bridge';
export * from './vault';
export * from './records';
export * from './reports';
export * from './returns';
