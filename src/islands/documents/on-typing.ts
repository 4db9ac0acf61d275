/**
 * What the documents page loads once something is typed, in one request: the field checks, the parties'
 * required parts (the «Не заполнено» list), the personal-data fields a court paper asks for, and the marks on
 * the preview's blanks (on an empty form every line is a blank: they are marked once filling has begun), and the
 * fields of the suit and the papers after the judgment (loaded at once for those documents).
 */
export { BlankMarks } from './BlankMarks';
export { CourtFields } from './CourtFields';
export { formErrors } from '../../lib/documents/input-check';
export { partyGaps } from '../../lib/documents/party-parts';
export { PersonFields } from './PersonFields';
