/** The next value of an iterator, or a failure naming `what` after `ms`. */
export async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error(`the subscription ended before ${what}`);
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition()` holds, checking every 50 ms, for at most `ms`. */
export async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms && !condition(); waited += 50) await sleep(50);
  return condition();
}

/** Waits until `condition()` resolves true, checking every 100 ms, for at most `ms`. */
export async function eventuallyAsync(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await condition().catch(() => false)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
}
