import { describe, expect, it } from 'vitest';
import { rateTableNote } from '../../../src/lib/claim/rate-note';
import { SECONDARY_RATE_NOTE } from '../../../src/lib/claim/result-messages';

const table = (confirmed: boolean) => ({
  checked: '2026-11-30',
  rates: [
    { from: '2026-06-09', bp: 2000, confirmed: true },
    { from: '2026-10-27', bp: 1650, confirmed },
  ],
});

describe('the note above the user’s own key rates', () => {
  it('names the last rate, its date and the day the table was checked', () => {
    const note = rateTableNote(table(true));
    expect(note).toContain('16,5\u00a0% с 27.10.2026');
    expect(note).toContain('таблица сверена 30.11.2026');
    expect(note).not.toContain(SECONDARY_RATE_NOTE);
  });

  it('flags a last rate known from secondary sources, with where to check it', () => {
    expect(rateTableNote(table(false))).toContain(`(${SECONDARY_RATE_NOTE})`);
  });

  it('refuses an empty table', () => {
    expect(() => rateTableNote({ checked: '2026-11-30', rates: [] })).toThrow(/empty/);
  });
});
