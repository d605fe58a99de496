export * from './bridge';
export * from './csp';
export * from './events';
export * from './reply';
export * from './requests';
export * from './status';
export * from './validate';
export * from './wire';
