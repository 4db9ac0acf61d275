/**
 * Every document's .docx opens: each XML part of the package passes a strict XML 1.0 parse (saxes refuses
 * the characters XML forbids, which Word refuses too), for inputs a paste can bring — U+FFFE/U+FFFF, lone
 * surrogates, control characters, markup characters and 10 000-character fields — in every text field.
 */
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { strFromU8, unzipSync } from 'fflate';
import { Packer } from 'docx';
import { buildDocument } from '../../../src/lib/documents/build';
import { readClaimUrl } from '../../../src/lib/documents/claim-url';
import { PARTY_KINDS, type DocInput } from '../../../src/lib/documents/inputs';
import { DOC_IDS } from '../../../src/lib/documents/model';
import { docxDocument, xmlSafe } from '../../../src/lib/documents/render-docx';
import { fullInput } from './fixtures';

const LONG = 'Длинное поле '.repeat(770).slice(0, 10_000);
/** What a paste can bring, one hostile text per run of the test. */
const HOSTILE: Record<string, string> = {
  'U+FFFE and U+FFFF': 'ООО «Ро\uFFFEмашка»\uFFFF',
  'lone surrogates': 'Иванов\uD800 Иван\uDC00 \uDBFFИванович 😀',
  'control characters': 'ул.\u0000Ленина\u0001,\u0008 д.\u000B1\u000C\u000E\u001F\u0007 кв.\t2',
  'markup characters': '<w:t>]]> & "кавычки" \'апостроф\' </w:p>',
  '10 000 characters': LONG,
};

/** Every string of a value replaced by `text`, except a party's kind and the dates a date field gives. */
function fill<T>(value: T, text: string): T {
  if (typeof value === 'string') return (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : text) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fill(v, text)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'kind' || k === 'side' ? v : fill(v, text)]),
    ) as T;
  return value;
}

function hostileInput(text: string, kind: (typeof PARTY_KINDS)[number]): DocInput {
  const base = fullInput({
    claim: readClaimUrl(
      new URLSearchParams('debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000&to=2026-11-30'),
      '2026-11-30',
    ),
  });
  return {
    ...base,
    me: fill(base.me, text),
    debtor: { ...fill(base.debtor, text), kind },
    details: fill(base.details, text),
    recon: fill(base.recon, text),
  };
}

/** The parse errors of one XML text under a strict parser (none for a well-formed XML 1.0 document). */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  try {
    parser.write(xml).close();
  } catch (e) {
    errors.push(String(e));
  }
  return errors;
}

/**
 * Each XML part of the .docx with its parse errors; the bytes must be valid UTF-8 too, and hold no U+FFFD
 * (what a lone surrogate becomes when encoded — a «�» in the letter; the inputs here never contain one).
 */
async function openStrict(input: DocInput, id: (typeof DOC_IDS)[number]): Promise<Record<string, string[]>> {
  const model = buildDocument(id, input);
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(docxDocument(model))));
  const parts = Object.entries(files).filter(([name]) => /\.(xml|rels)$/.test(name));
  expect(parts.length).toBeGreaterThan(3);
  return Object.fromEntries(
    parts.map(([name, bytes]) => {
      const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return [name, [...xmlErrors(xml), ...(xml.includes('\uFFFD') ? ['U+FFFD in the text'] : [])]];
    }),
  );
}

describe('every .docx passes a strict XML parse', () => {
  for (const [what, text] of Object.entries(HOSTILE))
    it(`with ${what} in every field, for each document and each kind of debtor`, async () => {
      for (const kind of PARTY_KINDS)
        for (const id of DOC_IDS) {
          const errors = await openStrict(hostileInput(text, kind), id);
          const broken = Object.entries(errors).filter(([, list]) => list.length > 0);
          expect(broken, `${id}, debtor ${kind}`).toEqual([]);
        }
    });

  it('keeps the text itself: a long field whole, an emoji whole, only the forbidden characters dropped', async () => {
    const model = buildDocument('reminder', hostileInput(LONG, 'company'));
    const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(docxDocument(model))));
    expect(strFromU8(files['word/document.xml'] ?? new Uint8Array())).toContain(LONG);
    expect(xmlSafe('Иванов\uD800 Иван\uDC00 😀 \uFFFE\uFFFF\u0000\u001F')).toBe('Иванов Иван 😀 ');
    expect(xmlSafe('строка 1\nстрока 2\tи\r')).toBe('строка 1\nстрока 2\tи\r');
  });

  it('the test itself refuses a file with a forbidden character (so it cannot pass by not looking)', () => {
    expect(xmlErrors('<w:t xmlns:w="urn:x">ok</w:t>')).toEqual([]);
    expect(xmlErrors('<w:t xmlns:w="urn:x">Ро\uFFFEмашка</w:t>')).not.toEqual([]);
    expect(xmlErrors('<w:t xmlns:w="urn:x">a\u0001b</w:t>')).not.toEqual([]);
  });
});
