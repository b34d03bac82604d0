/**
 * The header cell of a sortable column: a button that sorts by it (ascending,
 * then descending) and says how the list is sorted, to screen readers too.
 */
export function SortHeader({
  id,
  label,
  sorted,
  numeric,
  onToggle,
}: {
  id: string;
  label: string;
  sorted: false | 'asc' | 'desc';
  numeric?: boolean;
  onToggle: ((event: unknown) => void) | undefined;
}) {
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <button type="button" className="sort-button" data-testid={`sort-${id}`} onClick={onToggle}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : ''}
        </span>
      </button>
    </th>
  );
}
