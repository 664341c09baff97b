import { createConnection } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findFreePort } from '@kopir/server/stack';
import { startChild, waitUntil } from './child-process.ts';

export interface Backend {
  /** The name HAProxy reports in X-Replica, e.g. api1. */
  name: string;
  port: number;
}

export interface Balancer {
  url: string;
  port: number;
  /** Takes a server out of rotation or puts it back, through HAProxy's runtime API. */
  setEnabled(name: string, enabled: boolean): Promise<void>;
  /** Each server's state as HAProxy sees it (UP, DOWN, MAINT …). */
  states(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * The balancer as production would run it: health checks on /ready, GET and HEAD retried on
 * another replica when one fails mid-request (redispatch on every retry), other methods retried
 * only when the connection was never made (the request cannot have run), the client address
 * set by the balancer itself (a client's own X-Forwarded-For is dropped, since the API trusts
 * the header), and X-Replica naming the server that answered.
 */
function haproxyConfig(port: number, backends: Backend[], socket: string): string {
  return `global
  maxconn 4096
  stats socket ${socket} mode 600 level admin

defaults
  mode http
  timeout connect 1s
  timeout client 60s
  timeout server 60s
  timeout http-request 10s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout 502 503 504

frontend kopir
  bind 127.0.0.1:${port}
  http-request del-header X-Forwarded-For
  option forwardfor
  default_backend replicas

backend replicas
  balance roundrobin
  http-request disable-l7-retry if !METH_GET !{ method HEAD }
  option httpchk GET /ready
  http-check expect status 200
  default-server inter 300ms fall 2 rise 2
  http-response set-header X-Replica %s
${backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`).join('\n')}
`;
}

/** Sends one command to HAProxy's runtime API and returns its answer. */
function runtimeCommand(socket: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const connection = createConnection(socket, () => connection.end(`${command}\n`));
    connection.on('data', (chunk) => (answer += chunk.toString('utf8')));
    connection.on('end', () => resolve(answer));
    connection.on('error', reject);
  });
}

/** Starts HAProxy in the foreground (-db) with a generated config; resolves once every backend is UP. */
export async function startHaproxy(dir: string, backends: Backend[]): Promise<Balancer> {
  const port = await findFreePort();
  const socket = join(dir, 'haproxy.sock');
  const configFile = join(dir, 'haproxy.cfg');
  await writeFile(configFile, haproxyConfig(port, backends, socket));
  const server = startChild('haproxy', 'haproxy', ['-db', '-f', configFile], { logFile: join(dir, 'haproxy.log') });
  const stop = () => server.stop('SIGUSR1', 5_000); // SIGUSR1: soft stop, finishing what is in flight
  const states = async () => {
    const csv = await runtimeCommand(socket, 'show stat');
    const result: Record<string, string> = {};
    for (const line of csv.split('\n')) {
      const [proxy, name, ...fields] = line.split(',');
      if (proxy === 'replicas' && name && name !== 'BACKEND' && name !== 'FRONTEND') result[name] = fields[15] ?? '?'; // column 18: status
    }
    return result;
  };
  try {
    await waitUntil(
      'HAProxy to see every replica UP',
      async () => {
        if (server.child.exitCode !== null) throw new Error(`haproxy exited (${server.child.exitCode}); see ${join(dir, 'haproxy.log')}`);
        const seen = await states();
        return backends.every((backend) => seen[backend.name] === 'UP');
      },
      20_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    setEnabled: async (name, enabled) => {
      await runtimeCommand(socket, `${enabled ? 'enable' : 'disable'} server replicas/${name}`);
    },
    states,
    stop,
  };
}
