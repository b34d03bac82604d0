import { useCallback } from 'react';
import { useLoad } from '../../app/useLoad';
import type { IpcError, Supplier } from '../../bindings';
import * as ipc from '../../ipc';

/** One supplier, picked out of the list (there is no command for one supplier). */
export function useSupplier(id: string): {
  supplier: Supplier | null;
  loaded: boolean;
  error: IpcError | null;
  retry: () => void;
} {
  const load = useCallback(
    () => ipc.getSuppliers().then((all) => ({ supplier: all.find((s) => s.id === id) ?? null })),
    [id],
  );
  const { data, error, retry } = useLoad(load);
  return { supplier: data?.supplier ?? null, loaded: data !== null, error, retry };
}
