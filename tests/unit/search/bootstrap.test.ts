import { expect, test } from 'vitest';
import { BOOTSTRAP_SCRIPT } from '../../../src/lib/search/bootstrap';

test('the inline bootstrap is valid JavaScript and well under 1 KB', () => {
  expect(() => new Function(BOOTSTRAP_SCRIPT)).not.toThrow();
  expect(new TextEncoder().encode(BOOTSTRAP_SCRIPT).length).toBeLessThan(1000);
});
