/**
 * The parties' parts each document must hold (src/lib/legal/party-requirements.ts, named by the table's rows):
 * every required part is in the text or in the «Не заполнено» list, for every document and kind of party; a
 * party switched to another kind is named by that kind's fields alone; a citizen debtor's court-order
 * application states the date and place of birth and an identifier, or that the identifier is unknown.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/documents/build';
import { DOC_IDS, DOCS, type DocId } from '../../../src/lib/documents/catalog';
import {
  emptyParty,
  ID_KINDS,
  PARTY_KINDS,
  type DocInput,
  type Party,
  type PartyKind,
} from '../../../src/lib/documents/inputs';
import { partyGaps as gapsOf } from '../../../src/lib/documents/party-parts';
import { renderText } from '../../../src/lib/documents/render-text';
import { IF_KNOWN, PARTY_RULES, type PartyPart } from '../../../src/lib/legal/party-requirements';
import { fullInput } from './fixtures';

type Side = 'me' | 'debtor';

/** Every field of each kind of party, filled, with values no other field or party shares. */
function full(side: Side, kind: PartyKind): Party {
  const mine = side === 'me';
  const names: Record<PartyKind, [string, string]> = {
    company: ['ООО «Лютик»', 'ООО «Ромашка»'],
    ip: ['ИП Петров Пётр Петрович', 'ИП Сидоров Олег Олегович'],
    person: ['Кузнецова Анна Ильинична', 'Орлова Вера Павловна'],
  };
  return {
    ...emptyParty(kind),
    name: names[kind][mine ? 0 : 1],
    inn: kind === 'company' ? (mine ? '7707083893' : '7702070139') : mine ? '500100732259' : '771234567890',
    ogrn:
      kind === 'company' ? (mine ? '1027700132195' : '1027739609391') : mine ? '304500116000157' : '312774600000011',
    address: mine ? 'г. Москва, ул. Первая, д. 1' : 'г. Тверь, ул. Вторая, д. 2',
    position: kind === 'company' ? (mine ? 'Президент' : 'Управляющий') : '',
    signer: kind === 'company' ? (mine ? 'Смирнова Анна Сергеевна' : 'Иванов Иван Иванович') : '',
    phone: mine ? '+7 900 000-00-00' : '',
    email: mine ? 'me@example.com' : '',
    birthDate: kind === 'company' ? '' : mine ? '1980-02-01' : '1975-06-05',
    birthPlace: kind === 'company' ? '' : mine ? 'г. Курск' : 'г. Тула',
    workPlace: kind === 'person' && !mine ? 'АО «Завод»' : '',
    idKind: kind === 'person' ? (mine ? 'snils' : 'passport') : '',
    idNumber: kind === 'person' ? (mine ? '112-233-445 95' : '4506 123456') : '',
  };
}

/** What the text shows of a part when it is filled (a surname may be declined: its stem). */
function shown(p: Party, part: PartyPart): string {
  const stem = (name: string) =>
    name
      .replace(/^ИП\s+/, '')
      .split(' ')[0]!
      .slice(0, 5);
  const values: Record<PartyPart, string> = {
    name: p.kind === 'company' ? p.name : stem(p.name),
    birthDate: p.birthDate.split('-').reverse().join('.'),
    birthPlace: p.birthPlace,
    address: p.address,
    workPlace: p.workPlace,
    inn: p.inn,
    ogrn: p.ogrn,
    identifier: p.idNumber,
    position: p.position.slice(1, 6),
    signer: stem(p.signer),
  };
  return values[part];
}

/** The fields a part is made of: emptying them empties the part. */
const FIELDS: Record<PartyPart, (keyof Party)[]> = {
  name: ['name'],
  birthDate: ['birthDate'],
  birthPlace: ['birthPlace'],
  address: ['address'],
  workPlace: ['workPlace'],
  inn: ['inn'],
  ogrn: ['ogrn'],
  identifier: ['idKind', 'idNumber'],
  position: ['position'],
  signer: ['signer'],
};
const without = (p: Party, part: PartyPart): Party => ({
  ...p,
  ...Object.fromEntries(FIELDS[part].map((f) => [f, ''])),
});

