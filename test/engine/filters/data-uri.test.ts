import { describe, expect, it } from 'vitest';
import { isDataUri } from '../../../src/engine/filters/data-uri.js';
import { randomBase64 } from '../../helpers/fake-generic.js';

const rule = { spec: {} } as never;

describe('data-uri filter', () => {
  it('drops base64 that belongs to an inline data: URI', () => {
    const body = randomBase64(60);
    const line = `  background: url(data:image/png;base64,iVBORw0KGgo${body});`;
    expect(isDataUri({ secret: body, line, lineOffset: line.indexOf(body), path: 'app.css', rule })).toBe('data: URI');
  });

  it('keeps base64 outside a data: URI', () => {
    const body = randomBase64(60);
    const line = `SECRET_KEY=${body}`;
    expect(isDataUri({ secret: body, line, lineOffset: line.indexOf(body), path: '.env', rule })).toBeUndefined();
  });
});
