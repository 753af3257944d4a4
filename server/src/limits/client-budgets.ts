import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Role } from '../auth/api-keys';
import { ErrorCode, GraphQLErrorWithCode } from '../errors/errors';

export const ROLE_ANONYMOUS = 'anonymous';

/** What a client may use per minute; 0 turns a budget off. */
export interface Budget {
  readonly requests: number;
  /** Summed operation cost (see `operationCost`). */
  readonly cost: number;
}

export type ClientBudgets = Readonly<Record<typeof ROLE_ANONYMOUS | Role, Budget>>;

export const DEFAULT_CLIENT_BUDGETS: ClientBudgets = {
  [ROLE_ANONYMOUS]: { requests: 300, cost: 100_000 },
  [Role.READER]: { requests: 600, cost: 200_000 },
  [Role.EDITOR]: { requests: 1_200, cost: 400_000 },
};

/** Who is asking, for budgets: the API key when one is given, else the network address. */
export interface Client {
  /** `key:<digest prefix>` or `ip:<address>`. */
  readonly id: string;
  readonly role: Role | undefined;
}

export class RateLimitedError extends GraphQLErrorWithCode {
  constructor(
    what: 'requests' | 'cost',
    budget: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      what === 'requests'
        ? `Too many requests: this client may send ${budget} per minute; try again in ${retryAfterSeconds} s`
        : `Too much asked for: this client may spend ${budget} of operation cost per minute; try again in ${retryAfterSeconds} s`,
      ErrorCode.RATE_LIMITED,
      { budget: what, retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    );
  }
}

/**
 * Per-client budgets of requests and of operation cost per minute, by role, kept in this
 * process's memory (rate-limiter-flexible): several instances behind a proxy each give a
 * client its budget.
 */
export class ClientBudgetKeeper {
  private readonly limiters = new Map<string, RateLimiterMemory>();

  constructor(private readonly budgets: ClientBudgets) {}

  /** Spends one request; throws RATE_LIMITED when the minute's requests are used up. */
  async spendRequest(client: Client): Promise<void> {
    await this.spend(client, 'requests', 1);
  }

  /** Spends an operation's cost; throws RATE_LIMITED when the minute's budget would be exceeded. */
  async spendCost(client: Client, cost: number): Promise<void> {
    if (cost > 0) await this.spend(client, 'cost', cost);
  }

  private async spend(client: Client, what: 'requests' | 'cost', points: number): Promise<void> {
    const role = client.role ?? ROLE_ANONYMOUS;
    const budget = this.budgets[role][what];
    if (budget === 0) return;
    const name = `${role}/${what}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points: budget, duration: 60, keyPrefix: name });
      this.limiters.set(name, limiter);
    }
    try {
      await limiter.consume(client.id, points);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      // A refused operation does not run, so its cost is given back; a refused request still counts.
      if (what === 'cost') await limiter.reward(client.id, points);
      throw new RateLimitedError(what, budget, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    }
  }
}
