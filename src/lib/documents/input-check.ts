/** Turning what the user typed into values the documents use, or error codes shown next to the fields. */
import { dayFromIso } from '../date/day';
import { parseMoney } from '../money/kopecks';
import { FIELD_MESSAGES, type FieldError } from './field-messages';
import type { Party } from './inputs';
import {
  checkAccount,
  checkBik,
  checkCorrAccount,
  checkCorrFormat,
  checkInn,
  checkOgrn,
  checkOgrnip,
  checkPassport,
  checkSeriesNumber,
  checkSnils,
  type RequisiteError,
} from './requisites';

/** The check of a citizen's identifier by its kind (ИНН is the party's own field, checked with it). */
const ID_CHECKS: Partial<Record<Party['idKind'], (v: string) => RequisiteError | null>> = {
  snils: checkSnils,
  passport: checkPassport,
  ogrnip: checkOgrnip,
  licence: checkSeriesNumber,
  vehicle: checkSeriesNumber,
};
import type { StoredDocs } from './stored-state';

/** A field of the form: «me.inn», «debtor.bank.account», «details.contractDate», «recon.opening». */
type FieldPath = string;

/** Errors by field path; a field with no entry (or left empty) is fine. */
export type FieldErrors = Record<FieldPath, FieldError>;

/** What the page shows next to fields: error and message by field path. */
export type ShownErrors = Record<FieldPath, ShownError>;

/** An optional ISO date field (the form's date inputs give YYYY-MM-DD). */
const badDate = (v: string): boolean => v.trim() !== '' && dayFromIso(v) === null;

/** The requisites of one party; empty fields are not errors (the document shows a blank). */
function partyErrors(prefix: string, p: Party, out: FieldErrors): void {
  const put = (field: string, e: FieldError | null) => {
    if (e) out[`${prefix}.${field}`] = e;
  };
  if (p.inn.trim()) put('inn', checkInn(p.inn, p.kind !== 'company'));
  if (p.ogrn.trim() && p.kind !== 'person') put('ogrn', p.kind === 'ip' ? checkOgrnip(p.ogrn) : checkOgrn(p.ogrn));
  const b = p.bank;
  if (b.bik.trim()) put('bank.bik', checkBik(b.bik));
  else if (b.account.trim() || b.corr.trim()) put('bank.bik', 'bik-missing');
  const bikOk = b.bik.trim() !== '' && checkBik(b.bik) === null;
  if (b.account.trim() && bikOk) put('bank.account', checkAccount(b.account, b.bik));
  else if (b.account.trim() && !/^\d{20}$/.test(b.account.replace(/\s/g, ''))) put('bank.account', 'account-length');
  if (b.corr.trim()) put('bank.corr', bikOk ? checkCorrAccount(b.corr, b.bik) : checkCorrFormat(b.corr));
  if (p.kind === 'company') return;
  if (badDate(p.birthDate)) out[`${prefix}.birthDate`] = 'date';
  const idCheck = p.kind === 'person' ? ID_CHECKS[p.idKind] : undefined;
  if (idCheck && p.idNumber.trim()) put('idNumber', idCheck(p.idNumber));
}

/** Check the whole form. */
export function checkForm(s: StoredDocs): FieldErrors {
  const out: FieldErrors = {};
  partyErrors('me', s.me, out);
  partyErrors('debtor', s.debtor, out);
  for (const f of [
    'contractDate',
    'promiseDate',
    'judgmentDate',
    'judgmentInForce',
    'writDate',
    'orderCancelled',
  ] as const)
    if (badDate(s.details[f])) out[`details.${f}`] = 'date';
  if (s.details.orderDuty.trim() && !parseMoney(s.details.orderDuty, { allowZero: true }).ok)
    out['details.orderDuty'] = 'amount';
  if (s.details.payDays.trim() && !/^\d{1,3}$/.test(s.details.payDays.trim())) out['details.payDays'] = 'whole-number';
  if (s.recon.opening.trim() && !parseMoney(s.recon.opening.replace(/^-/, ''), { allowZero: true }).ok)
    out['recon.opening'] = 'amount';
  for (const f of ['from', 'to'] as const) if (badDate(s.recon[f])) out[`recon.${f}`] = 'date';
  s.recon.lines.forEach((l, i) => {
    if (l.amount.trim() && !parseMoney(l.amount, { allowZero: true }).ok) out[`recon.lines.${i}.amount`] = 'amount';
    if (badDate(l.date)) out[`recon.lines.${i}.date`] = 'date';
  });
  return out;
}

/** An error to show: its code (for tests and styling) and its message. */
export interface ShownError {
  code: FieldError;
  text: string;
}

/** The errors of the whole form with their messages, by field path. */
export function formErrors(s: StoredDocs): ShownErrors {
  return Object.fromEntries(
    Object.entries(checkForm(s)).map(([path, code]) => [path, { code, text: FIELD_MESSAGES[code] }]),
  );
}
