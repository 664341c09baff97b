import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { unsafeCharacterMessages, unsafeCharacterRule, type FieldError } from '@kopir/shared';
import { AppError } from '../../errors.ts';

const depthLimit = 20;

/** Every string (and object key) of `value` whose characters PostgreSQL would refuse, by path. */
function unsafeStrings(value: unknown, path: string, found: FieldError[], depth = 0) {
  if (found.length >= 20 || depth > depthLimit) return;
  if (typeof value === 'string') {
    const rule = unsafeCharacterRule(value);
    if (rule) found.push({ path, message: unsafeCharacterMessages[rule]!, rule });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    const keyRule = unsafeCharacterRule(key);
    if (keyRule) found.push({ path: `${path}.${JSON.stringify(key).slice(1, -1)}`, message: unsafeCharacterMessages[keyRule]!, rule: keyRule });
    unsafeStrings(item, `${path}.${key}`, found, depth + 1);
  }
}

/**
 * The backstop behind the text() schemas: after validation, no NUL byte or lone surrogate in the
 * query, the path parameters or the body gets past this point, whatever a route's schema says
 * (a field someone forgot to build on text(), a password). PostgreSQL answers such text with an
 * error, which would be a 500; this answers 400 naming the field.
 */
export default fp(
  async function inputGuard(app: FastifyInstance) {
    app.addHook('preHandler', async (request) => {
      const found: FieldError[] = [];
      unsafeStrings(request.query, 'query', found);
      unsafeStrings(request.params, 'params', found);
      unsafeStrings(request.body, 'body', found);
      if (found.length > 0) throw new AppError('VALIDATION_FAILED', 'The request contains characters that cannot be stored', found);
    });
  },
  { name: 'input-guard' },
);
