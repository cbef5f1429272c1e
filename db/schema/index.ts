/** Every table of the IPS Desk database. drizzle-kit reads this file to write db/migrations. */
export * from './clients';
export * from './jobs';
export * from './contacts';
export * from './activities';
export * from './wellbeing';
export * from './staff';
export * from './settings';
export * from './users';
export * from './fidelity';
export * from './returns';
export * from './audit-log';
