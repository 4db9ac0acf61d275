import { describe, expect, it } from 'vitest';
import { pendingQuery, queryAfterLoad } from '../../../src/lib/site/reload-query';

const ENTRY = '8f14e45f-ceea-467f-a0e6-f8d1c2c4a1b3';
const saved = pendingQuery(ENTRY, 'debt=204444');

describe('a reload finds the query the page had when it was left', () => {
  it('takes the pending query when the reload loads the entry it was kept for', () => {
    expect(queryAfterLoad(saved, ENTRY, 'debt=20444', 'reload')).toBe('debt=204444');
  });

  it('also for a tool opened plainly, whose address had no query yet, in a browser without the Navigation API', () => {
    expect(queryAfterLoad(pendingQuery('/calculator/', 'amount=5'), '/calculator/', '', 'reload')).toBe('amount=5');
  });

  it('keeps the address on any other load, or in another entry', () => {
    for (const type of ['navigate', 'back_forward', 'prerender', undefined])
      expect(queryAfterLoad(saved, ENTRY, 'debt=20444', type)).toBe('debt=20444');
    expect(queryAfterLoad(saved, 'another-entry', 'debt=1', 'reload')).toBe('debt=1');
  });

  it('keeps the address when nothing or something else is stored', () => {
    for (const other of [null, '', ENTRY, `{"from":"${ENTRY}","to":"debt=7"}`])
      expect(queryAfterLoad(other, ENTRY, 'debt=20444', 'reload')).toBe('debt=20444');
  });
});
