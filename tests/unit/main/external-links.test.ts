import { describe, expect, it, vi } from 'vitest';
import { linkQuestion, openExternalAfterConfirming, openExternalSafely, type LinkQuestion } from '../../../main/services/external-links.js';
import { requestSchemas } from '../../../main/common/ipc-contract.js';
import { MAX_EXTERNAL_URL_CHARS } from '../../../main/common/external-url.js';

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
    'https://user@example.org/',
    'https://:secret@example.org/',
    `https://example.org/${'a'.repeat(2048)}`,
    'not a url',
    '',
  ])('refuses %j without opening anything', async (url) => {
    const open = vi.fn(async () => undefined);
    const result = await openExternalSafely(url, open);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused-url' } });
    expect(open).not.toHaveBeenCalled();
  });
});

describe('openExternalAfterConfirming', () => {
  const deps = (answer: number) => ({
    showMessageBox: vi.fn(async (_question: LinkQuestion) => ({ response: answer })),
    openExternal: vi.fn(async (_url: string) => undefined),
  });

  it('asks with the host as the question and the full address below, then opens on "Open in browser"', async () => {
    const d = deps(1);
    expect(await openExternalAfterConfirming('https://news.example.org/a/b?c=1', d)).toEqual({ ok: true, value: null });
    const question = d.showMessageBox.mock.calls[0]![0];
    expect(question.message).toBe('Open news.example.org in your web browser?');
    expect(question.detail).toContain('https://news.example.org/a/b?c=1');
    expect(question.buttons[1]).toBe('Open in browser');
    expect(d.openExternal).toHaveBeenCalledWith('https://news.example.org/a/b?c=1');
  });

  it('opens nothing when the user cancels (Escape or the default button)', async () => {
    const d = deps(0);
    expect(await openExternalAfterConfirming('https://example.org/', d)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(d.openExternal).not.toHaveBeenCalled();
  });

  it('refuses unsafe URLs without asking', async () => {
    const d = deps(1);
    expect(await openExternalAfterConfirming('file:///etc/passwd', d)).toMatchObject({ ok: false, error: { code: 'refused-url' } });
    expect(d.showMessageBox).not.toHaveBeenCalled();
    expect(d.openExternal).not.toHaveBeenCalled();
  });

  it('shows a look-alike host as the browser resolves it', () => {
    expect(linkQuestion(new URL('https://exаmple.org/')).message).toContain('xn--exmple-4nf.org');
  });
});

describe('the shell:open-external payload schema', () => {
  const schema = requestSchemas['shell:open-external'];

  it('accepts an https URL up to the length limit', () => {
    expect(schema.safeParse({ url: 'https://example.org/treaty' }).success).toBe(true);
    const longest = `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_CHARS - 'https://example.org/'.length)}`;
    expect(longest).toHaveLength(MAX_EXTERNAL_URL_CHARS);
    expect(schema.safeParse({ url: longest }).success).toBe(true);
  });

  it.each(['https://user:pw@example.org/', 'https://user@example.org/', `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_CHARS)}`, 'http://example.org/'])(
    'refuses %j before any handler runs',
    (url) => {
      expect(schema.safeParse({ url }).success).toBe(false);
    },
  );
});
