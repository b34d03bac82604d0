import type { AssetKind, Lang } from '../../bindings';

/** The label of a kind code in the interface language; the code itself for an unknown kind. */
export function kindLabel(kinds: readonly AssetKind[], code: string, lang: Lang): string {
  const kind = kinds.find((k) => k.code === code);
  if (!kind) return code;
  return lang === 'fr' ? kind.labelFr : kind.labelEn;
}
