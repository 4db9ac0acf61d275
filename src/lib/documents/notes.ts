/**
 * The note above each document: what it is for, when to send it, how to send it so it counts, what to
 * prepare, the guide page, and the legal points it rests on — each with its article and mark from
 * docs/legal-facts.md ([L] points carry «проверьте действующую редакцию» here, never in the document).
 */
import { ARBITRATION_ORDER, GENERAL_ORDER } from '../legal/court-limits';
import { ARBITRATION_ORDER_DUTY, GENERAL_ORDER_DUTY } from '../legal/duty-rates';
import { LEGAL_FACTS_CHECKED } from '../legal/facts-date';
import { MARK_NOTES, type Mark } from '../legal/marks';
import { CLAIM_WAIT, ORDER_OBJECTIONS } from '../legal/terms';
import { limitText, minimumText, shareText, termText, withFigures } from '../legal/wording';
import type { DocId } from './model';

/** A legal point: the statement, its source, and how sure the facts file is ([C], [C2] or [L]). */
export interface LegalPoint {
  text: string;
  source: string;
  mark: Mark;
}

/** The note for one document. */
export interface DocNote {
  purpose: string;
  when: string;
  how: string;
  prepare: readonly string[];
  guide: { href: string; label: string };
  legal: readonly LegalPoint[];
}

/** The date the legal points were checked (docs/legal-facts.md): the site's one facts check. */
export const LEGAL_AS_OF = LEGAL_FACTS_CHECKED;

/** The words added to a point by its mark (the site's one wording). */
export const MARK_SUFFIX = MARK_NOTES;

const SENDING =
  'Отправьте так, чтобы получение можно было доказать: ценным письмом с описью вложения и уведомлением о вручении, через ЭДО или по электронной почте, если так договорились в договоре, или лично под подпись на вашем экземпляре.';

const DELIVERED: LegalPoint = {
  text: 'Письмо считается доставленным, если оно направлено по адресу из ЕГРЮЛ или ЕГРИП, даже если адресат его не получил.',
  source: 'ГК РФ ст. 165.1',
  mark: 'L',
};

