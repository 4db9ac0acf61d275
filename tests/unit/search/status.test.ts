import { describe, expect, it } from 'vitest';
import { ECHO_MAX, echoQuery, statusText } from '../../../src/lib/search/status';
import type { SearchResponse } from '../../../src/lib/search/searcher';

const none: SearchResponse = { searched: '', switchedLayout: false, total: 0, results: [] };

describe('the status line quotes the query briefly', () => {
  it('echoes a short query as typed, whitespace folded', () => {
    expect(statusText('  пеня   за  просрочку ', none, false)).toBe(
      'По запросу «пеня за просрочку» ничего не нашлось.',
    );
  });

  it('cuts a 5 000-character query to a short quote ending in «…»', () => {
    const long = 'претензия '.repeat(500);
    const line = statusText(long, none, false);
    expect(line.length).toBeLessThan(ECHO_MAX + 40);
    expect(line).toMatch(/^По запросу «претензия( претензия)*…» ничего не нашлось\.$/);
  });

  it('cuts a query without spaces at the limit', () => {
    const quoted = echoQuery('я'.repeat(5000));
    expect(quoted).toBe(`${'я'.repeat(ECHO_MAX)}…`);
  });

  it('quotes a re-read layout briefly too, and counts results in Russian', () => {
    const r: SearchResponse = { searched: 'суд '.repeat(100), switchedLayout: true, total: 21, results: [] };
    const line = statusText('ceL', r, false);
    expect(line).toContain('21 результат по запросу «суд');
    expect(line).toContain('…»');
    expect(line.length).toBeLessThan(150);
  });
});
