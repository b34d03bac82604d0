import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../bindings';
import { toIpcError } from '../../ipc';

/*
 * A barcode scanner types a tag and Enter in a few milliseconds, faster than
 * Rust answers. Every tag is kept, in the order scanned, and sent one at a
 * time: the next leaves only once the previous one has its answer, so scans
 * are never lost, never reordered, and each answer is the page after it.
 */

/** One scanned tag and the room it was scanned in (the room chosen at that moment). */
export type Scan = { tag: string; roomId: string };

export type Answer<R> = { ok: true; value: R } | { ok: false; error: IpcError };

export function useScanQueue<R>(
  send: (scan: Scan) => Promise<R>,
  onAnswer: (scan: Scan, answer: Answer<R>, waiting: number) => void,
): { push: (scan: Scan) => void; waiting: number } {
  const queue = useRef<Scan[]>([]);
  const running = useRef(false);
  const [waiting, setWaiting] = useState(0);
  // The latest callbacks, read when each answer arrives.
  const latest = useRef({ send, onAnswer });
  useEffect(() => {
    latest.current = { send, onAnswer };
  });

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    for (let scan = queue.current[0]; scan !== undefined; scan = queue.current[0]) {
      let answer: Answer<R>;
      try {
        answer = { ok: true, value: await latest.current.send(scan) };
      } catch (error) {
        answer = { ok: false, error: toIpcError(error) };
      }
      queue.current.shift();
      setWaiting(queue.current.length);
      latest.current.onAnswer(scan, answer, queue.current.length);
    }
    running.current = false;
  }, []);

  const push = useCallback(
    (scan: Scan) => {
      queue.current.push(scan);
      setWaiting(queue.current.length);
      void pump();
    },
    [pump],
  );

  return { push, waiting };
}
