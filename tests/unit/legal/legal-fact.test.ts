import { describe, expect, it } from 'vitest';
import { legalFactFooter } from '../../../src/lib/legal/legal-fact';

describe('legalFactFooter', () => {
  it('shows the source and the as-of date as a reader reads it', () => {
    const f = legalFactFooter({ source: ' ГК РФ ст. 196 ', asOf: '2026-11-30' }, '2026-11-30');
    expect(f).toEqual({ source: 'ГК РФ ст. 196', asOf: '2026-11-30', asOfText: '30.11.2026', checks: [] });
  });

  it('asks the reader to check the current wording for an [L] fact and says where to check a [C2] one', () => {
    const l = legalFactFooter({ source: 'АПК РФ ст. 229.2', asOf: '2026-11-30', checkEdition: true }, '2026-11-30');
    expect(l.checks).toEqual(['Проверьте действующую редакцию.']);
    const c2 = legalFactFooter(
      { source: 'НК РФ ст. 333.21 п. 1 пп. 3', asOf: '2026-11-30', checkAt: 'сайт арбитражного суда' },
      '2026-11-30',
    );
    expect(c2.checks).toEqual(['Где сверить: сайт арбитражного суда.']);
  });

  it.each([
    [{ source: '', asOf: '2026-11-30' }, /source is empty/],
    [{ source: 'ГК РФ ст. 196', asOf: '30.11.2026' }, /not a YYYY-MM-DD date/],
    [{ source: 'ГК РФ ст. 196', asOf: '2026-02-31' }, /not a YYYY-MM-DD date/],
    [{ source: 'ГК РФ ст. 196', asOf: '2026-12-01' }, /after the site's facts check 2026-11-30/],
    [{ source: 'ГК РФ ст. 196', asOf: '2026-11-30', checkAt: ' ' }, /checkAt is empty/],
  ])('refuses %o', (input, message) => {
    expect(() => legalFactFooter(input, '2026-11-30')).toThrow(message);
  });
});
