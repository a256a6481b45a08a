/**
 * Where a file sits says what its values are for. In tests, fixtures, examples and documentation a
 * weak or self-describing value is an example; elsewhere it may be the real thing.
 */

/** Test, fixture, example, sample and documentation trees, test-named files, Markdown. */
export const TEST_PATH = /(?:^|\/)(?:tests?|spec|specs|__tests__|__mocks__|testdata|test-data|fixtures?|mocks?|examples?|samples?|docs?|demo|e2e|cypress)(?:\/|$)|[._-](?:test|spec|example|sample)\.[A-Za-z]+$|(?:^|\/)[^/]*\.md$/i;

/** Documentation files: hashes and weak values in them are examples of a format. */
export const DOC_PATH = /\.(?:md|markdown|mdx|adoc|asciidoc|rst|html?)$/i;

/** A test, example or documentation file: the values in it illustrate, they do not configure. */
export function isIllustrativePath(path: string): boolean {
  return TEST_PATH.test(path) || DOC_PATH.test(path);
}
