/** How many user-facing Meilisearch searches one process sends at once, and how long the rest may wait. */
export interface AdmissionLimits {
  /** Searches in flight to Meilisearch at once. */
  concurrent: number;
  /** Searches waiting for a slot; one more is refused at once. */
  queued: number;
  /** How long a search may wait for a slot before it is refused (ms). */
  maxWaitMs: number;
}

/**
 * A search refused because Meilisearch already has as much of this process's work as it can
 * answer in time: the caller gets 503 with Retry-After (unavailable.ts), not a 500 after a timeout.
 */
export class SearchOverloadedError extends Error {
  override readonly name = 'SearchOverloadedError';
  constructor(readonly reason: 'queue full' | 'waited too long') {
    super(`Search refused: ${reason}`);
  }
}

/**
 * Admission control for searches: at most `concurrent` run, at most `queued` wait (first come,
 * first served), and none waits longer than `maxWaitMs`. Without it, every request under overload
 * went to Meilisearch at once; Meilisearch queues searches and keeps working on the ones whose
 * client has given up (meilisearch#6508: a queued search is dropped only after 60 s), so each new
 * request waited behind dead work until the client's 5 s timeout, and nearly all failed together
 * (pnpm bench:matching). Here a waiting search is dropped the moment it is refused, so the ones
 * that can be answered in time are, and the rest are told at once to come back.
 */
export class SearchAdmission {
  readonly #limits: AdmissionLimits;
  readonly #waiting: (() => void)[] = [];
  #running = 0;
  /** Searches refused since start, by reason: the figures an operator sizes the limits by. */
  readonly refused = { queueFull: 0, waitedTooLong: 0 };

  constructor(limits: AdmissionLimits) {
    this.#limits = limits;
  }

  /** Runs `work` when a slot is free; refuses with SearchOverloadedError, or with the signal's reason if it aborts first. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal | null): Promise<T> {
    if (this.#running >= this.#limits.concurrent) await this.#wait(signal);
    else this.#running++;
    try {
      return await work();
    } finally {
      this.#release();
    }
  }

  // Resolves holding a slot (handed over by #release, so #running already counts it).
  #wait(signal: AbortSignal | null | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#waiting.length >= this.#limits.queued) {
      this.refused.queueFull++;
      return Promise.reject(new SearchOverloadedError('queue full'));
    }
    return new Promise<void>((resolve, reject) => {
      const leave = (error: unknown) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const at = this.#waiting.indexOf(waiter);
        if (at >= 0) this.#waiting.splice(at, 1);
        reject(error);
      };
      const onAbort = () => leave(signal?.reason);
      const timer = setTimeout(() => {
        this.refused.waitedTooLong++;
        leave(new SearchOverloadedError('waited too long'));
      }, this.#limits.maxWaitMs);
      const waiter = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running--;
  }
}
