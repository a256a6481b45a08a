/**
 * A copy of `s` that keeps nothing else alive. V8 makes a slice of a long string a view into it, so a
 * secret cut from a blob's text would keep the whole text in memory for as long as its finding lives: an
 * audit holds findings to the end, and on a history full of test keys (trufflehog's) those views held
 * thousands of blobs' texts. A JSON round trip copies any string exactly, lone surrogates included;
 * findings are few, so its cost does not show.
 */
export function ownString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
