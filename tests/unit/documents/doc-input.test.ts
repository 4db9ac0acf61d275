import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/documents/build';
import { DOC_IDS, DOCS } from '../../../src/lib/documents/catalog';
import { readClaimUrl } from '../../../src/lib/documents/claim-url';
import { declineDative } from '../../../src/lib/documents/decline';
import { docInput, type PageState } from '../../../src/lib/documents/doc-input';
import { renderText } from '../../../src/lib/documents/render-text';
import { emptyStored } from '../../../src/lib/documents/stored-state';
import { DEBTOR, ME, day, fullInput } from './fixtures';

const LINK = 'debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000&to=2026-11-30';
const base = fullInput();

/** The page after a link from the claim calculator, with the user's details typed in and an act's lines. */
const page: PageState = {
  today: day('2026-11-30'),
  data: {
    ...emptyStored(),
    me: ME,
    debtor: DEBTOR,
    details: base.details,
    recon: {
      ...emptyStored().recon,
      lines: [{ date: '2026-10-05', doc: 'Акт № 15', amount: '60 000', side: 'debit' }],
    },
  },
  debt: base.debt,
  claim: readClaimUrl(new URLSearchParams(LINK), '2026-11-30'),
  plan: base.installment,
};

describe('the input of the document the page shows', () => {
  it('carries what the user typed, the debt and the day', () => {
    const input = docInput('reminder', page);
    expect(input.me).toBe(ME);
    expect(input.debtor).toBe(DEBTOR);
    expect(input.details).toBe(base.details);
    expect(input.debt).toEqual(base.debt);
    expect(input.today).toEqual(day('2026-11-30'));
  });

  it('gives the reconciliation act the lines typed for it', () => {
    const text = renderText(buildDocument('reconciliation', docInput('reconciliation', page)));
    expect(text).toMatch(/05\.10\.2026.*Акт № 15.*60 000,00/);
  });

  it.each(DOC_IDS)('%s gets a calculator’s result only when its row needs it', (id) => {
    const input = docInput(id, page);
    expect(input.claim).toBe(DOCS[id].needs === 'claim-calculation' ? page.claim : null);
    expect(input.installment).toBe(DOCS[id].needs === 'payment-schedule' ? page.plan : null);
  });

  it('gives the claim letter the calculation, which the letter then states', () => {
    const text = renderText(buildDocument('claim', docInput('claim', page)));
    expect(text).toContain('Расчёт процентов по статье 395 ГК РФ');
    expect(text).toContain('110 287 (сто десять тысяч двести восемьдесят семь) рублей 12 копеек');
  });

  it('declines the addressee only once the declension has loaded', () => {
    expect('decline' in docInput('claim', page)).toBe(false);
    expect(buildDocument('claim', docInput('claim', page)).header).toContain('Иванов\u00a0И.\u00a0И.');
    const loaded = docInput('claim', { ...page, decline: declineDative });
    expect(buildDocument('claim', loaded).header).toContain('Иванову\u00a0И.\u00a0И.');
  });
});
