import type { LoadRequest } from './load.ts';

export interface OverloadResult {
  connections: number;
  requests: number;
  /** How many responses had each status (and `error` for a request that got none). */
  statuses: Record<string, number>;
  /** 503s that did not say when to come back: each should carry Retry-After. */
  unavailableWithoutRetryAfter: number;
  p95Ms: number;
}

/**
 * `connections` clients, each sending the next of `requests` as soon as its last one is answered,
 * for `seconds`: load beyond what the server can serve, to see how it refuses. Unlike autocannon
 * it reads each response's headers, so it can tell a 503 with Retry-After from one without.
 */
export async function runOverload(baseUrl: string, requests: LoadRequest[], options: { connections: number; seconds: number }): Promise<OverloadResult> {
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let unavailableWithoutRetryAfter = 0;
  let next = 0;
  const until = Date.now() + options.seconds * 1_000;
  const client = async () => {
    while (Date.now() < until) {
      const request = requests[next++ % requests.length]!;
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}${request.path}`, {
          method: request.method,
          ...(request.headers && { headers: request.headers }),
          ...(request.body && { body: request.body }),
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.status === 503 && !response.headers.get('retry-after')) unavailableWithoutRetryAfter++;
      } catch {
        statuses.error = (statuses.error ?? 0) + 1;
      }
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.min(latencies.length - 1, Math.floor(0.95 * latencies.length))] ?? 0;
  return { connections: options.connections, requests: latencies.length, statuses, unavailableWithoutRetryAfter, p95Ms: Math.round(p95 * 100) / 100 };
}
