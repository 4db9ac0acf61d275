import { describe, expect, it } from 'vitest';
import { addCase, activeCase, setPart, setProfile } from '../../../src/lib/case/actions';
import { foldDocuments, hasText } from '../../../src/lib/case/legacy';
import { emptyState } from '../../../src/lib/case/stored-state';
import { plain } from './fixtures';

const OLD = JSON.stringify({
  version: 1,
  me: { kind: 'company', name: 'ООО «Лютик»', inn: '7707083893', bank: { bik: '044525225' } },
  debtor: { kind: 'company', name: 'ООО «Ромашка»' },
  details: { contractNo: '15' },
  recon: { opening: '', from: '', to: '', lines: [{ date: '2026-10-01', doc: 'Акт 1', amount: '100', side: 'debit' }] },
});

describe('the documents’ old store folds into the case store', () => {
  it('makes a case for the client when there is none, and the user’s details the profile', () => {
    const s = foldDocuments(emptyState(), OLD, 5)!;
    const [, c] = activeCase(s)!;
    expect(c.client).toBe('ООО «Ромашка»');
    expect(plain(c.parts.details?.value)).toEqual({ contractNo: '15' });
    expect(plain(c.parts.recon?.value)).toMatchObject({ lines: [{ doc: 'Акт 1', amount: '100' }] });
    expect(plain(s.profile?.value)).toMatchObject({ name: 'ООО «Лютик»', bank: { bik: '044525225' } });
  });
  it('fills the active case where it has nothing, and never overwrites what the case or profile holds', () => {
    let s = addCase(emptyState(), 'c1', 1, { client: 'ИП Петров' });
    s = setPart(s, 'c1', 'details', { contractNo: '99' }, 2);
    s = setProfile(s, { name: 'Моя компания' }, 3);
    const folded = foldDocuments(s, OLD, 5)!;
    const c = folded.cases['c1']!;
    expect(c.client).toBe('ИП Петров');
    expect(plain(c.parts.details?.value)).toEqual({ contractNo: '99' });
    expect(plain(c.parts.debtor?.value)).toMatchObject({ name: 'ООО «Ромашка»' });
    expect(plain(folded.profile?.value)).toEqual({ name: 'Моя компания' });
  });
  it('leaves the state alone for text that is not the documents’ data', () => {
    expect(foldDocuments(emptyState(), 'not json', 5)).toBeNull();
    expect(foldDocuments(emptyState(), '[1,2]', 5)).toBeNull();
    expect(Object.keys(foldDocuments(emptyState(), '{"version":2}', 5)!.cases)).toEqual([]);
  });
  it('counts a choice left at its default as no text', () => {
    expect(hasText({ kind: 'company', name: '' })).toBe(false);
    expect(hasText({ kind: 'company', name: ' x ' })).toBe(true);
  });
  it('counts the form’s 10 days to pay, left as they are, as no text: the user’s own details alone make no case', () => {
    expect(hasText({ payDays: '10', contractNo: '' })).toBe(false);
    expect(hasText({ payDays: '15', contractNo: '' })).toBe(true);
    const mine = JSON.stringify({
      version: 2,
      me: { kind: 'company', name: 'ООО «Лютик»' },
      details: { payDays: '10' },
    });
    const s = foldDocuments(emptyState(), mine, 5)!;
    expect(Object.keys(s.cases)).toEqual([]);
    expect(plain(s.profile?.value)).toMatchObject({ name: 'ООО «Лютик»' });
  });
});
