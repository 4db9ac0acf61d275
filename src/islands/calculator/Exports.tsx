/** Share, print and export a schedule. The file writers (and the download helper) load only when a button is pressed. */
import { useState } from 'preact/hooks';
import type { InstallmentInput, Schedule } from '../../lib/calculator/schedule';
import { dayOfUtcDate, isoFromDay } from '../../lib/date/day';
import { ShareLink, TextToCopy } from '../shared/copy-fields';
import { useRetry } from '../shared/load';
import { named } from '../../lib/site/load';

interface Props {
  schedule: Schedule;
  input: InstallmentInput;
  link: string;
  agreementHref: string;
}

/** The export panel under the schedule. */
export function Exports({ schedule, input, link, agreementHref }: Props) {
  const [status, setStatus] = useState('');
  const [agreement, setAgreement] = useState<string | null>(null);
  const [failed, run] = useRetry();
  const base = `grafik-platezhey-${isoFromDay(dayOfUtcDate(input.start))}`;

  const csv = async () => {
    const [{ scheduleCsv }, { download }] = await named(
      'программу для файла CSV',
      Promise.all([import('../../lib/calculator/export-csv'), import('../shared/download')]),
    );
    download(`${base}.csv`, scheduleCsv(schedule), 'text/csv;charset=utf-8');
    setStatus('Файл CSV сохранён — он откроется в Excel и LibreOffice.');
  };
  const ics = async () => {
    const [{ scheduleIcs }, { download }] = await named(
      'программу для календаря',
      Promise.all([import('../../lib/calculator/export-ics'), import('../shared/download')]),
    );
    download(`${base}.ics`, scheduleIcs(schedule, { now: new Date() }), 'text/calendar;charset=utf-8');
    setStatus('Файл календаря сохранён: откройте его, чтобы добавить даты платежей в календарь.');
  };
  const text = async () => {
    if (agreement !== null) return setAgreement(null);
    const { agreementText } = await named('текст для соглашения', import('../../lib/calculator/export-text'));
    setAgreement(agreementText(input, schedule));
  };
  return (
    <div class="calc-exports no-print">
      <h3 class="calc-result__title">Сохранить и поделиться</h3>
      <ShareLink tool="calc" link={link} onStatus={setStatus} />
      <div class="calc-buttons">
        <button type="button" class="button" data-export="csv" onClick={() => run(csv)}>
          Скачать CSV
        </button>
        <button type="button" class="button" data-export="ics" onClick={() => run(ics)}>
          Добавить в календарь (.ics)
        </button>
        <button
          type="button"
          class="button"
          data-export="text"
          aria-expanded={agreement !== null}
          aria-controls="calc-agreement"
          onClick={() => run(text)}
        >
          Текст для соглашения
        </button>
        <button type="button" class="button" data-export="print" onClick={() => window.print()}>
          Распечатать
        </button>
        <a class="button" data-export="agreement" href={`${agreementHref}&${link.split('?')[1] ?? ''}`}>
          Составить соглашение
        </a>
      </div>
      {agreement !== null && (
        <TextToCopy
          id="calc-agreement"
          label="График платежей для соглашения о рассрочке"
          text={agreement}
          maxRows={16}
          done="Текст скопирован."
          onStatus={setStatus}
        />
      )}
      {failed}
      <p class="calc-status" role="status">
        {status}
      </p>
    </div>
  );
}
