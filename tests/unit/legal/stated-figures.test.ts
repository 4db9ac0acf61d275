import { describe, expect, it } from 'vitest';
import {
  LEGAL_FIGURES,
  markdownPassages,
  staleFigures,
  statedFigures,
  type LegalFigures,
  type Passage,
} from '../../../src/lib/legal/stated-figures';

/** The site's figures with the arbitration court-order limit raised to 800 000 ₽, as a new law might. */
function withArbitrationOrder(rubles: number): LegalFigures {
  const f = structuredClone(LEGAL_FIGURES);
  f.limits.arbitration.order.limit = rubles * 100;
  return f;
}

const PAGE = `---
title: "Суд: приказ, упрощённое производство или иск"
description: "Когда хватит судебного приказа и сколько стоит госпошлина."
---
import LegalFact from '../../src/components/mdx/LegalFact.astro';

## Пороги по сумме

<LegalFact source="АПК РФ ст. 229.2; ГПК РФ ст. 121" asOf="2026-11-30" checkEdition>

| Путь | Арбитражный суд (АПК РФ) | Суд общей юрисдикции (ГПК РФ) |
|---|---|---|
| Судебный приказ | до 750 000 ₽ | до 500 000 ₽ |

</LegalFact>

Пример. Компания должна вам 730 000 ₽, и по договору вы требуете ещё 40 000 ₽ неустойки.
`;

const DOCUMENT: Passage = {
  where: 'document court-order (company)',
  text: 'Требование основано на договоре, сумма требования не превышает 750 000 рублей (статья 229.2 Арбитражного процессуального кодекса РФ).',
  context: ['Заявление о выдаче судебного приказа', 'В Арбитражный суд города Москвы'],
};

describe('a figure changed in the table fails every text that states the old one', () => {
  const passages = [...markdownPassages('content/guide/sud.mdx', PAGE), DOCUMENT];

  it('with the site’s table the page and the document agree', () => {
    expect(staleFigures(passages)).toEqual([]);
    expect(statedFigures(passages).map((s) => [s.where, s.figure, s.stated])).toEqual([
      ['content/guide/sud.mdx:13', 'limits.arbitration.order', '750 000 ₽'],
      ['content/guide/sud.mdx:13', 'limits.general.order', '500 000 ₽'],
      ['document court-order (company)', 'limits.arbitration.order', '750 000 ₽'],
    ]);
  });

  it('with an injected table of 800 000 ₽ the page’s cell and the document are reported, the other court’s cell is not', () => {
    const stale = staleFigures(passages, withArbitrationOrder(800_000));
    expect(stale.map((s) => [s.where, s.stated, s.expected])).toEqual([
      ['content/guide/sud.mdx:13', '750 000 ₽', '800 000 ₽'],
      ['document court-order (company)', '750 000 ₽', '800 000 ₽'],
    ]);
  });
});

