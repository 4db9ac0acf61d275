/** What search finds of the documents: each document on /documents/?doc=…, named as the catalog names it. */
import type { SearchDoc } from '../search/doc';
import { sitePaths } from '../site/routes';
import { DOC_IDS, DOCS, type DocId } from './catalog';
import { DOC_NOTES } from './notes';

/**
 * The words people type when they look for a document: «образец претензии», the paper's full legal name. The
 * name itself is the catalog's; these are only what search should also match.
 */
const SEARCH_WORDS: Record<DocId, readonly string[]> = {
  reminder: ['образец напоминания об оплате', 'письмо об оплате долга', 'напомнить об оплате'],
  claim: ['образец претензии', 'досудебная претензия', 'претензия об оплате долга', 'требование об оплате'],
  installment: ['образец соглашения о рассрочке', 'дополнительное соглашение о рассрочке', 'график платежей'],
  guarantee: ['образец гарантийного письма', 'гарантийное письмо об оплате', 'обещание оплатить'],
  reconciliation: ['образец акта сверки', 'акт сверки взаимных расчётов', 'сверка расчётов'],
  'court-order': [
    'заявление о выдаче судебного приказа',
    'образец заявления на судебный приказ',
    'приказное производство',
  ],
  lawsuit: ['образец искового заявления', 'исковое заявление о взыскании долга', 'подать иск в суд'],
  'writ-request': ['заявление о выдаче исполнительного листа', 'получить исполнительный лист'],
  bank: ['заявление в банк о взыскании', 'предъявить исполнительный лист в банк', 'инкассо по исполнительному листу'],
  fssp: ['заявление о возбуждении исполнительного производства', 'заявление приставам', 'образец заявления в ФССП'],
};

/** «Претензия» → «Образец: претензия». */
const sampleTitle = (name: string): string => `Образец: ${name.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())}`;

/** One search document per document, deep-linking to it on /documents/ (site paths: the caller adds the base). */
export function documentSearchDocs(): SearchDoc[] {
  return DOC_IDS.map((id) => ({
    id: `doc:${id}`,
    kind: 'tool',
    url: sitePaths.documents(id),
    title: sampleTitle(DOCS[id].name),
    context: 'Документы',
    text: `${DOCS[id].name}: заполняется вашими данными, скачивается в .docx или печатается. ${DOC_NOTES[id].purpose} ${DOC_NOTES[id].when}`,
    keywords: ['образец', 'шаблон', 'бланк', 'скачать', ...SEARCH_WORDS[id]],
  }));
}
