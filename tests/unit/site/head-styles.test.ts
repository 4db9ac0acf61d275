import { describe, expect, it } from 'vitest';
import { hoistBodyStyles } from '../../../src/lib/site/head-styles';

const ISLAND = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('styles Astro writes into the body move to the head', () => {
  it('moves the island style from <main> to the end of <head>, keeping the island and the rest in place', () => {
    const page = `<html><head><title>T</title></head><body><main><p>a</p>${ISLAND}<script>x()</script><astro-island>i</astro-island></main></body></html>`;
    expect(hoistBodyStyles(page)).toBe(
      `<html><head><title>T</title>${ISLAND}</head><body><main><p>a</p><script>x()</script><astro-island>i</astro-island></main></body></html>`,
    );
  });

  it('writes a style that appears twice only once, and not again if the head already has it', () => {
    const twice = `<head></head><body><div>${ISLAND}</div><article>${ISLAND}</article></body>`;
    expect(hoistBodyStyles(twice)).toBe(`<head>${ISLAND}</head><body><div></div><article></article></body>`);
    const already = `<head>${ISLAND}</head><body><div>${ISLAND}</div></body>`;
    expect(hoistBodyStyles(already)).toBe(`<head>${ISLAND}</head><body><div></div></body>`);
  });

  it('leaves a page without body styles, or without a head, as it is', () => {
    const plain = '<head><style>h1{color:red}</style></head><body><p>x</p></body>';
    expect(hoistBodyStyles(plain)).toBe(plain);
    expect(hoistBodyStyles(`<p>${ISLAND}</p>`)).toBe(`<p>${ISLAND}</p>`);
  });
});
