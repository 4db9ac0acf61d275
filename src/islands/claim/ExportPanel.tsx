/** Share, print and export the calculation; the file writers load only when a button is pressed. */
import { useState } from 'preact/hooks';
import type { ClaimResult } from '../../lib/claim/result';
import { download } from '../shared/download';
import { copyToClipboard as copy } from '../shared/clipboard';
import { claimLetterPath, claimPath } from './paths';
import { ShareLink, TextToCopy } from '../shared/copy-fields';
import { useRetry } from '../shared/load';
import { named } from '../../lib/site/load';

interface Props {
  result: ClaimResult;
  to: string;
  query: string;
}

/** The export panel under the result. */
export function ExportPanel({ result, to, query }: Props) {
  const [status, setStatus] = useState('');
  const [text, setText] = useState<string | null>(null);
  const link = `${window.location.origin}${claimPath(query)}`;
  const base = `raschet-${to}`;
  const [failed, run] = useRetry();

  const csv = async () => {
    const { claimCsv } = await named('программу для файла CSV', import('../../lib/claim/export-csv'));
    download(`${base}.csv`, claimCsv(result), 'text/csv;charset=utf-8');
    setStatus('Файл CSV сохранён — он откроется в Excel и LibreOffice.');
  };
  const ics = async () => {
    const { deadlinesIcs } = await named('программу для календаря', import('../../lib/claim/export-ics'));
    download(`sroki-${to}.ics`, deadlinesIcs(result, { now: new Date() }), 'text/calendar;charset=utf-8');
    setStatus('Файл календаря сохранён: откройте его, чтобы добавить сроки в календарь.');
  };
  const copyText = async (value: string, done: string) =>
    setStatus((await copy(value)) ? done : 'Не удалось скопировать — выделите текст ниже и скопируйте вручную.');
  const showText = async () => {
    const { claimText } = await named('текст расчёта', import('../../lib/claim/export-text'));
    const value = claimText(result, to);
    setText(value);
    await copyText(value, 'Расчёт скопирован — его можно вставить в претензию. Текст — ниже.');
  };

  return (
    <section class="claim-exports no-print" aria-labelledby="claim-exports-title">
      <h2 id="claim-exports-title">Сохранить и использовать</h2>
      <p>
        <a class="button button--primary" href={claimLetterPath(query)} data-next="claim-letter">
          Составить претензию
        </a>
      </p>
      <ShareLink tool="claim" link={link} onStatus={setStatus} />
      <div class="claim-buttons">
        <button type="button" class="button" data-export="csv" onClick={() => run(csv)}>
          Скачать CSV
        </button>
        <button type="button" class="button" data-export="ics" onClick={() => run(ics)}>
          Сроки в календарь (.ics)
        </button>
        <button type="button" class="button" data-export="text" onClick={() => run(showText)}>
          Скопировать расчёт
        </button>
        <button type="button" class="button" data-export="print" onClick={() => window.print()}>
          Распечатать
        </button>
      </div>
      {text !== null && (
        <TextToCopy
          id="claim-text"
          label="Расчёт для претензии или иска"
          text={text}
          maxRows={18}
          done="Расчёт скопирован."
          onStatus={setStatus}
        />
      )}
      {failed}
      <p class="claim-status" role="status">
        {status}
      </p>
    </section>
  );
}
