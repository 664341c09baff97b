import type { FastifyRequest } from 'fastify';
import { localeSchema, type Locale } from '@kopir/shared';

/**
 * The language a file or text the server writes is read in: the one asked for, else the first of
 * the reader's Accept-Language that Kopir speaks (by quality, as RFC 9110 weighs them), else English.
 */
export function readerLocale(request: FastifyRequest, asked?: Locale): Locale {
  if (asked) return asked;
  const header = request.headers['accept-language'] ?? '';
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const quality = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: tag.slice(0, 2).toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const entry of ranked) {
    const spoken = localeSchema.safeParse(entry.language);
    if (spoken.success) return spoken.data;
  }
  return 'en';
}
