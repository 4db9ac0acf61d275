/**
 * The checklist's clock. Every change is stamped so two tabs (and an imported file) can be merged item by
 * item, the later stamp winning. The clock never runs backwards (a stamp is later than every stamp seen)
 * and never past MAX_STAMP; stamps that come from outside — an imported file — are clamped to the wall
 * clock, so a file stamped in the year 2300 can never outrank the user's own later changes
 * (docs/decisions/090).
 */

/**
 * The largest stamp read from saved data; larger ones are clamped to it. Far below the largest safe integer,
 * so the clock still has room for 7·10¹² later changes after it.
 */
export const MAX_STAMP = 9e15;

/** A stamp clamped into 0…ceiling as a whole number (NaN and negative numbers become 0). */
export function clampStamp(stamp: number, ceiling: number = MAX_STAMP): number {
  return stamp > 0 ? Math.min(Math.floor(stamp), Math.floor(ceiling)) : 0;
}

/** A monotonic clock. */
export interface Clock {
  /** Note a stamp seen in stored or merged data, so the next stamp is later. */
  see(stamp: number): void;
  /** A stamp later than every stamp seen or given so far: the wall clock, or one more than the last. */
  next(): number;
}

/** Create a clock over a wall clock in ms. */
export function createClock(wall: () => number = Date.now): Clock {
  let last = 0;
  return {
    see(stamp) {
      last = Math.max(last, clampStamp(stamp, Number.MAX_SAFE_INTEGER));
    },
    next() {
      last = Math.min(Math.max(clampStamp(wall()), last + 1), Number.MAX_SAFE_INTEGER);
      return last;
    },
  };
}
