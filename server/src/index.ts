export { buildApp, type App, type BuildAppOptions } from './app.ts';
export { parseEnvironment, ConfigError, type AppConfig, type Environment } from './config.ts';
export { AppError } from './errors.ts';
export { loadDemoDataIfEmpty } from './demo/load-demo-data.ts';
export { createSearchClient } from './plugins/app/search.ts';
export { hashPassword } from './services/auth/password.ts';
export { renderAuthorizationDoc } from './access/authorization-doc.ts';
export { allow, type AccessRule, type RouteAccess } from './access/rules.ts';
export { reindex, type ReindexReport } from './search/reindex.ts';
