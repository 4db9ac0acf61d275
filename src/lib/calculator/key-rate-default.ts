/**
 * The discount tool's default key rate: the newest row of the key-rate table (src/lib/money/key-rate.ts), kept
 * here as a copy because importing the table put all of it (1.4 KB gzip) on the calculator's first load for
 * this one figure (the calculator's 20 KB budget, decision 112). tests/unit/calculator/key-rate-default.test.ts
 * fails when the table gets a newer row and this copy is not moved with it.
 */
export const DEFAULT_KEY_RATE_BP = 1400;
