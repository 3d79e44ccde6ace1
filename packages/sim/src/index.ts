export * from './random.ts';
export * from './scenario.ts';
export * from './arrivals.ts';
export * from './summary.ts';
export * from './simulate.ts';
export * from './planner.ts';
