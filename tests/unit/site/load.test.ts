import { describe, expect, it } from 'vitest';
import { LoadError, loadFailedText, named } from '../../../src/lib/site/load';

describe('a failed on-demand load', () => {
  it('says what did not load, to check the connection, and how to try again', () => {
    expect(loadFailedText('шаблон документа')).toBe(
      'Не удалось загрузить шаблон документа. Проверьте связь и нажмите «Повторить».',
    );
  });

  it('becomes a LoadError whose message is that text', async () => {
    const failed = named('расчёт', Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await expect(failed).rejects.toBeInstanceOf(LoadError);
    await expect(failed).rejects.toThrow(loadFailedText('расчёт'));
  });

  it('passes a load that arrives through unchanged', async () => {
    const module = { build: () => 1 };
    await expect(named('расчёт', Promise.resolve(module))).resolves.toBe(module);
  });

  it('tries again when called again: a load that failed once can succeed on «Повторить»', async () => {
    let calls = 0;
    const flaky = () => (++calls === 1 ? Promise.reject(new TypeError('offline')) : Promise.resolve('module'));
    await expect(named('файл', flaky())).rejects.toBeInstanceOf(LoadError);
    await expect(named('файл', flaky())).resolves.toBe('module');
    expect(calls).toBe(2);
  });

  it('keeps an error that is not a load apart from one that is', async () => {
    const later = named('файл', Promise.resolve(1)).then(() => {
      throw new RangeError('the document is too long');
    });
    await expect(later).rejects.toBeInstanceOf(RangeError);
  });
});
