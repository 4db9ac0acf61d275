import { describe, expect, it } from 'vitest';
import { MARK_NOTES as ROUTE_NOTES } from '../../../src/lib/claim/result-messages';
import { MARK_SUFFIX } from '../../../src/lib/documents/notes';
import { legalFactFooter } from '../../../src/lib/legal/legal-fact';
import { MARK_NOTES, blockCheck } from '../../../src/lib/legal/marks';
import { SECONDARY_RESULT_FLAG, SECONDARY_ROW_MARK } from '../../../src/lib/claim/result-messages';
import { KEY_RATE_CHECK } from '../../../src/lib/money/key-rate-notes';

describe('what a reader sees after a marked legal figure', () => {
  it('says nothing for [C], where to check for [C2], to check the current wording for [L]', () => {
    expect(MARK_NOTES.C).toBe('');
    expect(MARK_NOTES.C2).toContain('pravo.gov.ru');
    expect(MARK_NOTES.L).toBe('Проверьте действующую редакцию.');
  });
  it.each(['C', 'C2', 'L'] as const)('[%s] reads the same in the claim route and in the documents’ notes', (mark) => {
    expect(ROUTE_NOTES[mark]).toBe(MARK_NOTES[mark]);
    expect(MARK_SUFFIX[mark]).toBe(MARK_NOTES[mark]);
  });
  it('a guide’s [L] fact asks for the same check', () => {
    const footer = legalFactFooter({ source: 'ГК РФ ст. 165.1', asOf: '2026-11-30', checkEdition: true });
    expect(footer.checks).toEqual([MARK_NOTES.L]);
  });
});

describe('a block says its check once', () => {
  it('none for [C] facts, [L]’s for [L], the where-to-check of [C2] when any fact is [C2]', () => {
    expect(blockCheck([])).toBe('');
    expect(blockCheck(['C', 'C'])).toBe('');
    expect(blockCheck(['C', 'L', 'L'])).toBe(MARK_NOTES.L);
    expect(blockCheck(['L', 'C2', 'C'])).toBe(MARK_NOTES.C2);
  });
  it('a result with secondary-source rates says so once, with where to check as the last sentence; the table only points to it', () => {
    expect(SECONDARY_RESULT_FLAG.match(/вторичн/g)).toHaveLength(1);
    expect(SECONDARY_RESULT_FLAG.endsWith(` ${KEY_RATE_CHECK}`)).toBe(true);
    expect(SECONDARY_ROW_MARK).not.toMatch(/вторичн|верьте/);
  });
});
