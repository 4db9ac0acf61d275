import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** Header name → value, from `Name: value` lines (public/_headers) or `add_header Name "value" always;` (nginx). */
function headers(text: string, line: RegExp): Map<string, string> {
  return new Map([...text.matchAll(line)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
}

describe('host headers (what a meta tag cannot set)', () => {
  const file = headers(readFileSync('public/_headers', 'utf8'), /^ {2}([\w-]+): (.+)$/gm);
  const nginx = headers(readFileSync('README.md', 'utf8'), /^add_header ([\w-]+) "(.+)" always;$/gm);

  it('forbid framing, referrers, MIME sniffing and unused device APIs on every path', () => {
    expect(readFileSync('public/_headers', 'utf8')).toMatch(/^\/\*$/m);
    expect(file.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(file.get('referrer-policy')).toBe('no-referrer');
    expect(file.get('x-content-type-options')).toBe('nosniff');
    expect(file.get('permissions-policy')).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);
  });

  it('the nginx lines in the README say the same as public/_headers', () => {
    expect(nginx).toEqual(file);
  });
});
