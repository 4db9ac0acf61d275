import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { focusTarget, shouldFocus } from '../../../src/lib/decision-tree/focus';

const BASE = 'https://example.test/plan/q/money/?a=reason:money';

describe('focusTarget', () => {
  it.each([
    ['/plan/installments/?a=reason:money,money:parts', '/plan/installments/'],
    ['/plan/q/reason/', '/plan/q/reason/'],
    ['https://example.test/plan/q/money/?a=reason:money', '/plan/q/money/'],
  ])('%s → %s', (href, path) => {
    expect(focusTarget(href, BASE)).toBe(path);
  });

  it.each([
    '/plan/',
    '/calculator/?mode=installments',
    '/checklist/?now=listen',
    'https://other.test/plan/q/reason/',
    'http://[bad',
  ])('ignores %s', (href) => {
    expect(focusTarget(href, BASE)).toBeNull();
  });

  it('never throws on any href', () => {
    fc.assert(fc.property(fc.string(), (s) => void focusTarget(s, BASE)));
  });
});

describe('shouldFocus', () => {
  it('focuses only the page the tree navigated to', () => {
    expect(shouldFocus('/plan/installments/', '/plan/installments/')).toBe(true);
    expect(shouldFocus('/plan/installments/', '/plan/discount/')).toBe(false);
    expect(shouldFocus(null, '/plan/installments/')).toBe(false);
  });
});
