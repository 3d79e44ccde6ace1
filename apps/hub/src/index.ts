export * from './config/config.ts';
export { officeSetup } from './settings/office-settings.ts';
export * from './create-hub.ts';
export * from './office/office.ts';
export * from './printing/ticket-printing.ts';
