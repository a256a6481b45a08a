/**
 * Where a file sits says what its values are for. In tests, fixtures, examples and documentation a
 * weak or self-describing value is an example; elsewhere it may be the real thing.
 */

/**
 * Test, fixture, example, sample and documentation trees; files whose name says they hold tests or
 * examples, singular or plural (`app.test.js`, `iam-2010-05-08.examples.json`: an SDK's documented
 * request examples, `config.sample.yml`); Markdown.
 */
export const TEST_PATH = /(?:^|\/)(?:tests?|spec|specs|__tests__|__mocks__|testdata|test-data|fixtures?|mocks?|examples?|samples?|docs?|demo|e2e|cypress)(?:\/|$)|[._-](?:tests?|specs?|examples?|samples?)\.[A-Za-z]+$|(?:^|\/)[^/]*\.md$/i;

/** Documentation files: hashes and weak values in them are examples of a format. */
export const DOC_PATH = /\.(?:md|markdown|mdx|adoc|asciidoc|rst|html?)$/i;

/** A test, example or documentation file: the values in it illustrate, they do not configure. */
export function isIllustrativePath(path: string): boolean {
  return TEST_PATH.test(path) || DOC_PATH.test(path);
}
