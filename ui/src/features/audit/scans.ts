import type { ScanView } from '../../bindings';

/** The newest scan of `tag` (tags ignore case, as Rust compares them). */
export function latestScanOf(scans: readonly ScanView[], tag: string): ScanView | null {
  const wanted = tag.toLocaleLowerCase();
  return scans.find((scan) => scan.tag.toLocaleLowerCase() === wanted) ?? null;
}

/** Whether an unknown tag has since been created and scanned again (it then has an asset). */
export function createdSince(scans: readonly ScanView[], unknown: ScanView): boolean {
  const wanted = unknown.tag.toLocaleLowerCase();
  return scans.some(
    (scan) =>
      scan.asset !== null && scan.tag.toLocaleLowerCase() === wanted && scan.at >= unknown.at,
  );
}
