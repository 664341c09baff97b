import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  /** The replica that answered, from the balancer's X-Replica header. */
  replica: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** The Set-Cookie values, as name=value. */
  cookies: Record<string, string>;
}

export interface Call {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  authorization?: string;
  cookie?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** Every answer the balancer gave in this process, by the replica that served it (for the closing figures). */
export const answersByReplica: Record<string, number> = {};

/**
 * A person at one address: every request leaves from `address` (any of 127.0.0.0/8 is this
 * machine), so the balancer, which sets X-Forwarded-For from the real source, tells people
 * apart as it would on the internet, and each gets their own per-address rate limit.
 */
export function clientAt(baseUrl: string, address: string) {
  const target = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const send = (call: Call) =>
    new Promise<Answer>((resolve, reject) => {
      const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
      const outgoing = request(
        {
          host: target.hostname,
          port: target.port,
          path: call.path,
          method: call.method ?? 'GET',
          agent,
          localAddress: address,
          timeout: call.timeoutMs ?? 20_000,
          headers: {
            ...(payload !== undefined && { 'content-type': 'application/json' }),
            ...(call.authorization && { authorization: call.authorization }),
            ...(call.cookie && { cookie: call.cookie }),
            ...call.headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            if (String(response.headers['content-type']).includes('json') && text) body = JSON.parse(text);
            const cookies: Record<string, string> = {};
            for (const line of response.headers['set-cookie'] ?? []) {
              const [pair] = line.split(';');
              const [name, ...value] = (pair ?? '').split('=');
              if (name) cookies[name.trim()] = value.join('=');
            }
            const replica = String(response.headers['x-replica'] ?? '(balancer)');
            answersByReplica[replica] = (answersByReplica[replica] ?? 0) + 1;
            resolve({ status: response.statusCode ?? 0, replica, headers: response.headers, body, cookies });
          });
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer to ${call.method ?? 'GET'} ${call.path} within ${call.timeoutMs ?? 20_000} ms`)));
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  return { send, address, close: () => agent.destroy() };
}

export type Client = ReturnType<typeof clientAt>;
