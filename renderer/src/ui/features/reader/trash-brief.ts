// Moving the open brief to the Trash from the reader, with undo.
import type { BriefRecord } from '../../../domain/types.js';
import { moveBriefToTrash, restoreBriefFromTrash } from '../../../data/trash.js';
import { navigate, parseHash } from '../../app/routes.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/index.js';

/** The brief goes to the Trash with its annotations and items; the toast offers undo. */
export async function moveToTrash(host: EventTarget, brief: BriefRecord, openId: () => string): Promise<void> {
  await moveBriefToTrash(brief.id);
  emit(host, 'cy-toast', {
    message: t('trash.moved', { title: brief.title }),
    action: {
      label: t('common.undo'),
      run: async () => {
        await restoreBriefFromTrash(brief.id);
        navigate({ view: 'brief', id: brief.id });
      },
    },
  });
  // Leave the deleted brief for the library, unless the user has already gone elsewhere.
  if (parseHash(location.hash).route.view === 'brief' && openId() === brief.id) navigate({ view: 'library' });
}
