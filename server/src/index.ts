export { buildApp, type App, type BuildAppOptions } from './app.ts';
export { parseEnvironment, ConfigError, type AppConfig, type Environment } from './config.ts';
export { AppError } from './errors.ts';
export { loadDemoDataIfEmpty } from './demo/load-demo-data.ts';
export { createSearchClient } from './plugins/app/search.ts';
