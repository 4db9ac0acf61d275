import { describe, expect, it } from 'vitest';
import { queryAfterLoad, type Pending } from '../../../src/lib/site/reload-query';

const left: Pending = { path: '/claim/', from: 'debt=20444', to: 'debt=204444' };
const saved = JSON.stringify(left);

describe('a reload finds the query the page had when it was left', () => {
  it('takes the pending query when the reload loads the address it replaced', () => {
    expect(queryAfterLoad(saved, '/claim/', 'debt=20444', 'reload')).toBe('debt=204444');
  });

  it('also for a tool opened plainly, whose address had no query yet', () => {
    const plain = JSON.stringify({ path: '/calculator/', from: '', to: 'amount=5' });
    expect(queryAfterLoad(plain, '/calculator/', '', 'reload')).toBe('amount=5');
  });

  it('keeps the address on any other load, another page, or another address', () => {
    for (const type of ['navigate', 'back_forward', 'prerender', undefined])
      expect(queryAfterLoad(saved, '/claim/', 'debt=20444', type)).toBe('debt=20444');
    expect(queryAfterLoad(saved, '/calculator/', 'debt=20444', 'reload')).toBe('debt=20444');
    expect(queryAfterLoad(saved, '/claim/', 'debt=1', 'reload')).toBe('debt=1');
  });

  it('keeps the address when nothing or something unreadable is stored', () => {
    for (const bad of [null, '', '{', 'null', '42', '{"path":"/claim/","from":"debt=20444","to":7}'])
      expect(queryAfterLoad(bad, '/claim/', 'debt=20444', 'reload')).toBe('debt=20444');
  });
});
