/**
 * PyPI API tokens are `pypi-` + base64url of a version-2 macaroon (libmacaroons binary format):
 * version byte 2, then fields `<type><varint length><data>`: the location (type 1) names the index
 * (`pypi.org` or `test.pypi.org`) and the identifier (type 2) follows.
 * https://pypi.org/help/#apitoken ; format: https://github.com/rescrv/libmacaroons/blob/master/doc/format.txt
 */
export function pypiMacaroon(secret: string): boolean {
  if (!secret.startsWith('pypi-')) return false;
  const bytes = Buffer.from(secret.slice(5), 'base64url');
  if (bytes.length < 40 || bytes[0] !== 2) return false;
  let at = 1;
  const field = (): { type: number; data: Buffer } | undefined => {
    const type = bytes[at++];
    let length = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      if (b === undefined || shift > 21) return undefined;
      length |= (b & 0x7f) << shift;
      shift += 7;
      if ((b & 0x80) === 0) break;
    }
    if (type === undefined || at + length > bytes.length) return undefined;
    const data = bytes.subarray(at, at + length);
    at += length;
    return { type, data };
  };
  const location = field();
  if (location?.type !== 1) return false;
  const host = location.data.toString('latin1');
  if (host !== 'pypi.org' && host !== 'test.pypi.org') return false;
  const identifier = field();
  return identifier?.type === 2 && identifier.data.length > 0;
}
