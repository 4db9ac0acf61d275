/**
 * The documents, one row each: what the page needs to know about a document besides its text. A document is
 * its module (`reminder.ts`, `claim.ts`, …: DocInput → its parts) plus one row here; the page, the form and
 * the tests read the row and never ask which document it is (decision 081). The note above each document is
 * `DOC_NOTES[id]` in notes.ts: its prose reaches the browser in the page's HTML, not in this module's script.
 */
import { isoFromDay } from '../date/day';
import type { PartyRuleId } from '../legal/party-requirements';
import type { StepId } from '../case/stored-state';
import type { CaseDetails, DocInput } from './inputs';
import type { DocModel, DocParts } from './model';

/** The documents, in the order the page lists them (the URL's `doc`). */
export const DOC_IDS = [
  'reminder',
  'claim',
  'installment',
  'guarantee',
  'reconciliation',
  'court-order',
  'lawsuit',
  'writ-request',
  'bank',
  'fssp',
] as const;
/** One of DOC_IDS. */
export type DocId = (typeof DOC_IDS)[number];

/** The document a page without a (known) `doc` shows. */
export const DEFAULT_DOC: DocId = 'claim';

/**
 * One item of the «Долг» fieldset: a field of the case (inputs.ts, CaseDetails), or a block — the debt that
 * came with the link (`debt`), the pointer to the payment calculator for the schedule (`schedule`), the
 * reconciliation act's period and lines (`recon`).
 */
export type DebtItem = keyof CaseDetails | 'debt' | 'schedule' | 'recon';

/**
 * A document module's export: the document's parts for an input and the rule of what it must hold about the
 * parties (the row's); the row adds its id and file name.
 */
type Compose = (input: DocInput, parties: PartyRuleId) => DocParts;
/** A whole document for an input, as the page and the renderers use it. */
export type Builder = (input: DocInput) => DocModel;

/** What the page needs to know about one document. */
export interface DocSpec {
  /** Its name: the picker's link and the heading of its note below the form. */
  name: string;
  /** The file name before the date: `pretenziya` → pretenziya-2026-11-30.docx. */
  file: string;
  /** Whose bank details the form asks for (the document prints them). */
  bank: readonly ('me' | 'debtor')[];
  /** The «Долг» fieldset, in order. */
  debt: readonly DebtItem[];
  /**
   * The calculator's result it is built from, loaded for it alone: the claim calculator's calculation for the
   * link (interest by periods, the claim amount, the duty) or the payment calculator's schedule.
   */
  needs?: 'claim-calculation' | 'payment-schedule';
  /**
   * What it must hold about the parties: a rule of src/lib/legal/party-requirements.ts (the law's parts for a
   * court paper, the printed parts for a letter).
   */
  parties: PartyRuleId;
  /** Its module, loaded when the page first shows it (keeps the page's first load small). */
  load: () => Promise<Compose>;
  /**
   * The step of the case the user marks once it is sent or filed («Отправлена ДД.ММ.ГГГГ»: making the paper is
   * not sending it), and what the control says.
   */
  sent?: { step: StepId; label: string };
}

/** The contract and its invoices and acts: every document so far names them. */
const CONTRACT = ['contractNo', 'contractDate', 'subject', 'documents'] as const;

/** Who signs for the creditor when not its head or itself: the court papers ask. */
const REP = ['repName', 'repPoa'] as const;
/** The writ or the court order presented after the judgment, and the court that issued it. */
const WRIT = ['writKind', 'writNo', 'writDate', 'court', 'caseNo'] as const;
/** The papers after the judgment: one module (after-judgment.ts), one file for the page to fetch. */
const afterJudgment = (name: 'writRequest' | 'bank' | 'fssp') => () => import('./after-judgment').then((m) => m[name]);

/** The table. */
export const DOCS: Record<DocId, DocSpec> = {
  reminder: {
    name: 'Напоминание',
    file: 'napominanie',
    bank: ['me'],
    debt: [...CONTRACT, 'debt', 'addressee'],
    parties: 'letter',
    load: () => import('./reminder').then((m) => m.reminder),
  },
  claim: {
    name: 'Претензия',
    file: 'pretenziya',
    bank: ['me'],
    debt: [...CONTRACT, 'debt', 'payDays', 'addressee'],
    needs: 'claim-calculation',
    parties: 'letter',
    load: () => import('./claim').then((m) => m.claim),
    sent: { step: 'claimSent', label: 'Претензия отправлена' },
  },
  installment: {
    name: 'Соглашение о рассрочке',
    file: 'soglashenie-o-rassrochke',
    bank: ['me'],
    debt: [...CONTRACT, 'schedule'],
    needs: 'payment-schedule',
    parties: 'both-with-inn',
    load: () => import('./installment').then((m) => m.installment),
  },
  guarantee: {
    name: 'Гарантийное письмо',
    file: 'garantiynoe-pismo',
    bank: ['me'],
    debt: [...CONTRACT, 'debt', 'promiseDate'],
    parties: 'both-with-inn',
    load: () => import('./guarantee').then((m) => m.guarantee),
  },
  reconciliation: {
    name: 'Акт сверки',
    file: 'akt-sverki',
    bank: [],
    debt: [...CONTRACT, 'debt', 'recon'],
    parties: 'signed',
    load: () => import('./reconciliation').then((m) => m.reconciliation),
  },
  'court-order': {
    name: 'Заявление о судебном приказе',
    file: 'zayavlenie-o-vydache-sudebnogo-prikaza',
    bank: ['me'],
    debt: [...CONTRACT, 'debt', 'court', 'courtAddress'],
    needs: 'claim-calculation',
    parties: 'court-order',
    load: () => import('./court-order').then((m) => m.courtOrder),
  },
  lawsuit: {
    name: 'Исковое заявление',
    file: 'iskovoe-zayavlenie',
    bank: [],
    debt: [...CONTRACT, 'debt', 'court', 'courtAddress', 'orderCancelled', 'orderDuty', ...REP],
    needs: 'claim-calculation',
    parties: 'suit',
    load: () => import('./lawsuit').then((m) => m.lawsuit),
  },
  'writ-request': {
    name: 'Заявление о выдаче исполнительного листа',
    file: 'zayavlenie-o-vydache-ispolnitelnogo-lista',
    bank: [],
    debt: ['court', 'courtAddress', 'caseNo', 'judgmentDate', 'judgmentInForce', ...REP],
    parties: 'enforcement',
    load: afterJudgment('writRequest'),
  },
  bank: {
    name: 'Заявление в банк',
    file: 'zayavlenie-v-bank',
    bank: ['me', 'debtor'],
    debt: [...WRIT, ...REP],
    parties: 'bank',
    load: afterJudgment('bank'),
  },
  fssp: {
    name: 'Заявление в ФССП',
    file: 'zayavlenie-v-fssp',
    bank: ['me'],
    debt: ['bailiffs', ...WRIT, 'debt', 'fsspArrest', 'fsspTravel', ...REP],
    parties: 'enforcement',
    load: afterJudgment('fssp'),
  },
};

/** Load the builder of `id`: its module, completed with the row's id and file name. */
export async function loadBuilder(id: DocId): Promise<Builder> {
  const { file, load, parties } = DOCS[id];
  const compose = await load();
  return (input) => ({
    id,
    fileName: `${file}-${isoFromDay(input.today)}`,
    ...compose(input, parties),
  });
}
