export * from './config.ts';
export * from './create-hub.ts';
export * from './office.ts';
export * from './preview-printer.ts';
export * from './ticket-text.ts';
