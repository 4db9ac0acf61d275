import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNowParam } from '../../../src/lib/checklist/now';
import { fill } from '../../../src/lib/format/fill';

const IDS = ['gather-contract', 'find-reason', 'offer-options', 'court'];

describe('parseNowParam', () => {
  it.each([
    ['?now=find-reason,offer-options', ['find-reason', 'offer-options']],
    ['?now=court,find-reason', ['find-reason', 'court']],
    ['?now=find-reason,nope,,find-reason', ['find-reason']],
    ['?now=%20court%20', ['court']],
    ['?now=court&now=gather-contract', ['gather-contract', 'court']],
    ['?other=1', []],
    ['', []],
    ['?now=', []],
    ['?now=__proto__,constructor', []],
  ])('%s → %j', (search, expected) => expect(parseNowParam(search, IDS)).toEqual(expected));

  it('yields only known ids, each once, in checklist order, for any query', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.constantFrom(...IDS, 'x', '')), (junk, picked) => {
        const result = parseNowParam(`?now=${encodeURIComponent(picked.join(','))}&${junk}`, IDS);
        expect(new Set(result).size).toBe(result.length);
        expect(result.every((id) => IDS.includes(id))).toBe(true);
        expect(result).toEqual(IDS.filter((id) => result.includes(id)));
        for (const id of picked) if (IDS.includes(id)) expect(result).toContain(id);
      }),
    );
  });
});

describe('fill', () => {
  it('puts values into slots and leaves unknown slots alone', () => {
    expect(fill('Сделано: {done} из {total}', { done: 5, total: 17 })).toBe('Сделано: 5 из 17');
    expect(fill('{x} и {y}', { x: 'а' })).toBe('а и {y}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
});
