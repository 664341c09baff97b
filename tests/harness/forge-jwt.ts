import { createHmac } from 'node:crypto';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A JWT built by hand, to present the API with tokens no honest client has: `alg: none`, another
 * algorithm, an expired one, a forged signature.
 */
export function forgeJwt(header: Record<string, unknown>, payload: Record<string, unknown>, secret?: string): string {
  const unsigned = `${encode(header)}.${encode(payload)}`;
  if (!secret) return `${unsigned}.`;
  const algorithm = header.alg === 'HS512' ? 'sha512' : 'sha256';
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest('base64url')}`;
}
