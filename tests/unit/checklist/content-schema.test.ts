import { describe, expect, it } from 'vitest';
import raw from '../../../content/checklists/checklist.json';
import { flattenItems, parseChecklist } from '../../../src/lib/checklist/content-schema';
import { checklistSearchDocs } from '../../../src/lib/checklist/search-docs';

const clone = (): typeof raw => structuredClone(raw);

describe('parseChecklist', () => {
  it('accepts the real file and tags every item with its phase', () => {
    const phases = parseChecklist(raw);
    const items = flattenItems(phases);
    expect(items.length).toBeGreaterThanOrEqual(17);
    expect(items.every((i) => phases.find((p) => p.id === i.phase)?.title === i.phaseTitle)).toBe(true);
  });

  it('refuses a file without a contract id, naming the id', () => {
    const data = clone();
    data.phases[0]!.items = data.phases[0]!.items.filter((i) => i.id !== 'gather-acts');
    expect(() => parseChecklist(data)).toThrow(/gather-acts/);
  });

  it('refuses a duplicate id', () => {
    const data = clone();
    data.phases[1]!.items.push({ ...data.phases[1]!.items[0]! });
    expect(() => parseChecklist(data)).toThrow(/повторяется id «find-reason»/);
  });

  it('names the bad item by its id and field', () => {
    const data = clone();
    data.phases[2]!.items[1]!.hint = 'коротко';
    expect(() => parseChecklist(data, 'x.json')).toThrow(
      /x\.json[\s\S]*phases\[2\] \(after\)\.items\[1\] \(log-contact\)\.hint/,
    );
  });

  it('refuses a guide link that is not a guide section', () => {
    const data = clone();
    data.phases[0]!.items[0]!.guide.href = 'https://example.com/';
    expect(() => parseChecklist(data)).toThrow(/guide\.href/);
  });

  it('refuses unknown fields and a non-object', () => {
    const data = clone() as unknown as { phases: { extra?: number }[] };
    data.phases[0]!.extra = 1;
    expect(() => parseChecklist(data)).toThrow();
    expect(() => parseChecklist(null)).toThrow(/файл/);
  });
});

describe('checklistSearchDocs', () => {
  const items = flattenItems(parseChecklist(raw));
  const docs = checklistSearchDocs(items);

  it('gives one checklist document per item, deep-linking to the item', () => {
    expect(docs).toHaveLength(items.length);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    const court = docs.find((d) => d.id === 'check:court');
    expect(court).toMatchObject({ kind: 'checklist', url: '/checklist/#court', context: 'Чек-лист › Если не платит' });
    expect(court?.text.length).toBeGreaterThan(20);
  });
});
