import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installPowerLock, type PowerEvents } from '../../../main/app/power-lock.js';
import { checkLockRequest, LOCK_REQUEST_EVENT } from '../../../main/common/lock-request.js';
import { createChanceryApi, type IpcRendererLike } from '../../../main/preload/api.js';

describe('installPowerLock', () => {
  it('asks the renderer to lock when the screen locks and when the computer suspends, and on nothing else', () => {
    const power = new EventEmitter();
    const send = vi.fn();
    installPowerLock(power as unknown as PowerEvents, send);
    power.emit('resume');
    power.emit('unlock-screen');
    expect(send).not.toHaveBeenCalled();
    power.emit('lock-screen');
    power.emit('suspend');
    expect(send.mock.calls).toEqual([[{ reason: 'lock-screen' }], [{ reason: 'suspend' }]]);
  });
});

describe('checkLockRequest', () => {
  it('takes exactly a known reason', () => {
    expect(checkLockRequest({ reason: 'suspend' })).toEqual({ reason: 'suspend' });
    expect(checkLockRequest({ reason: 'lock-screen' })).toEqual({ reason: 'lock-screen' });
  });

  it('drops anything else', () => {
    for (const bad of [null, undefined, 'suspend', ['suspend'], {}, { reason: 'reboot' }, { reason: 'suspend', extra: 1 }, { reason: { toString: () => 'suspend' } }]) {
      expect(checkLockRequest(bad)).toBeNull();
    }
  });
});

describe('the preload’s lock listener', () => {
  it('passes on a valid request from main and drops a malformed one', () => {
    const emitter = new EventEmitter();
    const ipc = Object.assign(emitter, { invoke: vi.fn() }) as unknown as IpcRendererLike;
    const listener = vi.fn();
    const stop = createChanceryApi(ipc).onLockRequest(listener);
    emitter.emit(LOCK_REQUEST_EVENT, { senderId: 0 }, { reason: 'lock-screen' });
    emitter.emit(LOCK_REQUEST_EVENT, { senderId: 0 }, { reason: 'lock-screen', code: 'x' });
    emitter.emit(LOCK_REQUEST_EVENT, { senderId: 0 }, 'lock');
    stop();
    emitter.emit(LOCK_REQUEST_EVENT, { senderId: 0 }, { reason: 'suspend' });
    expect(listener.mock.calls).toEqual([[{ reason: 'lock-screen' }]]);
  });
});
