export * from './hub-client.ts';
export * from './device-auth.ts';
export * from './follow-client.ts';
