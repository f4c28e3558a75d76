// Bounded concurrency: at most `size` API calls (or paginated call sequences) in flight at once, so a
// large account does not open hundreds of sockets and trip every throttle at the same time.
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(size: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    active -= 1;
    const next = waiting.shift();
    if (next) next();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** Runs `task` on every item, at most `size` at a time, and waits for all of them. A task that
 *  throws does not stop the others; the first error is thrown once all have ended. */
export async function forEachBounded<T>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const limit = createLimiter(Math.max(1, size));
  const outcomes = await Promise.allSettled(items.map((item) => limit(() => task(item))));
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
