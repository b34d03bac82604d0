type Props = {
  label: string;
  value: string;
  /** The unformatted number, for tests that read the page (`data-value`). */
  rawValue?: number;
  hint?: string;
  tone?: 'warn' | 'alert';
  testId?: string;
};

/** One figure of the dashboard, as a term and its value inside a `<dl>`. */
export function Stat({ label, value, rawValue, hint, tone, testId }: Props) {
  return (
    <div className={tone ? `stat stat-${tone}` : 'stat'}>
      <dt>{label}</dt>
      <dd className="stat-value" data-testid={testId} data-value={rawValue}>
        {value}
      </dd>
      {hint && <dd className="stat-hint">{hint}</dd>}
    </div>
  );
}