describe('which figure an amount states', () => {
  const one = (text: string, context: string[] = []) => statedFigures([{ where: 'x', text, context }]);
  const figures = (text: string, context?: string[]) => one(text, context).map((s) => `${s.figure} = ${s.stated}`);

  it('a limit: by the nearest procedure and court or debtor, in the clause first', () => {
    expect(
      figures(
        'Упрощённое производство в арбитражном суде — по искам к юридическому лицу до 1 200 000 ₽, к индивидуальному предпринимателю до 600 000 ₽.',
      ),
    ).toEqual(['limits.arbitration.simplifiedCompany = 1 200 000 ₽', 'limits.arbitration.simplifiedIp = 600 000 ₽']);
    expect(
      figures('Упрощённое производство | до 1 200 000 ₽, если ответчик — компания; до 600 000 ₽, если ответчик — ИП'),
    ).toEqual(['limits.arbitration.simplifiedCompany = 1 200 000 ₽', 'limits.arbitration.simplifiedIp = 600 000 ₽']);
    expect(figures('Мировой судья выдаёт судебный приказ при сумме требования до 500 000 ₽.')).toEqual([
      'limits.general.order = 500 000 ₽',
    ]);
  });

  it('a limit: the court from what surrounds the text when the sentence does not name it', () => {
    expect(figures('Сумма требования больше 750 000 ₽: судебный приказ не подходит.', ['В Арбитражный суд'])).toEqual([
      'limits.arbitration.order | limits.arbitration.simplifiedCompany | limits.arbitration.simplifiedIp = 750 000 ₽',
    ]);
    expect(figures('Сумма требования больше 750 000 ₽: судебный приказ не подходит.')).toEqual([]);
  });

  it('«больше X» on a procedure may be another procedure’s limit of the same court, «до X» may not', () => {
    const f = (text: string) => one(text, ['Частное лицо: иск в упрощённом порядке']).map((s) => s.ok);
    expect(f('Должник — частное лицо, требования до 250 000 ₽ или больше 500 000 ₽ по документам.')).toEqual([
      true,
      true,
    ]);
    expect(f('Должник — частное лицо, требования до 500 000 ₽.')).toEqual([false]);
  });

  it('an amount that is no limit, or no limit of a procedure, states no figure', () => {
    expect(figures('Компания должна вам 730 000 ₽, и вы требуете ещё 40 000 ₽ неустойки.')).toEqual([]);
    expect(figures('Дело о банкротстве гражданина — при долге не меньше 500 000 ₽.')).toEqual([]);
    expect(figures('до 100 000 ₽ | 4 000 ₽')).toEqual([]);
  });

  it('the court-order duty: its share and the arbitration minimum; a scale’s rate is not the share', () => {
    expect(
      figures('Госпошлина за судебный приказ в арбитражном суде — 50 % от пошлины за иск, но не меньше 8 000 ₽.'),
    ).toEqual(['duty.arbitration.order.percent = 50 %', 'duty.arbitration.order.min = 8 000 ₽']);
    expect(
      figures('Пошлина за иск на эту сумму была бы 4 000 ₽ + 3 % × 50 000 ₽, а за судебный приказ платят половину.', [
        'ГПК РФ ст. 121',
      ]),
    ).toEqual([]);
  });

  it('a row of a duty scale, by the court its LegalFact names', () => {
    const row = (text: string) => one(text, ['Госпошлина', 'НК РФ ст. 333.21 п. 1 пп. 1'])[0];
    expect(row('от 100 001 до 1 000 000 ₽ | 10 000 ₽ + 5 % суммы свыше 100 000 ₽')?.ok).toBe(true);
    expect(row('от 100 001 до 1 000 000 ₽ | 10 000 ₽ + 4 % суммы свыше 100 000 ₽')).toMatchObject({
      figure: 'duty.arbitration.claim',
      ok: false,
      expected: 'до 1 000 000 ₽: 10 000 ₽ + 5 % суммы свыше 100 000 ₽',
    });
    expect(row('свыше 50 000 000 ₽ | 725 000 ₽ + 0,5 % суммы свыше 50 000 000 ₽, но не более 10 000 000 ₽')?.ok).toBe(
      true,
    );
    expect(row('свыше 50 000 000 ₽ | 725 000 ₽ + 0,5 % суммы свыше 50 000 000 ₽, но не более 9 000 000 ₽')?.ok).toBe(
      false,
    );
    expect(row('от 200 001 до 1 000 000 ₽ | 10 000 ₽ + 5 % суммы свыше 200 000 ₽')?.ok).toBe(false);
  });

  it('terms in days: the claim’s wait, the pause of limitation, the objections; not a term to pay', () => {
    expect(figures('Иск можно подать через 30 календарных дней после отправки претензии.')).toEqual([
      'terms.claimWait = 30 дн.',
    ]);
    expect(figures('Срок давности приостанавливается на время претензии, но не больше чем на 30 дней.')).toEqual([
      'terms.limitationPause = 30 дн.',
    ]);
    expect(figures('Должник может направить возражения в течение 10 дней после получения приказа.')).toEqual([
      'terms.orderObjections = 10 дн.',
    ]);
    expect(
      figures('Требуем в течение 10 календарных дней с даты получения настоящей претензии оплатить долг.'),
    ).toEqual([]);
    expect(figures('Скидка 2 % при оплате в течение 10 дней, иначе полная сумма в течение 30 дней.')).toEqual([]);
  });

  it('a sentence goes on from the one before: «… претензию. Если должник — компания, через 30 дней …»', () => {
    expect(
      figures('Отправьте претензию по адресу из реестра. Если должник — компания, через 30 дней подайте иск.'),
    ).toEqual(['terms.claimWait = 30 дн.']);
  });

  it('terms in years, in figures or words: limitation, its outer bound, the writ; not a year', () => {
    expect(figures('Общий срок исковой давности — три года и не больше 10 лет со дня нарушения.')).toEqual([
      'terms.limitation = 3 г.',
      'terms.limitationMax = 10 г.',
    ]);
    expect(figures('Исполнительный лист можно предъявить к исполнению в течение 3 лет.')).toEqual([
      'terms.writ = 3 г.',
    ]);
    expect(figures('С 2022 года прошло больше трёх лет — проверьте срок исковой давности.')).toEqual([
      'terms.limitation = 3 г.',
    ]);
  });

  it('a stale term is reported with the table’s value', () => {
    expect(one('Иск можно подать через 45 календарных дней после отправки претензии.')[0]).toMatchObject({
      ok: false,
      stated: '45 дн.',
      expected: '30 дн.',
    });
  });
});

describe('reading a guide page', () => {
  it('gives each paragraph, list item and table cell with the LegalFact’s source, heading and title as context', () => {
    const passages = markdownPassages('p.mdx', PAGE);
    expect(passages.find((p) => p.text.includes('до 750 000'))).toEqual({
      where: 'p.mdx:13',
      text: 'Судебный приказ | до 750 000 ₽',
      context: [
        'Арбитражный суд (АПК РФ)',
        'АПК РФ ст. 229.2; ГПК РФ ст. 121',
        'Пороги по сумме',
        'Суд: приказ, упрощённое производство или иск',
      ],
    });
    expect(passages.find((p) => p.text.startsWith('Пример'))?.context).toEqual([
      'Пороги по сумме',
      'Суд: приказ, упрощённое производство или иск',
    ]);
    expect(passages.map((p) => p.text)).toContain('Когда хватит судебного приказа и сколько стоит госпошлина.');
    expect(passages.some((p) => p.text.startsWith('import') || p.text.startsWith('<'))).toBe(false);
  });
});
