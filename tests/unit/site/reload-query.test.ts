import { describe, expect, it } from 'vitest';
import { pendingQuery, queryAfterLoad } from '../../../src/lib/site/reload-query';

const saved = pendingQuery('/claim/?debt=20444', 'debt=204444');

describe('a reload finds the query the page had when it was left', () => {
  it('takes the pending query when the reload loads the address it replaced', () => {
    expect(queryAfterLoad(saved, '/claim/?debt=20444', 'debt=20444', 'reload')).toBe('debt=204444');
  });

  it('also for a tool opened plainly, whose address had no query yet', () => {
    expect(queryAfterLoad(pendingQuery('/calculator/', 'amount=5'), '/calculator/', '', 'reload')).toBe('amount=5');
  });

  it('keeps the address on any other load, on another page, or at another address', () => {
    for (const type of ['navigate', 'back_forward', 'prerender', undefined])
      expect(queryAfterLoad(saved, '/claim/?debt=20444', 'debt=20444', type)).toBe('debt=20444');
    expect(queryAfterLoad(saved, '/calculator/?debt=20444', 'debt=20444', 'reload')).toBe('debt=20444');
    expect(queryAfterLoad(saved, '/claim/?debt=1', 'debt=1', 'reload')).toBe('debt=1');
  });

  it('keeps the address when nothing or something else is stored', () => {
    for (const other of [null, '', '/claim/?debt=20444', '{"from":"/claim/?debt=20444","to":"debt=7"}'])
      expect(queryAfterLoad(other, '/claim/?debt=20444', 'debt=20444', 'reload')).toBe('debt=20444');
  });
});
