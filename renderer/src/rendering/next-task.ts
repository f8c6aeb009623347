// Yielding to the page between pieces of long work, so it can paint and answer input.

/** Resolves in a later task (a message, not a timer: no 4 ms clamp after a few nested calls). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
