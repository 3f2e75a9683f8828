import { AppError } from "../errors.ts";
import type { CounterStore } from "./counter-store.ts";

export type LoginThrottleLimits = {
  /** Failed attempts on one account within the window before it is locked for the rest of it. */
  perAccount: number;
  /**
   * Failed attempts from one client address. Whole schools sit behind one NAT address, so this is
   * much higher than the per-account limit: it stops spraying, not a classroom mistyping.
   */
  perAddress: number;
  windowMs: number;
};

export const DEFAULT_LOGIN_LIMITS: LoginThrottleLimits = { perAccount: 10, perAddress: 200, windowMs: 15 * 60 * 1000 };

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/** Counts failed logins per account and per client address; only failures count. */
export function createLoginThrottle({ store, limits = DEFAULT_LOGIN_LIMITS }: { store: CounterStore; limits?: LoginThrottleLimits }) {
  const accountKey = (schoolCode: string, username: string) => `login:account:${schoolCode}:${username}`;
  const addressKey = (address: string) => `login:address:${address}`;
  const clearAccount = async ({ schoolCode, username }: { schoolCode: string; username: string }) => {
    await store.reset(accountKey(schoolCode, username));
  };

  return {
    /** Throws RATE_LIMITED before the password is even checked, so a locked account gives no oracle. */
    async assertAllowed({ schoolCode, username, address }: { schoolCode: string; username: string; address: string }) {
      const [account, client] = await Promise.all([store.peek(accountKey(schoolCode, username)), store.peek(addressKey(address))]);
      const blockedFor = Math.max(
        account.count >= limits.perAccount ? account.resetInMs : 0,
        client.count >= limits.perAddress ? client.resetInMs : 0,
      );
      if (blockedFor > 0) {
        const minutes = Math.max(1, Math.ceil(blockedFor / 60_000));
        throw new AppError({
          code: "RATE_LIMITED",
          message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
          retryAfterMs: blockedFor,
        });
      }
    },
    async recordFailure({ schoolCode, username, address }: { schoolCode: string; username: string; address: string }) {
      await Promise.all([
        store.increment(accountKey(schoolCode, username), limits.windowMs),
        store.increment(addressKey(address), limits.windowMs),
      ]);
    },
    /** A successful sign-in clears the account's failures (not the address's). */
    recordSuccess: clearAccount,
    /** An admin's new login code lifts the account's lockout (not the address's), so it works at once. */
    unlockAccount: clearAccount,
  };
}
