import type { ControlProps } from '../../app/Field';
import type { LocationNode } from '../../bindings';

/** An em space per level: the tree reads as a tree inside a native list. */
const INDENT = '\u2003';

/**
 * A native select over the location tree, each location indented by its depth.
 * `exclude` leaves out a location and everything under it (a location cannot
 * sit under itself).
 */
export function LocationSelect({
  nodes,
  value,
  onChange,
  emptyLabel,
  exclude,
  filter,
  testId,
  control,
  ariaLabel,
}: {
  nodes: readonly LocationNode[];
  value: string | null;
  onChange: (id: string | null) => void;
  emptyLabel: string;
  exclude?: string | null;
  filter?: (node: LocationNode) => boolean;
  testId?: string;
  control?: ControlProps;
  ariaLabel?: string;
}) {
  const shown = withoutSubtree(nodes, exclude ?? null).filter(filter ?? (() => true));
  return (
    <select
      {...control}
      aria-label={ariaLabel}
      data-testid={testId}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      <option value="">{emptyLabel}</option>
      {shown.map(({ location, depth }) => (
        <option key={location.id} value={location.id}>
          {INDENT.repeat(depth)}
          {location.name}
        </option>
      ))}
    </select>
  );
}

/** The nodes without `root` and its descendants (they follow it, deeper, in display order). */
export function withoutSubtree(
  nodes: readonly LocationNode[],
  root: string | null,
): LocationNode[] {
  if (root === null) return [...nodes];
  const kept: LocationNode[] = [];
  let skipDepth: number | null = null;
  for (const node of nodes) {
    if (skipDepth !== null && node.depth > skipDepth) continue;
    skipDepth = null;
    if (node.location.id === root) {
      skipDepth = node.depth;
      continue;
    }
    kept.push(node);
  }
  return kept;
}

/** `Site › Bâtiment A › Salle 12`: the names from the top of the tree down to `id`. */
export function locationPath(nodes: readonly LocationNode[], id: string): string[] {
  const byId = new Map(nodes.map((node) => [node.location.id, node.location]));
  const names: string[] = [];
  let current = byId.get(id);
  while (current && names.length < 32) {
    names.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return names;
}
