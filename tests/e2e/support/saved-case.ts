/**
 * Saved data for tests that start with a case: the case store's text (version 3, src/lib/case/stored-state.ts),
 * as a visit before would have left it.
 */

/** One case: its client, stamp `at`, the claim calculator's query, and step dates by step id. */
export function savedCase(client: string, at: number, claim: string, steps: Record<string, string> = {}) {
  return {
    client,
    amount: null,
    dueDate: '',
    createdAt: at,
    updatedAt: at,
    ticks: {},
    log: {},
    parts: claim ? { claim: { value: claim, at } } : {},
    steps: Object.fromEntries(Object.entries(steps).map(([id, date]) => [id, { date, at }])),
    docs: {},
  };
}

/** The store's text holding `cases`, `active` the current one, and the user's own details `profile`. */
export function savedStore(
  cases: Record<string, ReturnType<typeof savedCase>>,
  active: string,
  profile: { value: Record<string, string>; at: number } | null = null,
): string {
  return JSON.stringify({ version: 3, activeCaseId: active, profile, cases });
}
