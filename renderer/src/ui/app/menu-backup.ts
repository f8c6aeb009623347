// The menu's Back up library: it asks for the backup's passphrase (or the explicit plain choice),
// then a toast says it has started and how it ended; Settings shows its own progress instead.
import { t } from '../i18n/index.js';
import type { PassphraseDialog } from '../components/passphrase-dialog.js';
import type { ToastRegion } from '../components/toast-region.js';

export async function backUpFromMenu(dialog: PassphraseDialog | null, toasts: ToastRegion): Promise<void> {
  const choice = await dialog?.askToSeal();
  if (!choice) return;
  toasts.show({ message: t('backup.working') });
  const { backUpLibrary } = await import('../features/settings/library-actions.js');
  const saved = await backUpLibrary(choice).catch((error: unknown) => ({ ok: false as const, error: { code: 'internal', message: String(error) } }));
  if (!saved.ok) toasts.show({ kind: 'error', message: t('backup.failed', { reason: saved.error.message }) });
  else if (saved.value) toasts.show({ kind: 'success', message: t('backup.saved', { path: saved.value.path }) });
}
