/** Render the case card into its slot; the slot carries the card's texts and link (built with the page). */
import { render } from 'preact';
import CaseCard from './CaseCard';
import type { CASE_CARD_MESSAGES } from '../../lib/case/delo-messages';

/** Render the card (it renders nothing when the saved data holds no live case). */
export function mount(slot: HTMLElement): void {
  const m = JSON.parse(slot.dataset['m'] ?? '{}') as typeof CASE_CARD_MESSAGES;
  render(<CaseCard m={m} href={slot.dataset['href'] ?? ''} />, slot);
}
