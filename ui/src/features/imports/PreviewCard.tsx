import { FormattedMessage, useIntl } from 'react-intl';
import { Fact } from '../../app/Fact';
import type { ImportPreview, InventoryPreview } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';

/** The file being imported: its name, what Parc recognised in it, and its size. */
export function PreviewCard({ preview, onOther }: { preview: ImportPreview; onOther: () => void }) {
  const format = useFormat();
  const table = preview.table;
  return (
    <section className="import-file" data-testid="import-file">
      <p>
        <strong data-testid="import-file-name">{preview.fileName}</strong>
        {' · '}
        <span data-testid="import-format">{preview.formatLabel}</span>
        {' · '}
        <FormattedMessage
          id="import.size"
          values={{ kb: format.number(Math.max(1, Math.round(preview.size / 1024))) }}
        />
        {table && (
          <>
            {' · '}
            <FormattedMessage
              id="import.rows"
              values={{ count: table.rowCount, shown: format.number(table.rowCount) }}
            />
          </>
        )}{' '}
        <button type="button" className="button button-quiet button-small" onClick={onOther}>
          <FormattedMessage id="import.otherFile" />
        </button>
      </p>
      {preview.inventory && <MachineFacts machine={preview.inventory} />}
    </section>
  );
}

/** The machine an inventory describes, as the wizard announces it. */
export function MachineFacts({ machine }: { machine: InventoryPreview }) {
  const intl = useIntl();
  const format = useFormat();
  const label = (id: 'name' | 'model' | 'serial' | 'os' | 'memory' | 'software') =>
    intl.formatMessage({ id: `import.machine.${id}` });
  return (
    <dl className="facts" data-testid="import-machine">
      <Fact label={label('name')}>{machine.name}</Fact>
      <Fact label={label('model')}>
        {[machine.manufacturer, machine.model].filter(Boolean).join(' ')}
      </Fact>
      <Fact label={label('serial')}>{machine.serial}</Fact>
      <Fact label={label('os')}>{machine.os}</Fact>
      <Fact label={label('memory')}>
        {machine.memoryMib === null
          ? null
          : intl.formatMessage({ id: 'import.mib' }, { mib: format.number(machine.memoryMib) })}
      </Fact>
      <Fact label={label('software')}>
        {machine.softwareCount === null ? null : format.number(machine.softwareCount)}
      </Fact>
    </dl>
  );
}
