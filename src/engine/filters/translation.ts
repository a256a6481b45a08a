import type { CandidateFilter } from './candidate.js';

/**
 * Translation catalogues: `locales/de.json`, `i18n/fr.yml`, `src/lang/bar.json`, `messages_de.properties`.
 * Their keys name UI strings (`"Long-Lived Access Token"`) and their values are those strings in another
 * language (`"Langzeit-Zugriffstoken"`), never a credential. Generic rules only: a provider's token
 * format is reported wherever it appears.
 */
const TRANSLATION_PATH = /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|languages|translations?)\/(?:[^/]+\/)*[^/]+\.(?:json|ya?ml|po|properties|strings|xliff|xlf|resx|arb|ftl)$|(?:^|\/)messages(?:_[a-z]{2}(?:_[A-Z]{2})?)?\.properties$/i;

export const isTranslation: CandidateFilter = ({ rule, path }) =>
  rule.strength && TRANSLATION_PATH.test(path) ? 'a translated UI string' : undefined;
