import { describe, expect, it } from 'vitest';
import { rateTableNote } from '../../../src/lib/claim/rate-note';
import { KEY_RATE_CHECK, SECONDARY_SOURCE } from '../../../src/lib/money/key-rate-notes';

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
    expect(note).not.toContain(SECONDARY_SOURCE);
  });

  it('flags a last rate known from secondary sources once, and says where to check it as its last sentence', () => {
    const note = rateTableNote(table(false));
    expect(note).toContain(`16,5\u00a0% с 27.10.2026 (${SECONDARY_SOURCE})`);
    expect(note.endsWith(` ${KEY_RATE_CHECK}`)).toBe(true);
    expect(note.match(/вторичн/g)).toHaveLength(1);
    expect(note.match(/[Сс]верьте/g)).toHaveLength(1);
    expect(rateTableNote(table(true))).not.toContain(KEY_RATE_CHECK);
  });

  it('refuses an empty table', () => {
    expect(() => rateTableNote({ checked: '2026-11-30', rates: [] })).toThrow(/empty/);
  });
});
