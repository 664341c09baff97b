// `pnpm --filter @kopir/tests generate:api-types`: writes contract/api-types.ts from the document
// the app serves. Building the app connects to nothing, so no stack needs to run.
import { writeFile } from 'node:fs/promises';
import { buildApp } from '@kopir/server';
import { encodeSuiteEnvironment } from '../harness/suite-environment.ts';
import { apiTypesFile, apiTypesOf, servedDocument } from './api-types-source.ts';

// testConfig reads the suite's addresses; none is contacted while the document is built.
Object.assign(
  process.env,
  encodeSuiteEnvironment({
    adminDatabaseUrl: 'postgres://offline@127.0.0.1:9/offline',
    templateDatabase: 'offline',
    meiliUrl: 'http://127.0.0.1:9',
    meiliKey: undefined,
    scratchDir: '/tmp',
  }),
);
const { testConfig } = await import('../harness/test-app.ts');
const app = await buildApp(testConfig('postgres://offline@127.0.0.1:9/offline'));
try {
  await writeFile(apiTypesFile, await apiTypesOf(await servedDocument(app)));
  console.log(`wrote ${apiTypesFile}`);
} finally {
  await app.close();
}
