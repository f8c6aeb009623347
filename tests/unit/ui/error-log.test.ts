// The error panel's store: bounded, newest first, one entry per failure, and a report a person can paste.
import { describe, expect, it, vi } from 'vitest';
import { ErrorLog, describeError, errorReport } from '../../../renderer/src/ui/app/error-log.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('ErrorLog', () => {
  it('keeps the newest entries first, up to its limit', () => {
    const time = clock();
    const log = new ErrorLog(3, time.now);
    for (const n of [1, 2, 3, 4]) {
      log.record(`failure ${n}`);
      time.advance(5000);
    }
    expect(log.list().map((e) => e.message)).toEqual(['failure 4', 'failure 3', 'failure 2']);
    expect(new Set(log.list().map((e) => e.id)).size).toBe(3);
  });

  it('joins a failed result and the toast that explains it into one entry', () => {
    const time = clock();
    const log = new ErrorLog(50, time.now);
    log.record('The print window crashed.', 'exportBookPdf failed (code: print-failed)');
    time.advance(300);
    log.record('Export failed: The print window crashed.');
    expect(log.list()).toEqual([
      { id: 1, time: 1_000_000, message: 'Export failed: The print window crashed.', details: 'exportBookPdf failed (code: print-failed)' },
    ]);
  });

  it('keeps repeats apart when they are seconds apart or say something else', () => {
    const time = clock();
    const log = new ErrorLog(50, time.now);
    log.record('Disk full');
    time.advance(2500);
    log.record('Backup failed: Disk full');
    time.advance(100);
    log.record('Quota exceeded');
    expect(log.list().map((e) => e.message)).toEqual(['Quota exceeded', 'Backup failed: Disk full', 'Disk full']);
  });

  it('tells listeners about every change until they stop listening', () => {
    const log = new ErrorLog();
    const listener = vi.fn();
    const stop = log.onChange(listener);
    log.record('one');
    log.clear();
    stop();
    log.record('two');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(log.list().map((e) => e.message)).toEqual(['two']);
  });
});

describe('describeError', () => {
  it('takes the message and stack of an Error, the code of a plain error object, the text of anything else', () => {
    const error = new TypeError('cursor lost');
    expect(describeError(error)).toEqual({ message: 'cursor lost', details: error.stack });
    expect(describeError({ code: 'EACCES', message: 'Permission denied' })).toEqual({ message: 'Permission denied', details: 'code: EACCES' });
    expect(describeError('plain')).toEqual({ message: 'plain', details: '' });
    expect(describeError(undefined)).toEqual({ message: 'undefined', details: '' });
  });
});

describe('errorReport', () => {
  it('lists each error with its UTC time and indented details under the app version', () => {
    const report = errorReport(
      [
        { id: 2, time: Date.UTC(2031, 5, 12, 9, 30), message: 'Second', details: 'line a\nline b' },
        { id: 1, time: Date.UTC(2031, 5, 12, 9, 0), message: 'First', details: '' },
      ],
      '1.2.3',
    );
    expect(report).toBe(
      'Chancery 1.2.3: 2 recent error(s)\n\n[2031-06-12T09:30:00.000Z] Second\n    line a\n    line b\n\n[2031-06-12T09:00:00.000Z] First\n',
    );
  });
});
