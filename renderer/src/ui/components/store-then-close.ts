// What the dialogs that store something share: a dialog closes only once its write is stored;
// when the write fails it stays open with what was typed and says why.
import { failureMessage } from '../storage-message.js';

export interface StoringDialog {
  saving: boolean;
  failure: string;
}

export async function storeThenClose(dialog: StoringDialog, store: () => Promise<unknown>, close: () => void): Promise<void> {
  dialog.saving = true;
  try {
    await store();
    close();
  } catch (error) {
    dialog.failure = failureMessage(error);
  } finally {
    dialog.saving = false;
  }
}
