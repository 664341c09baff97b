import { labInput, needInput } from '../harness/catalogue.ts';
import type { Person } from './accounts.ts';
import type { Answer, Call, Client } from './http-client.ts';

/** One request of the load and what became of it. */
export interface Sent {
  method: string;
  path: string;
  /** The HTTP status, or 0 when no answer came (connection dropped, timeout). */
  status: number;
  replica: string;
  startedAt: number;
  endedAt: number;
  error?: string;
  /** For a write: the entity it made or changed, and the version the answer named. */
  entity?: { kind: 'lab' | 'need'; id: string; version: number };
  /** For a create: the unique name it carried, to find it in PostgreSQL if its answer was lost. */
  marker?: string;
}

const ok = (status: number) => status >= 200 && status < 300;

async function sendRecorded(client: Client, call: Call, log: Sent[], marker?: string): Promise<Answer | undefined> {
  const startedAt = Date.now();
  const entry: Sent = { method: call.method ?? 'GET', path: call.path, status: 0, replica: '', startedAt, endedAt: startedAt, ...(marker && { marker }) };
  log.push(entry);
  try {
    const answer = await client.send(call);
    entry.status = answer.status;
    entry.replica = answer.replica;
    const body = answer.body as { id?: string; version?: number };
    if (call.method !== 'GET' && ok(answer.status) && body.id && body.version !== undefined)
      entry.entity = { kind: call.path.includes('/labs') ? 'lab' : 'need', id: body.id, version: body.version };
    return answer;
  } catch (error) {
    entry.error = (error as Error).message;
    return undefined;
  } finally {
    entry.endedAt = Date.now();
  }
}

/**
 * Writers (a researcher creating and editing labs, a company creating and editing needs) and
 * readers (search, a lab, a need list) sending through the balancer, each the next request as
 * soon as its last is answered, until `stop()`; every request is recorded.
 */
export function startTraffic({
  researcher,
  company,
  readers,
  writersEach = 2,
}: {
  researcher: Person;
  company: Person;
  readers: Client[];
  writersEach?: number;
}) {
  const writes: Sent[] = [];
  const reads: Sent[] = [];
  const labIds: string[] = [];
  const needIds: string[] = [];
  let running = true;
  let serial = 0;

  const labWriter = async () => {
    while (running) {
      const n = serial++;
      if (labIds.length < 3 || n % 3 === 0) {
        const marker = `Cluster load lab ${n}`;
        const answer = await sendRecorded(
          researcher.client,
          { method: 'POST', path: '/api/v1/labs', authorization: researcher.authorization, body: labInput({ name: { en: marker } }) },
          writes,
          marker,
        );
        const id = (answer?.body as { id?: string } | undefined)?.id;
        if (answer && ok(answer.status) && id) labIds.push(id);
      } else {
        const id = labIds[n % labIds.length]!;
        await sendRecorded(
          researcher.client,
          {
            method: 'PATCH',
            path: `/api/v1/labs/${id}`,
            authorization: researcher.authorization,
            body: { description: { en: `Electrolysis stack testing, revision ${n}.` } },
          },
          writes,
        );
      }
    }
  };
  const needWriter = async () => {
    while (running) {
      const n = serial++;
      if (needIds.length < 3 || n % 3 === 0) {
        const marker = `Cluster load need ${n}`;
        // Confidential: announced to nobody, so the load adds no matching job on top of the searches.
        const answer = await sendRecorded(
          company.client,
          { method: 'POST', path: '/api/v1/needs', authorization: company.authorization, body: needInput({ title: marker, visibility: 'confidential' }) },
          writes,
          marker,
        );
        const id = (answer?.body as { id?: string } | undefined)?.id;
        if (answer && ok(answer.status) && id) needIds.push(id);
      } else {
        const id = needIds[n % needIds.length]!;
        await sendRecorded(
          company.client,
          { method: 'PATCH', path: `/api/v1/needs/${id}`, authorization: company.authorization, body: { budgetMaxKzt: 120_000_000 + n } },
          writes,
        );
      }
    }
  };
  const readPaths = () => [
    '/api/v1/labs?q=hydrogen%20electrolysis',
    '/api/v1/labs?sector=D',
    ...(labIds.length > 0 ? [`/api/v1/labs/${labIds[serial % labIds.length]}`] : []),
    '/api/v1/needs?q=electrolyser',
  ];
  const reader = (client: Client) => async () => {
    for (let n = 0; running; n++) {
      const paths = readPaths();
      await sendRecorded(client, { path: paths[n % paths.length]! }, reads);
    }
  };
  const workers = [
    ...Array.from({ length: writersEach }, labWriter),
    ...Array.from({ length: writersEach }, needWriter),
    ...readers.map((client) => reader(client)()),
  ];
  return {
    writes,
    reads,
    stop: async () => {
      running = false;
      await Promise.all(workers);
    },
  };
}

export const succeeded = (sent: Sent) => ok(sent.status);
