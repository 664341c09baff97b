export * from './locales.ts';
export * from './domain.ts';
export * from './bin.ts';
export * from './taxonomy/index.ts';
export * from './schemas/api-error.ts';
export * from './schemas/health.ts';
export * from './schemas/password.ts';
export * from './schemas/accounts.ts';
