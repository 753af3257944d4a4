import { BadUserInputError, ErrorCode, GraphQLErrorWithCode, truncated } from '../errors/errors';
import { quietLogger, reasonOf, type Logger } from '../logging/logger';
import type { EventChangeLog } from './event-change-log';
import type { EventDocument } from './event.document';
import type { EventRepository } from './event.repository';
import { EventChange, EventChangeKind } from './event-change.type';
import { Event } from './event.type';

export interface EventChangeFeedOptions {
  /** How often the records are polled even without notices (lost notices, restarts). */
  readonly pollIntervalMs: number;
  /** How long a missing change number is waited for: a writer may have taken it and not committed yet. */
  readonly gapWaitMs: number;
  /** Undelivered changes a subscriber may fall behind by before it is closed. */
  readonly bufferSize: number;
  /** How far back `after` cursors may reach. */
  readonly retentionMs: number;
}

export const DEFAULT_FEED_OPTIONS: EventChangeFeedOptions = {
  pollIntervalMs: 1_000,
  gapWaitMs: 1_000,
  bufferSize: 1_000,
  retentionMs: 24 * 60 * 60 * 1000,
};

const PAGE = 500;

/** Delivered as a subscription's last value when it fell too far behind. */
export class SubscriberTooSlow {
  constructor(readonly bufferSize: number) {}
}

export class SubscriberTooSlowError extends GraphQLErrorWithCode {
  constructor(bufferSize: number) {
    super(
      `This subscription fell more than ${bufferSize} events behind and was closed; resubscribe with \`after\` set to the last cursor received`,
      ErrorCode.SUBSCRIBER_TOO_SLOW,
    );
  }
}

const duration = (ms: number): string =>
  ms >= 3_600_000 ? `${Math.round(ms / 3_600_000)} h` : ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;

/** A subscription cursor: the change number and time, signed (see `EventChangeLog.sign`). */
const encodeCursor = (changes: EventChangeLog, seq: number, at: Date): string => {
  const text = `${seq}.${at.getTime()}`;
  return Buffer.from(`change.${text}.${changes.sign(text)}`).toString('base64url');
};

function decodeCursor(changes: EventChangeLog, cursor: string): { seq: number; at: number } {
  const match = /^change\.(\d{1,15})\.(\d{1,15})\.([A-Za-z0-9_-]{22})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match && changes.verify(`${match[1]}.${match[2]}`, match[3]!)) return { seq: Number(match[1]), at: Number(match[2]) };
  throw new BadUserInputError('after', `"${truncated(cursor)}" is not a cursor of an event subscription`);
}

export interface SubscribeOptions {
  readonly matches: (doc: EventDocument) => boolean;
  /** Deliver only events new to the subscriber. */
  readonly addedOnly: boolean;
  readonly after?: string | null | undefined;
}

/**
 * One per server process: follows event changes in the database (woken by the change
 * log's notices, polling as a fallback) and fans them out to this process's subscribers.
 */
export class EventChangeFeed {
  private head = 0;
  private readonly subscribers = new Set<Subscriber>();
  private polling = false;
  private pollAgain = false;
  private gapSince: number | undefined;
  private readonly stopping = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private tailing: Promise<void> | undefined;
  private stopListening: (() => void) | undefined;
  private latestRead: Promise<number> | undefined;
  private failures = 0;
  private failing = new Set<string>();

  constructor(
    private readonly events: EventRepository,
    private readonly options: EventChangeFeedOptions = DEFAULT_FEED_OPTIONS,
    private readonly logger: Logger = quietLogger(),
  ) {}

  /** Failed reads of changes and notices since start (each is retried). */
  get failureCount(): number {
    return this.failures;
  }

  /**
   * A read failed: counted every time, logged once until it succeeds again (the poll, or
   * the tail, retries on its own schedule), so an outage is one line, not one per second.
   */
  private failed(what: string, error: unknown): void {
    this.failures += 1;
    if (this.failing.has(what)) return;
    this.failing.add(what);
    this.logger.warn({ feed: what, reason: reasonOf(error) }, 'event feed read failed; retrying, subscribers get every change once it succeeds');
  }

  private succeeded(what: string): void {
    if (this.failing.delete(what)) this.logger.info({ feed: what }, 'event feed read works again');
  }