/** The notes, by document. */
export const DOC_NOTES: Record<DocId, DocNote> = {
  reminder: {
    purpose:
      'Вежливое напоминание: часто клиент просто забыл или ждёт документы. Письмо фиксирует долг и срок, не портя отношений.',
    when: 'В первые дни после срока оплаты, до претензии. Короткий текст можно отправить в мессенджер или по почте сразу.',
    how: 'По электронной почте или в мессенджере, которым вы пользуетесь в работе с клиентом; сохраните отправленное сообщение.',
    prepare: ['номер и дату договора', 'счета и акты', 'сумму долга и срок оплаты'],
    guide: { href: '/guide/pervye-shagi/', label: 'Первые шаги' },
    legal: [],
  },
  claim: {
    purpose:
      'Официальное требование оплатить долг. Без него нельзя подать иск в арбитражный суд, и оно часто само приводит к оплате.',
    when: withFigures('Когда напоминания не помогли. Дата отправки важна: от неё считаются {wait} до суда.', {
      wait: termText(CLAIM_WAIT, 'days'),
    }),
    how: SENDING,
    prepare: [
      'договор и его номер',
      'счета, акты, накладные',
      'расчёт процентов или неустойки',
      'реквизиты для оплаты',
    ],
    guide: { href: '/guide/pretenziya/', label: 'Претензия' },
    legal: [
      {
        text: withFigures(
          'В арбитражный суд можно обратиться через {wait} после направления претензии, если закон или договор не устанавливают другой срок.',
          { wait: termText(CLAIM_WAIT, 'calendarDays') },
        ),
        source: 'АПК РФ ст. 4 ч. 5',
        mark: 'C',
      },
      {
        text: 'Проценты начисляются по ключевой ставке Банка России, действовавшей в соответствующие периоды, до дня оплаты.',
        source: 'ГК РФ ст. 395 п. 1',
        mark: 'C',
      },
      DELIVERED,
    ],
  },
  installment: {
    purpose:
      'Письменная рассрочка: клиент признаёт долг и обязуется платить по графику. Признание долга начинает срок исковой давности заново.',
    when: 'Когда клиент готов платить, но не сразу. График посчитайте в калькуляторе рассрочки — он попадёт в соглашение.',
    how: 'Подпишите в двух экземплярах — лично или через ЭДО; каждой стороне по экземпляру с подписями.',
    prepare: ['номер и дату договора', 'график платежей из калькулятора', 'реквизиты обеих сторон'],
    guide: { href: '/guide/rassrochka-i-skidka/', label: 'Рассрочка и скидка' },
    legal: [
      {
        text: 'Признание долга, в том числе просьба о рассрочке, прерывает срок исковой давности: он начинается заново.',
        source: 'ГК РФ ст. 203',
        mark: 'C',
      },
    ],
  },
  guarantee: {
    purpose:
      'Письмо, в котором клиент обещает заплатить к дате. Его подписывает клиент; если в нём названа сумма долга, это доказательство признания долга.',
    when: 'Когда клиент обещает оплату на словах — предложите подписать готовый текст.',
    how: 'Передайте клиенту на подпись; оригинал с подписью и печатью (если есть) храните у себя, скан по почте — тоже подойдёт как доказательство.',
    prepare: ['сумму долга', 'дату, к которой клиент обещает заплатить', 'ваши реквизиты'],
    guide: { href: '/guide/dokumenty/', label: 'Документы и учёт' },
    legal: [
      {
        text: 'Гарантийное письмо не определено в законе, но если в нём названа сумма долга, оно подтверждает признание долга.',
        source: 'ГК РФ ст. 203',
        mark: 'C2',
      },
    ],
  },
  reconciliation: {
    purpose:
      'Акт сверки показывает, сколько выставлено и оплачено и какой остался долг. Подписанный уполномоченным лицом клиента, он признаёт долг.',
    when: 'В конце квартала или года и перед претензией — чтобы не спорить о сумме.',
    how: 'Отправьте два экземпляра с описью или через ЭДО; попросите вернуть подписанный экземпляр или указать расхождения.',
    prepare: ['начальное сальдо', 'акты и накладные за период', 'платежи клиента за период'],
    guide: { href: '/guide/dokumenty/', label: 'Документы и учёт' },
    legal: [
      {
        text: 'Акт сверки, подписанный уполномоченным лицом должника, признаёт долг: срок исковой давности начинается заново.',
        source: 'ГК РФ ст. 203',
        mark: 'C',
      },
    ],
  },
  'court-order': {
    purpose:
      'Самый быстрый путь в суд: без заседания, по документам. Если должник возразит, приказ отменят — тогда подаётся обычный иск.',
    when: 'Когда долг подтверждён документами и не оспаривается, а сумма требования вместе с процентами не больше порога.',
    how: 'Подайте в суд лично, почтой или через электронную подачу («Мой арбитр» для арбитражного суда, ГАС «Правосудие» для мирового судьи); приложите документ об уплате пошлины.',
    prepare: [
      'договор, счета, акты',
      'расчёт суммы требования',
      'квитанцию об уплате госпошлины',
      'претензию и доказательство её отправки',
    ],
    guide: { href: '/guide/sud/', label: 'Суд' },
    legal: [
      {
        text: withFigures('Судебный приказ в арбитражном суде — при сумме требования до {limit} ₽.', {
          limit: limitText(ARBITRATION_ORDER),
        }),
        source: 'АПК РФ ст. 229.2, в ред. 667-ФЗ от 25.12.2023',
        mark: 'L',
      },
      {
        text: withFigures('Мировой судья выдаёт судебный приказ при сумме требования до {limit} ₽.', {
          limit: limitText(GENERAL_ORDER),
        }),
        source: 'ГПК РФ ст. 121',
        mark: 'C',
      },
      {
        text: 'Сумма требования включает проценты и неустойку: порог считается от всей суммы.',
        source: 'АПК РФ ст. 103 ч. 1',
        mark: 'C',
      },
      {
        text: withFigures(
          'Госпошлина за судебный приказ в арбитражном суде — {share} от пошлины за иск, но не меньше {min} ₽.',
          {
            share: shareText(ARBITRATION_ORDER_DUTY),
            min: minimumText(ARBITRATION_ORDER_DUTY),
          },
        ),
        source: 'НК РФ ст. 333.21 п. 1 пп. 1, 3, в ред. 259-ФЗ от 08.08.2024',
        mark: 'C2',
      },
      {
        text: withFigures('Госпошлина за судебный приказ у мирового судьи — {share} от пошлины за иск.', {
          share: shareText(GENERAL_ORDER_DUTY),
        }),
        source: 'НК РФ ст. 333.19 п. 1, в ред. 259-ФЗ от 08.08.2024',
        mark: 'C',
      },
      {
        text: 'Пошлина платится в полных рублях: меньше 50 копеек отбрасывается, 50 и больше округляется до рубля.',
        source: 'НК РФ ст. 333.18 п. 6',
        mark: 'L',
      },
      {
        text: 'Взыскатель направляет должнику копию заявления с приложениями и прикладывает доказательство отправки (для мирового судьи).',
        source: 'ГПК РФ ст. 121–126, в ред. 135-ФЗ',
        mark: 'C',
      },
      {
        text: withFigures('Должник может отменить приказ, направив возражения в течение {term} после его получения.', {
          term: termText(ORDER_OBJECTIONS, 'daysGenitive'),
        }),
        source: 'ГПК РФ ст. 128–129; АПК РФ ст. 229.5',
        mark: 'L',
      },
    ],
  },
};
