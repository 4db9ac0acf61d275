/**
 * A backup file's bytes as text, strictly: UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything
 * else (Windows-1251, broken bytes) is refused rather than read as «�����». And the checks JSON.parse
 * does not make: a key written twice, too deep nesting, keys that could reach Object.prototype.
 */

/** The file's text, or null when its bytes are not valid UTF-8 / UTF-16 with a BOM. */
export function decodeBackupBytes(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  const [label, skip] =
    a === 0xef && b === 0xbb && c === 0xbf
      ? ['utf-8', 3]
      : a === 0xff && b === 0xfe
        ? ['utf-16le', 2]
        : a === 0xfe && b === 0xff
          ? ['utf-16be', 2]
          : ['utf-8', 0];
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    return null;
  }
}

/** The first key that appears twice in one object of a (valid) JSON text, or null. */
export function duplicateKey(json: string): string | null {
  const objects: (Set<string> | null)[] = [];
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (ch === '{') objects.push(new Set());
    else if (ch === '[') objects.push(null);
    else if (ch === '}' || ch === ']') objects.pop();
    else if (ch === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const keys = objects[objects.length - 1];
      let after = end + 1;
      while (/\s/.test(json[after] ?? '')) after++;
      if (keys && json[after] === ':') {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
      }
      i = end;
    }
  }
  return null;
}

/** Why parsed JSON is unsafe to look into: a prototype key (named), too deep nesting, or null when fine. */
export function unsafeShape(value: unknown, depth = 0): { key: string } | 'deep' | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > 8) return 'deep';
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return { key };
    const inner = unsafeShape((value as Record<string, unknown>)[key], depth + 1);
    if (inner) return inner;
  }
  return null;
}
