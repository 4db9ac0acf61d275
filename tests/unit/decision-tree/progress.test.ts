import { describe, expect, it } from 'vitest';
import { plural, progressText } from '../../../src/lib/decision-tree/progress';

describe('plural', () => {
  it.each([
    [1, 'вопрос'],
    [2, 'вопроса'],
    [4, 'вопроса'],
    [5, 'вопросов'],
    [11, 'вопросов'],
    [12, 'вопросов'],
    [21, 'вопрос'],
    [22, 'вопроса'],
    [0, 'вопросов'],
    [111, 'вопросов'],
  ])('%i → %s', (n, form) => {
    expect(plural(n, ['вопрос', 'вопроса', 'вопросов'])).toBe(form);
  });
});

describe('progressText', () => {
  it('names the position when it is known and how many questions may follow', () => {
    expect(progressText(3, 3)).toContain('3');
    expect(progressText(3, 3)).toContain('2');
    expect(progressText(2, 1)).not.toMatch(/\d вопрос/);
    expect(progressText(null, 4)).toContain('4');
    expect(progressText(null, 1)).not.toMatch(/\d/);
    expect(progressText(null, 3)).toMatch(/3 вопросов/);
    expect(progressText(1, 2)).toMatch(/1 вопроса/);
  });
});