const input = (me: Party, debtor: Party): DocInput => ({ ...fullInput(), me, debtor });
const text = (id: DocId, i: DocInput): string => renderText(buildDocument(id, i));
/** The gaps of document `id` for the input, by the rule its row names (as the page asks). */
const partyGaps = (id: DocId, i: Pick<DocInput, 'me' | 'debtor'>) => gapsOf(DOCS[id].parties, i);
const rule = (id: DocId) => PARTY_RULES[DOCS[id].parties];
const required = (id: DocId, side: Side, me: PartyKind, debtor: PartyKind): readonly PartyPart[] =>
  rule(id)[side === 'me' ? 'creditor' : 'debtor'][side === 'me' ? me : debtor];

const COMBOS = DOC_IDS.flatMap((id) =>
  PARTY_KINDS.flatMap((me) => PARTY_KINDS.map((debtor) => [id, me, debtor] as const)),
);

describe('every required part of each party is in the text or in the missing list', () => {
  it.each(COMBOS)('%s, creditor %s, debtor %s: filled parts are printed, none missing', (id, me, debtor) => {
    const i = input(full('me', me), full('debtor', debtor));
    const t = text(id, i);
    expect(partyGaps(id, i).missing).toEqual([]);
    for (const side of ['me', 'debtor'] as const)
      for (const part of required(id, side, me, debtor)) expect(t, `${side}.${part}`).toContain(shown(i[side], part));
  });

  it.each(COMBOS)('%s, creditor %s, debtor %s: each empty part is listed, by party', (id, me, debtor) => {
    for (const side of ['me', 'debtor'] as const)
      for (const part of required(id, side, me, debtor)) {
        const i = input(full('me', me), full('debtor', debtor));
        const emptied = { ...i, [side]: without(i[side], part) };
        const { missing } = partyGaps(id, emptied);
        if (IF_KNOWN.includes(part)) {
          expect(missing, `${side}.${part}`).toEqual([]);
          expect(text(id, emptied)).not.toContain('место работы');
        } else {
          expect(missing, `${side}.${part}`).toHaveLength(1);
          expect(missing[0]).toMatch(side === 'me' ? /^ваши данные — / : /^клиент — /);
        }
      }
  });

  it.each(COMBOS)('%s, creditor %s, debtor %s: empty parties list every required part', (id, me, debtor) => {
    const empty = input(emptyParty(me), emptyParty(debtor));
    const doc = partyGaps(id, empty);
    const listed = doc.missing.join('; ');
    for (const side of ['me', 'debtor'] as const) {
      const parts = required(id, side, me, debtor).filter((p) => !IF_KNOWN.includes(p));
      expect(parts.length).toBeGreaterThan(0);
      expect(listed).toContain(side === 'me' ? 'ваши данные — ' : 'клиент — ');
    }
    expect(doc.asks).toEqual({ me: required(id, 'me', me, debtor), debtor: required(id, 'debtor', me, debtor) });
  });
});

describe('the court-order application follows the law for each debtor', () => {
  it('names the court the rule names: arbitration (АПК РФ ст. 229.3) for a company or an ИП, a magistrate (ГПК РФ ст. 124) for a person', () => {
    for (const kind of PARTY_KINDS) {
      const law = rule('court-order').law?.[kind];
      const toMagistrate = text('court-order', input(full('me', 'company'), full('debtor', kind))).includes(
        'Мировому судье',
      );
      expect(law?.source).toBe(toMagistrate ? 'ГПК РФ ст. 124 ч. 2' : 'АПК РФ ст. 229.3 ч. 2');
      expect(law?.mark).toBe('L');
    }
  });

  it('requires of a citizen debtor the date and place of birth, the residence and one identifier; of an ИП debtor the ОГРНИП and ИНН', () => {
    expect(rule('court-order').debtor.person).toEqual(
      expect.arrayContaining(['name', 'birthDate', 'birthPlace', 'address', 'identifier', 'workPlace']),
    );
    expect(rule('court-order').debtor.ip).toEqual(
      expect.arrayContaining(['name', 'birthDate', 'birthPlace', 'address', 'ogrn', 'inn']),
    );
    expect(rule('court-order').debtor.company).toEqual(expect.arrayContaining(['name', 'address', 'inn', 'ogrn']));
  });

  it('states a citizen debtor’s birth, residence, place of work and identifier of each kind', () => {
    const debtor = full('debtor', 'person');
    const line = (p: Party) =>
      text('court-order', input(full('me', 'company'), p))
        .split('\n')
        .find((l) => l.startsWith('Должник:'));
    expect(line(debtor)).toBe(
      'Должник: Орлова Вера Павловна, дата рождения: 05.06.1975, место рождения: г. Тула, паспорт: серия и номер 4506 123456, место жительства: г. Тверь, ул. Вторая, д. 2, место работы: АО «Завод».',
    );
    for (const idKind of ID_KINDS) {
      const l = line({ ...debtor, idKind, idNumber: '99 12 345678' });
      if (idKind === 'unknown') expect(l).toContain('взыскателю неизвестны');
      else if (idKind === 'inn') expect(l).toContain(`ИНН ${debtor.inn}`);
      else expect(l).toContain('99 12 345678');
    }
    expect(line({ ...debtor, idKind: '' })).toContain('[СНИЛС, ИНН или серия и номер паспорта]');
  });

  it('takes «неизвестен» only for the debtor: the creditor knows their own identifier', () => {
    const me = { ...full('me', 'person'), idKind: 'unknown' as const };
    const debtor = { ...full('debtor', 'person'), idKind: 'unknown' as const };
    expect(partyGaps('court-order', input(me, debtor)).missing).toEqual([
      'ваши данные — СНИЛС, паспорт или другой идентификатор',
    ]);
    expect(text('court-order', input(me, debtor))).toContain(
      'Взыскатель: Кузнецова Анна Ильинична, дата рождения: 01.02.1980',
    );
  });

  it('lists what a court-order application lacks in plain words', () => {
    expect(partyGaps('court-order', input(full('me', 'company'), emptyParty('person'))).missing).toEqual([
      'клиент — фамилия, имя, отчество, дата рождения, место рождения, место жительства, СНИЛС, паспорт или другой идентификатор',
    ]);
  });
});

