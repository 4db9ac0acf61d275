/** The notice above the form when the link held values that cannot be used: each named, with a way to it. */
import { LINK_NOTICE, fieldLabel, type ErrorCode, type ErrorMessages } from '../../lib/claim/messages';
import type { FieldKey } from '../../lib/claim/url-state';
import { idOf } from './fields';

interface Props {
  /** The inputs whose link value had a problem when the page opened. */
  keys: readonly FieldKey[];
  /** The problem an input has now, or null once it is settled. */
  problemOf: (key: FieldKey) => ErrorCode | null;
  /** The codes' messages (passed by the page). */
  messages: ErrorMessages;
}

/** The notice; it shrinks as the user fixes the fields and disappears when none is left. */
export function LinkNotice({ keys, problemOf, messages }: Props) {
  const open = keys
    .map((key) => [key, problemOf(key)] as const)
    .filter((x): x is [FieldKey, ErrorCode] => x[1] !== null);
  if (!open.length) return null;
  return (
    <div class="claim-notice" role="alert" data-notice>
      <p>{LINK_NOTICE}</p>
      <ul>
        {open.map(([key, code]) => (
          <li key={key} data-notice-field={key}>
            <a href={`#${idOf(key)}`}>{fieldLabel(key)}</a>: {messages[code]}
          </li>
        ))}
      </ul>
    </div>
  );
}
