import { describe, expect, it, vi } from 'vitest';
import { openExternalSafely } from '../../../main/services/external-links.js';

describe('openExternalSafely', () => {
  it('opens https URLs', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalSafely('https://example.org/treaty?id=7', open)).toEqual({ ok: true, value: null });
    expect(open).toHaveBeenCalledWith('https://example.org/treaty?id=7');
  });

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:desk@example.org',
    'https://user:secret@example.org/',
    'not a url',
    '',
  ])('refuses %j without opening anything', async (url) => {
    const open = vi.fn(async () => undefined);
    const result = await openExternalSafely(url, open);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused-url' } });
    expect(open).not.toHaveBeenCalled();
  });
});
