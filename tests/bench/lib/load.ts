import autocannon from 'autocannon';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** How many responses had each status, to tell throttling (429/503) from errors. */
  statuses: Record<number, number>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Drives `requests` (cycled) against `baseUrl` with `connections` concurrent keep-alive
 * connections for `seconds`, recording every response time (autocannon reports no p95).
 */
export async function runLoad(baseUrl: string, requests: LoadRequest[], options: { connections: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.seconds,
        requests: requests.map((request) => ({
          method: request.method,
          path: request.path,
          ...(request.body && { body: request.body }),
          ...(request.headers && { headers: request.headers }),
        })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50) * 100) / 100,
    p95Ms: Math.round(percentile(latencies, 95) * 100) / 100,
    p99Ms: Math.round(percentile(latencies, 99) * 100) / 100,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses,
  };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export interface Latencies {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * Runs every case once per iteration, one at a time and in a fresh shuffled order each time (so
 * drift and neighbours' noise fall on all cases alike), `warmup` iterations unrecorded, then
 * `iterations` recorded: per-query latency without queueing, where load tests measure throughput.
 */
export async function runSequential<K extends string>(
  cases: Record<K, () => Promise<unknown>>,
  options: { iterations: number; warmup: number; shuffle: (keys: K[]) => K[] },
): Promise<Record<K, Latencies>> {
  const keys = Object.keys(cases) as K[];
  const times = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (let iteration = 0; iteration < options.warmup + options.iterations; iteration++) {
    for (const key of options.shuffle([...keys])) {
      const started = performance.now();
      await cases[key]();
      if (iteration >= options.warmup) times[key].push(performance.now() - started);
    }
  }
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return Object.fromEntries(
    keys.map((key) => {
      const sorted = times[key].sort((a, b) => a - b);
      return [key, { samples: sorted.length, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1) ?? 0) }];
    }),
  ) as Record<K, Latencies>;
}
