import { describe, expect, it } from 'vitest';
import { count, plural } from '../../../src/lib/format/plural';

const QUESTION = ['вопрос', 'вопроса', 'вопросов'] as const;

describe('plural: one rule for every Russian count on the site', () => {
  it.each([
    [0, 'вопросов'],
    [1, 'вопрос'],
    [2, 'вопроса'],
    [4, 'вопроса'],
    [5, 'вопросов'],
    [11, 'вопросов'],
    [12, 'вопросов'],
    [14, 'вопросов'],
    [21, 'вопрос'],
    [22, 'вопроса'],
    [111, 'вопросов'],
    [112, 'вопросов'],
    [121, 'вопрос'],
    [-3, 'вопроса'],
  ])('%i → %s', (n, form) => {
    expect(plural(n, QUESTION)).toBe(form);
  });

  it('count joins the number and the word with a no-break space', () => {
    expect(count(21, ['платёж', 'платежа', 'платежей'])).toBe('21\u00a0платёж');
  });
});
