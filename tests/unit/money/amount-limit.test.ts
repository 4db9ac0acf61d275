/**
 * One amount limit everywhere (MAX_KOPECKS): a field refuses more, and a total above it — several invoices, or a
 * debt with its penalty — is refused where the total is shown, never turned into text (the documents hung on it).
 */
import { describe, expect, it } from 'vitest';
import { MAX_KOPECKS, parseMoney } from '../../../src/lib/money/kopecks';
import { calculateClaim } from '../../../src/lib/claim/calculate';
import { claimTooLarge } from '../../../src/lib/claim/total-limit';
import { TOTAL_TOO_LARGE } from '../../../src/lib/claim/result-messages';
import { readClaimUrl } from '../../../src/lib/documents/claim-url';
import { requireDay } from '../../../src/lib/date/day';
import { readDocUrl } from '../../../src/lib/documents/url-state';
import { URL_MESSAGES } from '../../../src/lib/documents/messages';
import { checkClaim } from '../../../src/lib/claim/input-check';
import { fromSearchParams } from '../../../src/lib/claim/url-state';

const TODAY = '2026-11-30';
const MAX_RUB = MAX_KOPECKS / 100; // 100 000 000 000 ₽
/** The claim calculator's result for a link, as its page computes it. */
function claimOf(query: string) {
  const input = checkClaim(fromSearchParams(new URLSearchParams(query), TODAY).state, TODAY).input;
  if (!input) throw new Error(`not a usable link: ${query}`);
  return calculateClaim(input);
}
/** Ten invoices of the largest amount a field takes: 1 000 000 000 000 ₽ together. */
const tenMax = Array.from({ length: 10 }, (_, i) => `inv=2026-10-${String(10 + i)}:${MAX_RUB}`).join('&');

describe('the one amount limit', () => {
  it('is 100 000 000 000 ₽, and a field takes exactly that much and not a kopeck more', () => {
    expect(MAX_RUB).toBe(100_000_000_000);
    expect(parseMoney(String(MAX_RUB))).toEqual({ ok: true, value: MAX_KOPECKS });
    expect(parseMoney(`${MAX_RUB},01`)).toEqual({ ok: false, error: 'too-large' });
  });

  it('refuses a claim whose invoices or whose debt with interest add up to more', () => {
    expect(claimTooLarge(claimOf(`debt=${MAX_RUB}&due=2026-11-30&to=2026-11-30`))).toBe(false);
    expect(claimTooLarge(claimOf(`debt=${MAX_RUB}&due=2026-11-30&inv=2026-11-30:0.01&to=2026-11-30`))).toBe(true);
    // One invoice at the limit, with a month's interest: the claim amount is over it.
    expect(claimTooLarge(claimOf(`debt=${MAX_RUB}&due=2026-10-30&to=2026-11-30`))).toBe(true);
    expect(TOTAL_TOO_LARGE).toContain('100\u00a0000\u00a0000\u00a0000,00\u00a0₽');
  });

  it('the documents page refuses invoices adding up to 1 000 000 000 000 ₽ with the debt notice, and builds no claim', () => {
    const params = new URLSearchParams(`doc=claim&debt=${MAX_RUB}&due=2026-10-01&${tenMax}&to=2026-11-30`);
    const read = readDocUrl(params, requireDay(TODAY));
    expect(read.problems).toEqual(['bad-debt']);
    expect(read.debt).toBeNull();
    expect(readClaimUrl(params, TODAY)).toBeNull();
    expect(URL_MESSAGES['bad-debt']).toContain('проверьте их в калькуляторе');
    // At the limit the debt is read as usual.
    const ok = readDocUrl(new URLSearchParams(`doc=claim&debt=${MAX_RUB}&due=2026-10-01`), requireDay(TODAY));
    expect(ok.problems).toEqual([]);
    expect(ok.debt?.invoices[0]?.amount).toBe(MAX_KOPECKS);
  });
});
