import type { Readable } from 'node:stream';

/** Read all of standard input as UTF-8 text (invalid bytes become U+FFFD; secrets are ASCII). */
export async function readStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
