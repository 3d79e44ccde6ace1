export * from './languages.ts';
export * from './wait.ts';
export * from './ticket-words.ts';
export * from './office-text-defaults.ts';