  async start(): Promise<void> {
    this.head = await this.events.latestChangeSeq();
    // This process's own changes wake the feed at once; other processes' through their notices.
    this.stopListening = this.events.changes.onRecorded(() => this.poll());
    if (!this.events.changes.exclusive) {
      this.tailing = this.events.changes.tail(() => this.poll(), this.stopping.signal, {
        failed: (error) => this.failed('following event notices', error),
        succeeded: () => this.succeeded('following event notices'),
      });
    }
    this.timer = setInterval(() => this.poll(), this.options.pollIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.stopListening?.();
    clearInterval(this.timer);
    for (const subscriber of this.subscribers) subscriber.end();
    // A tail stuck on a dead connection must not hold up shutdown.
    await Promise.race([this.tailing, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  }

  /**
   * Subscribers arriving together share one read: a read begun before a subscriber was
   * registered can only miss changes committed before it, which "from now" excludes anyway.
   */
  private latestCommittedSeq(): Promise<number> {
    this.latestRead ??= this.events.latestChangeSeq().finally(() => {
      this.latestRead = undefined;
    });
    return this.latestRead;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** The last change number this feed has seen and delivered. */
  get seenChangeSeq(): number {
    return this.head;
  }

  /** The latest change number claimed in the database (a small read), for the feed's lag. */
  latestStoredChangeSeq(): Promise<number> {
    return this.events.changes.latestClaimed();
  }

  /** A subscription: replays from `after` when given, then follows live changes. */
  async subscribe(options: SubscribeOptions): Promise<AsyncIterableIterator<EventChange | SubscriberTooSlow>> {
    const from = options.after ? decodeCursor(this.events.changes, options.after) : undefined;
    if (from && Date.now() - from.at > this.options.retentionMs) {
      throw new BadUserInputError(
        'after',
        `the cursor is older than the ${duration(this.options.retentionMs)} retention window: read the events query, then subscribe without \`after\``,
      );
    }
    // Registered first: live changes wait in the subscriber while its starting point is settled.
    const subscriber = new Subscriber(options, from?.seq ?? this.head, this.options.bufferSize, this.events.changes, (s) => this.subscribers.delete(s));
    this.subscribers.add(subscriber);
    if (from) {
      // The records changed since the cursor, up to what the feed has delivered; later ones are waiting.
      const until = this.head;
      let position = from.seq;
      for (;;) {
        const docs = await this.events.findChangedAfter(position, PAGE, until);
        for (const doc of docs) subscriber.replay(doc);
        if (docs.length < PAGE) break;
        position = docs.at(-1)!.changeSeq;
      }
    } else {
      // "From now" means after every change already committed, even one the feed has not read yet.
      subscriber.skipTo(await this.latestCommittedSeq());
    }
    subscriber.goLive();
    return subscriber;
  }

  /** Reads new changes; concurrent wake-ups coalesce into one more read. */
  poll(): void {
    if (this.stopping.signal.aborted) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = true;
    this.advance()
      .then(
        () => this.succeeded('reading event changes'),
        (error: unknown) => this.failed('reading event changes', error),
      )
      .finally(() => {
        this.polling = false;
        if (this.pollAgain) {
          this.pollAgain = false;
          this.poll();
        }
      });
  }

  /**
   * Delivers changes in change-number order. Two writers may take numbers in one order
   * and commit in the other, so a missing number is waited for (`gapWaitMs`) before it is
   * given up as never committed or overwritten by a later change of the same event.
   */
  private async advance(): Promise<void> {
    // Nothing claimed past what was delivered: nothing changed, and no read of the events.
    if (!this.events.readsFromMemory && (await this.events.changes.latestClaimed()) <= this.head) {
      this.gapSince = undefined;
      return;
    }
    for (;;) {
      const docs = await this.events.findChangedAfter(this.head, PAGE);
      if (docs.length === 0) {
        this.gapSince = undefined;
        return;
      }
      for (const doc of docs) {
        if (doc.changeSeq !== this.head + 1) {
          const now = Date.now();
          this.gapSince ??= now;
          const waited = now - this.gapSince;
          if (waited < this.options.gapWaitMs) {
            setTimeout(() => this.poll(), this.options.gapWaitMs - waited).unref();
            return;
          }
        }
        this.gapSince = undefined;
        this.head = doc.changeSeq;
        for (const subscriber of this.subscribers) subscriber.offer(doc);
      }
      if (docs.length < PAGE) return;
    }
  }
}

/** One subscription's queue: bounded, in change order, without duplicates. */
class Subscriber implements AsyncIterableIterator<EventChange | SubscriberTooSlow> {
  private readonly queue: (EventChange | SubscriberTooSlow)[] = [];
  private pending: EventDocument[] | undefined = [];
  private waiting: ((result: IteratorResult<EventChange | SubscriberTooSlow>) => void) | undefined;
  private ended = false;

  constructor(
    private readonly options: SubscribeOptions,
    /** Every change up to here has been delivered to, or passed over for, this subscriber. */
    private lastSeq: number,
    private readonly bufferSize: number,
    private readonly changes: EventChangeLog,
    private readonly onEnd: (subscriber: Subscriber) => void,
  ) {}

  skipTo(seq: number): void {
    this.lastSeq = Math.max(this.lastSeq, seq);
  }

  /** A live change from the feed. */
  offer(doc: EventDocument): void {
    if (this.pending) this.pending.push(doc);
    else this.accept(doc);
  }

  /** A change read back from the records while resuming. */
  replay(doc: EventDocument): void {
    this.accept(doc);
  }

  goLive(): void {
    const pending = this.pending ?? [];
    this.pending = undefined;
    for (const doc of pending) this.accept(doc);
  }

  private accept(doc: EventDocument): void {
    if (this.ended || doc.changeSeq <= this.lastSeq) return;
    const kind = doc.createdSeq > this.lastSeq ? EventChangeKind.ADDED : EventChangeKind.UPDATED;
    this.lastSeq = doc.changeSeq;
    if (!this.options.matches(doc) || (this.options.addedOnly && kind !== EventChangeKind.ADDED)) return;
    if (this.queue.length >= this.bufferSize) {
      this.queue.length = 0;
      this.push(new SubscriberTooSlow(this.bufferSize));
      this.end();
      return;
    }
    this.push(Object.assign(new EventChange(), { kind, event: Event.from(doc), cursor: encodeCursor(this.changes, doc.changeSeq, doc.updatedAt) }));
  }

  private push(value: EventChange | SubscriberTooSlow): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
    } else {
      this.queue.push(value);
    }
  }

  /** Stops the subscription; values already queued are still delivered. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd(this);
    if (this.waiting && this.queue.length === 0) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<EventChange | SubscriberTooSlow>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<EventChange | SubscriberTooSlow>> {
    this.queue.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
