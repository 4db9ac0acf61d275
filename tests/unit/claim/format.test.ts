import { describe, expect, it } from 'vitest';
import { dayRate } from '../../../src/lib/claim/format';
import { checkClaim } from '../../../src/lib/claim/input-check';
import { defaultState } from '../../../src/lib/claim/url-state';

describe('claim dates', () => {
  const TODAY = '2026-11-30';
  const ok = { ...defaultState(TODAY), debt: '100 000', kind: 'penalty' as const, penalty: '0,1' };

  it.each([
    ['31.12.1899', 'date'],
    ['01.01.1900', undefined],
    ['1900-01-01', undefined],
    ['29.02.1900', 'date'],
    ['29.02.2000', undefined],
    ['31.12.2199', 'due-after-end'],
    ['01.01.2200', 'date'],
    ['0201-01-01', 'date'],
  ])('a due date of %s: %s', (due, error) => {
    expect(checkClaim({ ...ok, due, to: TODAY }, TODAY).errors['due']).toBe(error);
  });

  it('the end date may be up to a year after today', () => {
    expect(checkClaim({ ...ok, due: '01.10.2026', to: '01.12.2027' }, TODAY).errors['to']).toBeUndefined();
    expect(checkClaim({ ...ok, due: '01.10.2026', to: '02.12.2027' }, TODAY).errors['to']).toBe('end-too-far');
  });
});

describe('writing rates', () => {
  it('writes a penalty rate per day', () => {
    expect([1000, 533, 10_000, 15_000, 1].map(dayRate)).toEqual([
      '0,1\u00a0%',
      '0,0533\u00a0%',
      '1\u00a0%',
      '1,5\u00a0%',
      '0,0001\u00a0%',
    ]);
  });
});

describe('search documents', () => {
  it('point at the page and its method section', async () => {
    const { claimSearchDocs } = await import('../../../src/lib/claim/search-docs');
    expect(claimSearchDocs().map((d) => d.url)).toEqual(['/claim/', '/claim/#kak-schitaetsya']);
  });
});
