import { describe, expect, it } from 'vitest';
import { MARK_NOTES as ROUTE_NOTES } from '../../../src/lib/claim/result-messages';
import { MARK_SUFFIX } from '../../../src/lib/documents/notes';
import { legalFactFooter } from '../../../src/lib/legal/legal-fact';
import { MARK_NOTES } from '../../../src/lib/legal/marks';

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
