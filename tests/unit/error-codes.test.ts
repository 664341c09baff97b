import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { errorCodes, errorStatus, isErrorCode } from '@kopir/shared';

const serverSource = join(import.meta.dirname, '../../server/src');

/** Every TypeScript file of the server, as text. */
function sources(folder: string): { path: string; text: string }[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, text: readFileSync(path, 'utf8') };
    });
}

t.test('every error code maps to one 4xx or 5xx status', async (t) => {
  t.equal(new Set(errorCodes).size, errorCodes.length, 'no code is listed twice');
  for (const code of errorCodes) {
    const status = errorStatus[code];
    t.ok(status >= 400 && status <= 599, `${code} answers ${status}, a 4xx or 5xx`);
  }
  t.same(Object.keys(errorStatus).sort(), [...errorCodes].sort(), 'the map covers exactly the listed codes');
});

t.test('the codes the API documents as the caller’s fault are 4xx, and ours are 5xx', async (t) => {
  t.equal(errorStatus.VALIDATION_FAILED, 400, 'a request that is not valid is 400');
  t.equal(errorStatus.UNAUTHENTICATED, 401, 'no valid token is 401');
  t.equal(errorStatus.NOT_YOURS, 403, 'another organisation’s resource is 403');
  t.equal(errorStatus.ILLEGAL_TRANSITION, 409, 'a step from the wrong state is 409');
  t.equal(errorStatus.INTERNAL_ERROR, 500, 'a bug is 500');
  t.equal(errorStatus.SEARCH_UNAVAILABLE, 503, 'search being out is 503');
});

t.test('every code the server names in its source is in the shared list', async (t) => {
  // The compiler checks `new AppError(code, …)`; this also catches a code written into a reply
  // or a table by hand (`code: 'SOMETHING'`), which a cast could let through.
  const named = new Map<string, string>();
  for (const { path, text } of sources(serverSource)) {
    for (const match of text.matchAll(/(?:new AppError\(\s*|\bcode: )'([A-Z][A-Z0-9_]+)'/g)) named.set(match[1]!, path);
  }
  t.ok(named.size > 40, `the scan finds the server's codes (${named.size})`);
  for (const [code, path] of named) t.ok(isErrorCode(code), `${code} (in ${path}) is one of the shared error codes`);
});

t.test('a string from the wire is told apart from the codes', async (t) => {
  t.ok(isErrorCode('NOT_FOUND'), 'a listed code is recognised');
  t.notOk(isErrorCode('FST_ERR_VALIDATION'), 'a framework code is not one of ours');
  t.notOk(isErrorCode('not_found'), 'codes are upper case');
});
