import { FormattedMessage } from 'react-intl';

/** Where the PDF of labels was written, under the screen's toolbar. */
export function LabelsPrinted({ path }: { path: string | null }) {
  if (!path) return null;
  return (
    <p className="export-status" role="status" data-testid="labels-status">
      <FormattedMessage
        id="labels.printed"
        values={{ path: <code data-testid="labels-path">{path}</code> }}
      />
    </p>
  );
}
