import { useFormat } from '../../i18n/useFormat';

type Row = { key: string; label: string; count: number };

/** A titled list of counts, each with a bar proportional to its share of `total`. */
export function Breakdown({ title, total, rows }: { title: string; total: number; rows: Row[] }) {
  const format = useFormat();
  return (
    <section className="breakdown">
      <h2>{title}</h2>
      <ul>
        {rows.map(({ key, label, count }) => (
          <li key={key}>
            <span className="breakdown-label">{label}</span>
            <span className="breakdown-count">{format.number(count)}</span>
            <span className="breakdown-bar" aria-hidden="true">
              <span style={{ width: `${total > 0 ? (count / total) * 100 : 0}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
