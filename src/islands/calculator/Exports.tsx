/** Share, print and export a schedule. The file writers (and the download helper) load only when a button is pressed. */
import { useState } from 'preact/hooks';
import type { InstallmentInput, Schedule } from '../../lib/calculator/schedule';
import { dayOfUtcDate, isoFromDay } from '../../lib/date/day';
import { copyToClipboard } from '../shared/clipboard';

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
  const base = `grafik-platezhey-${isoFromDay(dayOfUtcDate(input.start))}`;

  const csv = async () => {
    const [{ scheduleCsv }, { download }] = await Promise.all([
      import('../../lib/calculator/export-csv'),
      import('../shared/download'),
    ]);
    download(`${base}.csv`, scheduleCsv(schedule), 'text/csv;charset=utf-8');
    setStatus('Файл CSV сохранён — он откроется в Excel и LibreOffice.');
  };
  const ics = async () => {
    const [{ scheduleIcs }, { download }] = await Promise.all([
      import('../../lib/calculator/export-ics'),
      import('../shared/download'),
    ]);
    download(`${base}.ics`, scheduleIcs(schedule, { now: new Date() }), 'text/calendar;charset=utf-8');
    setStatus('Файл календаря сохранён: откройте его, чтобы добавить даты платежей в календарь.');
  };
  const text = async () => {
    if (agreement !== null) return setAgreement(null);
    const { agreementText } = await import('../../lib/calculator/export-text');
    setAgreement(agreementText(input, schedule));
  };
  const copyText = async (value: string, what: string) => {
    setStatus(
      (await copyToClipboard(value))
        ? `${what} скопирован${what === 'Ссылка' ? 'а' : ''}.`
        : 'Не удалось скопировать — выделите текст и скопируйте вручную.',
    );
  };

  return (
    <div class="calc-exports no-print">
      <h3 class="calc-result__title">Сохранить и поделиться</h3>
      <div class="calc-share">
        <label for="calc-link">Ссылка на этот расчёт</label>
        <div class="calc-control">
          <input id="calc-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" class="button" onClick={() => copyText(link, 'Ссылка')}>
            Скопировать
          </button>
        </div>
      </div>
      <div class="calc-buttons">
        <button type="button" class="button" data-export="csv" onClick={csv}>
          Скачать CSV
        </button>
        <button type="button" class="button" data-export="ics" onClick={ics}>
          Добавить в календарь (.ics)
        </button>
        <button
          type="button"
          class="button"
          data-export="text"
          aria-expanded={agreement !== null}
          aria-controls="calc-agreement"
          onClick={text}
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
        <div class="calc-agreement" id="calc-agreement">
          <label for="calc-agreement-text">График платежей для соглашения о рассрочке</label>
          <textarea
            id="calc-agreement-text"
            readOnly
            rows={Math.min(16, agreement.split('\n').length + 1)}
            value={agreement}
          />
          <button type="button" class="button" onClick={() => copyText(agreement, 'Текст')}>
            Скопировать текст
          </button>
        </div>
      )}
      <p class="calc-status" role="status">
        {status}
      </p>
    </div>
  );
}
