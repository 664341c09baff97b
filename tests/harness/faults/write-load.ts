import { labInput, needInput } from '../catalogue.ts';

/** Who writes: a researcher of a university and a company's staff member, with their organisations. */
export interface Writers {
  researcher: { authorization: string; organisationId: string };
  company: { authorization: string; organisationId: string };
}

/** What a write load did, printed at the end of every fault test. */
export interface WriteFigures {
  writes: number;
  succeeded: number;
  /** 503 with Retry-After: the honest answer during an outage. */
  unavailable: number;
  /** Anything else: a 500, a 503 without Retry-After, a dropped connection. Must stay empty. */
  failed: string[];
  /** Requests that got no answer within the client's timeout. Must stay zero. */
  hung: number;
  slowestMs: number;
  organisationRenames: number;
}

interface Options {
  baseUrl: string;
  writers: Writers;
  /** Also rename the two organisations now and then (their labs' and needs' documents carry the name). */
  renames?: boolean;
  /** Writes in flight at once. */
  concurrency?: number;
  /** A request without an answer after this long counts as hung. */
  timeoutMs?: number;
}

type Operation = { method: string; path: string; authorization: string; body?: unknown; kind: 'lab' | 'need' | 'organisation'; created?: boolean };

/**
 * Creates, edits and deletes labs and needs (and renames their organisations) through the API
 * until stopped, the way users would during a fault; records every answer. What the API
 * acknowledged (2xx) must then be in PostgreSQL and, once the outbox caught up, in Meilisearch.
 */
export function startWriteLoad({ baseUrl, writers, renames = false, concurrency = 2, timeoutMs = 12_000 }: Options) {
  const figures: WriteFigures = { writes: 0, succeeded: 0, unavailable: 0, failed: [], hung: 0, slowestMs: 0, organisationRenames: 0 };
  const labs: string[] = [];
  const needs: string[] = [];
  let step = 0;
  let running = true;

  const next = (): Operation => {
    const n = step++;
    const pick = (ids: string[]) => ids[(n * 7919) % ids.length];
    const { researcher, company } = writers;
    if (renames && n % 9 === 8) {
      const owner = n % 2 === 0 ? researcher : company;
      return {
        method: 'PATCH',
        path: `/api/v1/organisations/${owner.organisationId}`,
        authorization: owner.authorization,
        body: { name: { en: `Renamed organisation ${n}` } },
        kind: 'organisation',
      };
    }
    const lab = pick(labs);
    const need = pick(needs);
    switch (n % 6) {
      case 1:
        if (lab)
          return { method: 'PATCH', path: `/api/v1/labs/${lab}`, authorization: researcher.authorization, body: { keywords: [`edit ${n}`] }, kind: 'lab' };
        break;
      case 2:
        return {
          method: 'POST',
          path: '/api/v1/needs',
          authorization: company.authorization,
          body: needInput({ title: `Fault need ${n}` }),
          kind: 'need',
          created: true,
        };
      case 3:
        if (need)
          return {
            method: 'PATCH',
            path: `/api/v1/needs/${need}`,
            authorization: company.authorization,
            body: { title: `Fault need edited ${n}` },
            kind: 'need',
          };
        break;
      case 5:
        if (lab && labs.length > 5) {
          labs.splice(labs.indexOf(lab), 1);
          return { method: 'DELETE', path: `/api/v1/labs/${lab}`, authorization: researcher.authorization, kind: 'lab' };
        }
        break;
    }
    return {
      method: 'POST',
      path: '/api/v1/labs',
      authorization: researcher.authorization,
      body: labInput({ name: { en: `Fault lab ${n}` } }),
      kind: 'lab',
      created: true,
    };
  };

  const send = async (operation: Operation) => {
    const started = performance.now();
    figures.writes++;
    try {
      const response = await fetch(`${baseUrl}${operation.path}`, {
        method: operation.method,
        headers: { authorization: operation.authorization, ...(operation.body !== undefined && { 'content-type': 'application/json' }) },
        body: operation.body === undefined ? undefined : JSON.stringify(operation.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      if (response.ok) {
        figures.succeeded++;
        if (operation.kind === 'organisation') figures.organisationRenames++;
        if (operation.created) (operation.kind === 'lab' ? labs : needs).push((JSON.parse(text) as { id: string }).id);
      } else if (response.status === 503 && response.headers.get('retry-after')) {
        figures.unavailable++;
      } else {
        figures.failed.push(`${operation.method} ${operation.path}: ${response.status} ${text.slice(0, 200)}`);
      }
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') figures.hung++;
      else figures.failed.push(`${operation.method} ${operation.path}: ${(error as Error).message} ${String((error as Error).cause ?? '')}`);
    } finally {
      figures.slowestMs = Math.max(figures.slowestMs, Math.round(performance.now() - started));
    }
  };

  const loops = Array.from({ length: concurrency }, async () => {
    while (running) {
      await send(next());
      // Keeps the two cores for the servers under test; a user never writes faster than this anyway.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  return {
    figures,
    /** Stops writing, waits for the writes in flight, and returns the figures. */
    stop: async (): Promise<WriteFigures> => {
      running = false;
      await Promise.all(loops);
      return figures;
    },
  };
}
