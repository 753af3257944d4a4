import type { ExecutionResult } from 'graphql';

/**
 * Subscriptions that keep running while other tabs are used.
 *
 * GraphiQL runs one operation at a time and stops it when the user switches tabs, so
 * "run the subscription, record an event in another tab, come back" would show nothing.
 * Here a subscription belongs to the tab that started it (a `LiveRun`); what GraphiQL
 * consumes is only a view of it. Switching tabs closes the view and leaves the run going;
 * coming back to the tab runs it again, which attaches a new view that starts with the
 * latest result. Pressing stop (a view closed with no tab change in the same turn of the
 * event loop) ends the run, as does closing its tab or running a different operation in it.
 */

type Result = ExecutionResult;

class LiveRun {
  latest: { value: Result } | undefined;
  failure: { error: unknown } | undefined;
  done = false;
  private readonly views = new Set<RunView>();

  constructor(
    readonly key: string,
    private readonly source: AsyncIterator<Result>,
    /** `watched`: its tab was showing it when it ended. */
    private readonly onEnd: (watched: boolean) => void,
  ) {
    void this.pump();
  }

  private async pump(): Promise<void> {
    try {
      for (let next = await this.source.next(); !next.done; next = await this.source.next()) {
        this.latest = { value: next.value };
        for (const view of this.views) view.push(next.value);
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.done = true;
      this.onEnd(this.views.size > 0);
      for (const view of this.views) view.end();
    }
  }

  view(onClose: () => void): RunView {
    const view = new RunView(this, () => {
      this.views.delete(view);
      onClose();
    });
    if (this.latest) view.push(this.latest.value);
    if (this.done) view.end();
    else this.views.add(view);
    return view;
  }

  close(): void {
    void this.source.return?.();
  }
}

/** What GraphiQL iterates: its own iterator, so GraphiQL's `return()` reaches it. */
class RunView implements AsyncIterableIterator<Result> {
  private readonly queued: Result[] = [];
  private waiting: { resolve: (next: IteratorResult<Result>) => void; reject: (error: unknown) => void } | undefined;
  private ended = false;
  private closed = false;

  constructor(
    private readonly run: LiveRun,
    private readonly onClose: () => void,
  ) {}

  push(value: Result): void {
    if (this.waiting) this.settle().resolve({ value, done: false });
    else this.queued.push(value);
  }

  end(): void {
    this.ended = true;
    if (!this.waiting) return;
    // GraphiQL shows a thrown error in the result pane.
    if (this.run.failure) this.settle().reject(this.run.failure.error);
    else this.settle().resolve({ value: undefined, done: true });
  }

  private settle() {
    const waiting = this.waiting!;
    this.waiting = undefined;
    return waiting;
  }

  next(): Promise<IteratorResult<Result>> {
    const queued = this.queued.shift();
    if (queued !== undefined) return Promise.resolve({ value: queued, done: false });
    if (this.closed || (this.ended && !this.run.failure)) return Promise.resolve({ value: undefined, done: true });
    if (this.ended) return Promise.reject(this.run.failure!.error);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<Result>> {
    if (!this.closed) {
      this.closed = true;
      this.queued.length = 0;
      if (this.waiting) this.settle().resolve({ value: undefined, done: true });
      this.onClose();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

interface TabsState {
  readonly tabs: readonly { readonly id: string }[];
  readonly activeTabIndex: number;
}

export class LiveSubscriptions {
  private readonly runs = new Map<string, LiveRun>();
  private activeTabId: string | undefined;
  private tabChangedThisTurn = false;
  /** GraphiQL's run action (set once the playground is mounted). */
  runActiveTab: (() => void) | undefined;

  /** The tab shown first, before any change. */
  setInitialTab(tabs: TabsState): void {
    this.activeTabId ??= tabs.tabs[tabs.activeTabIndex]?.id;
  }

  /** Starts a subscription for the active tab, or attaches to the one it runs already. */
  subscribe(key: string, start: () => Promise<AsyncIterator<Result>>): Promise<AsyncIterableIterator<Result>> {
    const tabId = this.activeTabId ?? '';
    const running = this.runs.get(tabId);
    const attach = (run: LiveRun) =>
      run.view(() => {
        this.tabChangedThisTurn = false;
        queueMicrotask(() => {
          if (this.tabChangedThisTurn || this.runs.get(tabId) !== run) return;
          this.runs.delete(tabId);
          run.close();
        });
      });
    if (running && running.key === key) {
      // One that ended while its tab was away shows its end once, then the tab can run it anew.
      if (running.done) this.runs.delete(tabId);
      return Promise.resolve(attach(running));
    }
    running?.close();
    this.runs.delete(tabId);
    return start().then((source) => {
      const run = new LiveRun(key, source, (watched) => {
        if (watched && this.runs.get(tabId) === run) this.runs.delete(tabId);
      });
      this.runs.set(tabId, run);
      return attach(run);
    });
  }

  /** GraphiQL's `onTabChange`: tabs switched, closed, or edited. */
  onTabChange(state: TabsState): void {
    this.tabChangedThisTurn = true;
    const ids = new Set(state.tabs.map((tab) => tab.id));
    for (const [tabId, run] of this.runs) {
      if (!ids.has(tabId)) {
        this.runs.delete(tabId);
        run.close();
      }
    }
    const activeId = state.tabs[state.activeTabIndex]?.id;
    if (activeId === this.activeTabId) return;
    this.activeTabId = activeId;
    // After GraphiQL finished switching (its stop and the new tab's editor values).
    if (activeId && this.runs.has(activeId)) setTimeout(() => this.runActiveTab?.(), 0);
  }
}
