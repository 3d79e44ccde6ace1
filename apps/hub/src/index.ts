export * from './config.ts';
export { officeSetup } from './office-settings.ts';
export * from './create-hub.ts';
export * from './office.ts';
export * from './ticket-printing.ts';
