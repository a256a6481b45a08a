import { describe, expect, it } from 'vitest';
import { isTranslation } from '../../../src/engine/filters/translation.js';
import { check } from './harness.js';

describe('translation filter', () => {
  it.each(['src/lang/bar.json', 'locales/de/messages.json', 'config/locales/fr.yml', 'src/main/resources/messages_de.properties', 'i18n/pt-BR.po'])(
    'drops a generic match in the translation catalogue %s',
    (path) => {
      const result = check(isTranslation, '  "Long-Lived Access Token": "Langzeit-Zugr1ffst0ken-Xq9",', path);
      expect(result.builtin).toEqual([]);
      expect(result.dropped).toBeGreaterThan(0);
    },
  );

  it('keeps generic matches elsewhere and provider tokens in catalogues', () => {
    expect(check(isTranslation, '  "Long-Lived Access Token": "Langzeit-Zugr1ffst0ken-Xq9",', 'config/settings.json').builtin).toEqual(['generic-api-key']);
    const slack = 'xoxb-2719058422-5510982763104-Zq3xLm9TvR2pKw8NbY4sHd6G';
    expect(check(isTranslation, `  "token": "${slack}",`, 'locales/en.json').builtin).toEqual(['slack-bot-token']);
  });
});
