import { describe, expect, it } from 'vitest';
import { progressText as text } from '../../../src/lib/decision-tree/progress';
import { TREE_MESSAGES } from '../../../src/lib/decision-tree/messages';

const progressText = (n: number | null, left: number) => text(n, left, TREE_MESSAGES);

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
