/** The line above a tool's form that says which case its numbers are kept in, or offers to keep a link's. */
import { routes } from '../../lib/site/routes';

/**
 * How a tool's numbers relate to the current case:
 * - 'none': there is no case; the first usable calculation becomes the first case;
 * - 'synced': the tool shows the case's numbers, and every change is saved into it;
 * - 'link': the address brought other numbers; the case changes only when the user says so.
 */
export type CaseMode = 'none' | 'synced' | 'link';

/** What the line shows and the two choices a link offers. */
interface CaseLink {
  mode: CaseMode;
  /** The current case's client, '' when unnamed. */
  client: string;
  /** Whether the current case already holds this tool's numbers. */
  caseHas: boolean;
  /** «Сохранить в дело …»: the link's numbers replace the case's. */
  save: () => void;
  /** «Новое дело»: a new case with the link's numbers. */
  startNew: () => void;
}

const named = (client: string): string => (client ? `«${client}»` : 'без названия');

/** Nothing before the page has read storage or while there is no case yet. */
export function CaseBar(link: CaseLink) {
  if (link.mode === 'none') return null;
  if (link.mode === 'synced')
    return (
      <p class="case-bar" data-case="synced">
        Расчёт сохраняется в деле {named(link.client)} в этом браузере. <a href={routes.delo()}>Моё дело</a>
      </p>
    );
  return (
    <div class="case-bar case-bar--link" role="region" aria-label="Цифры из ссылки" data-case="link">
      <p>
        Цифры на странице — из ссылки.{' '}
        {link.caseHas ? `В деле ${named(link.client)} сохранены другие` : `В деле ${named(link.client)} их ещё нет`};
        дело не изменится, пока вы не скажете.
      </p>
      <p class="case-bar-actions">
        <button type="button" class="button button--primary" onClick={link.save}>
          Сохранить в дело {named(link.client)}
        </button>
        <button type="button" class="button" onClick={link.startNew}>
          Новое дело
        </button>
      </p>
    </div>
  );
}
