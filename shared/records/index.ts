export * from './client';
export * from './job';
export * from './contact';
export * from './activity';
export * from './wellbeing';
export * from './staff';
