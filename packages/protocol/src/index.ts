export * from './common.ts';
export * from './domain-schemas.ts';
export * from './requests.ts';
export * from './messages.ts';
export * from './events.ts';
export * from './errors.ts';
export * from './roles.ts';
export * from './printer.ts';
