import { FormattedMessage } from 'react-intl';
import type { FateKind, ImportSummary } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';

export const FATES: readonly FateKind[] = ['created', 'updated', 'unchanged', 'rejected'];

/** The four counts an import ends with, as tiles. */
export function SummaryCounts({ summary }: { summary: ImportSummary }) {
  const format = useFormat();
  return (
    <dl className="import-summary" data-testid="import-summary">
      {FATES.map((fate) => (
        <div
          key={fate}
          className={`import-count-tile fate-${fate}${summary[fate] > 0 ? ' has-some' : ''}`}
          data-testid={`count-${fate}`}
        >
          <dt>
            <FormattedMessage id={`import.fate.${fate}`} />
          </dt>
          <dd>{format.number(summary[fate])}</dd>
        </div>
      ))}
    </dl>
  );
}
