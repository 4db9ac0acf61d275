import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { Packer } from 'docx';
import { docxDocument, renderDocx } from '../../../src/lib/documents/render-docx';
import { installment } from '../../../src/lib/documents/installment';
import { reminder } from '../../../src/lib/documents/reminder';
import { claim } from '../../../src/lib/documents/claim';
import { readClaimUrl } from '../../../src/lib/documents/claim-url';
import type { DocParts } from '../../../src/lib/documents/model';
import { fullInput } from './fixtures';

/** The text of word/document.xml, with tags dropped and entities read, and the raw XML. */
async function openDocx(doc: DocParts): Promise<{ xml: string; text: string; files: string[] }> {
  const bytes = new Uint8Array(await Packer.toArrayBuffer(docxDocument(doc)));
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const text = xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\u202f]/g, ' ');
  return { xml, text, files: Object.keys(files) };
}

describe('the .docx file', () => {
  it('is a Word package whose document holds the debtor, the amount in figures and words and the schedule table', async () => {
    const { xml, text, files } = await openDocx(installment(fullInput()));
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(text).toContain('ООО «Ромашка»');
    expect(text).toContain('108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек');
    expect(text).toContain('График платежей');
    expect(xml).toContain('<w:tbl>');
    expect((xml.match(/<w:tr>/g) ?? []).length + (xml.match(/<w:tr /g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(text).toContain('10.12.2026');
  });
  it('a claim letter holds the debtor, the claim amount in figures and words and the calculation table', async () => {
    const figures = readClaimUrl(
      new URLSearchParams('debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000&to=2026-11-30'),
      '2026-11-30',
    );
    const { xml, text } = await openDocx(claim(fullInput({ claim: figures })));
    expect(text).toContain('ООО «Ромашка»');
    expect(text).toContain('110 287 (сто десять тысяч двести восемьдесят семь) рублей 12 копеек');
    expect(text).toContain('Расчёт процентов по статье 395 ГК РФ');
    expect(text).toContain('60 000,00 × 17 × 14 % / 365');
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(2);
  });
  it('is an A4 page with the usual margins, the addressee block and the signature', async () => {
    const { xml, text } = await openDocx(reminder(fullInput()));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:left="1701"/);
    expect(text).toContain('Иванову И. И.');
    expect(text).toContain('А. С. Смирнова');
  });
  it('comes out as a Blob the browser can download', async () => {
    const blob = await renderDocx(reminder(fullInput()));
    expect(blob.size).toBeGreaterThan(3000);
    expect(new Uint8Array(await blob.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