describe('a party is one whole: switching its kind leaves nothing of the other kind', () => {
  /** What the form shows for a kind (PartyFieldset): a document reads these fields and no others. */
  const OWN: Record<PartyKind, (keyof Party)[]> = {
    company: ['name', 'inn', 'ogrn', 'address', 'position', 'signer'],
    ip: ['name', 'inn', 'ogrn', 'address', 'birthDate', 'birthPlace'],
    person: ['name', 'inn', 'address', 'birthDate', 'birthPlace', 'workPlace', 'idKind', 'idNumber'],
  };
  const COMMON: (keyof Party)[] = ['phone', 'email', 'bank'];
  /** The party as if typed afresh with the new kind: only that kind's fields kept. */
  const fresh = (p: Party): Party => {
    const out = emptyParty(p.kind) as unknown as Record<string, unknown>;
    for (const f of [...OWN[p.kind], ...COMMON]) out[f] = p[f];
    return out as unknown as Party;
  };
  /** A party with every field filled, whatever its kind. */
  const everything = (side: Side): Party => ({
    ...full(side, 'person'),
    position: 'Управляющий',
    signer: 'Шевчук Лариса Петровна',
    ogrn: '1027739609391',
  });
  const SWITCHES = DOC_IDS.flatMap((id) =>
    (['me', 'debtor'] as const).flatMap((side) =>
      PARTY_KINDS.flatMap((from) => PARTY_KINDS.filter((to) => to !== from).map((to) => [id, side, from, to] as const)),
    ),
  );

  it.each(SWITCHES)('%s: %s switched from %s to %s reads as if typed afresh', (id, side, from, to) => {
    const before = { ...everything(side), kind: from };
    const switched = { ...before, kind: to };
    const base = input(full('me', 'company'), full('debtor', 'company'));
    const asSwitched = { ...base, [side]: switched };
    const asFresh = { ...base, [side]: fresh(switched) };
    expect(text(id, asSwitched)).toBe(text(id, asFresh));
    expect(partyGaps(id, asSwitched)).toEqual(partyGaps(id, asFresh));
    if (to !== 'company') expect(text(id, asSwitched)).not.toContain('Шевчук');
  });

  it('the debtor switched from a company to an ИП is addressed as the ИП, not as the company’s head', () => {
    const company: Party = { ...full('debtor', 'company'), signer: 'Шевчук Лариса Петровна' };
    const t0 = text('claim', input(full('me', 'company'), company));
    expect(t0).toMatch(/Шевчук Л\.\s+П\./u);
    const debtor: Party = { ...company, name: 'ИП Сидоров Олег Олегович', kind: 'ip' };
    const t = text('claim', input(full('me', 'company'), debtor));
    expect(t).toMatch(/Индивидуальному предпринимателю\nСидорову О\.\s+О\./u);
    expect(t).not.toMatch(/Шевчук|Управляющ/);
  });
});
