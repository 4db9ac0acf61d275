/** Render «Продолжить с того, где вы остановились» into its slot; the slot carries the links and texts (built with the page). */
import { render } from 'preact';
import ResumeCase from './ResumeCase';
import type { RESUME_MESSAGES } from '../../lib/decision-tree/messages';

/** Render the offer (nothing when the case has no step to continue from). */
export function mount(slot: HTMLElement): void {
  const targets = JSON.parse(slot.dataset['targets'] ?? '{}') as Record<string, string>;
  const m = JSON.parse(slot.dataset['m'] ?? '{}') as typeof RESUME_MESSAGES;
  render(<ResumeCase targets={targets} m={m} />, slot);
}
