import { describe, expect, it } from 'vitest';
import { declineDative } from '../../../src/lib/documents/decline';
import {
  greetingName,
  initialsSurname,
  positionDative,
  splitName,
  surnameDative,
  surnameInitials,
} from '../../../src/lib/documents/names';

const NB = '\u00a0';

describe('names', () => {
  it.each([
    ['Иванов Иван Иванович', 'Иванову'],
    ['Петрова Анна Сергеевна', 'Петровой'],
    ['Ковальчук Мария Олеговна', 'Ковальчук'],
    ['Ковальчук Олег Петрович', 'Ковальчуку'],
    ['Седых Ирина Николаевна', 'Седых'],
    ['Толстой Лев Николаевич', 'Толстому'],
    ['Крутая Ольга Ивановна', 'Крутой'],
  ])('%s → %s in the dative', (full, dative) => {
    expect(surnameDative(full, declineDative)).toBe(dative);
  });
  it('leaves the surname as typed until the declension is loaded', () => {
    expect(surnameDative('Иванов Иван Иванович')).toBe('Иванов');
    expect(surnameDative('   ')).toBe('');
  });
  it('writes initials before or after the surname, with no-break spaces', () => {
    expect(surnameInitials('Иванов Иван Иванович', 'Иванову')).toBe(`Иванову${NB}И.${NB}И.`);
    expect(initialsSurname('  Смирнова   Анна Сергеевна ')).toBe(`А.${NB}С.${NB}Смирнова`);
    expect(initialsSurname('Смирнова')).toBe('Смирнова');
    expect(splitName('Смирнова Анна')).toEqual({ last: 'Смирнова', first: 'Анна', middle: '' });
  });
  it('greets by first name and patronymic, or by nothing when only a surname is known', () => {
    expect(greetingName('Иванов Иван Иванович')).toBe('Иван Иванович');
    expect(greetingName(' Смирнова  Анна ')).toBe('Анна');
    expect(greetingName('Смирнова')).toBe('');
    expect(greetingName('')).toBe('');
  });
  it.each([
    ['Генеральный директор', 'Генеральному директору'],
    ['директор', 'директору'],
    ['Председатель правления', 'Председателю правления'],
    ['Старший менеджер', 'Старшему менеджеру'],
    ['Коммерческий директор', 'Коммерческому директору'],
    ['Руководитель отдела продаж', 'Руководителю отдела продаж'],
    ['Управляющий', 'Управляющему'],
    ['', ''],
  ])('position %s → %s', (position, dative) => {
    expect(positionDative(position)).toBe(dative);
  });
});
