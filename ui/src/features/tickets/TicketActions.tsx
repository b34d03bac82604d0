import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FormDialog } from '../../app/FormDialog';
import type {
  CommandKind,
  SolutionKind,
  Supplier,
  TicketCommand,
  TicketDetail,
} from '../../bindings';
import type { MessageId } from '../../i18n/fr';

/** Runs a command; answers the error message, or `null` once done. */
type Run = (command: TicketCommand) => Promise<string | null>;

const SOLUTIONS: readonly SolutionKind[] = [
  'fixed',
  'workaround',
  'explained',
  'replaced',
  'cancelled',
];

/** The one-click actions, in the order they are offered, and the command each sends. */
const SIMPLE: ReadonlyArray<{ kind: CommandKind; command: TicketCommand; label: MessageId }> = [
  { kind: 'assign', command: { action: 'assign_to_me' }, label: 'ticket.action.assign_to_me' },
  { kind: 'plan', command: { action: 'plan' }, label: 'ticket.action.plan' },
  { kind: 'unplan', command: { action: 'unplan' }, label: 'ticket.action.unplan' },
  { kind: 'wait', command: { action: 'wait' }, label: 'ticket.action.wait' },
  { kind: 'resume', command: { action: 'resume' }, label: 'ticket.action.resume' },
  { kind: 'reopen', command: { action: 'reopen' }, label: 'ticket.action.reopen' },
  { kind: 'unassign', command: { action: 'unassign' }, label: 'ticket.action.unassign' },
];

/**
 * The status actions of a ticket: only those its status allows now (`allowed`,
 * decided by the core). Solving and closing ask for more in a dialog.
 */
export function TicketActions({
  detail,
  suppliers,
  run,
}: {
  detail: TicketDetail;
  suppliers: readonly Supplier[];
  run: Run;
}) {
  const intl = useIntl();
  const allowed = new Set(detail.allowed);
  const [busy, setBusy] = useState(false);
  const click = async (command: TicketCommand) => {
    setBusy(true);
    await run(command);
    setBusy(false);
  };
  if (allowed.size === 0) return null;
  return (
    <fieldset className="ticket-actions">
      <legend className="visually-hidden">{intl.formatMessage({ id: 'ticket.actions' })}</legend>
      {SIMPLE.filter(
        ({ kind, command }) =>
          allowed.has(kind) && !(command.action === 'assign_to_me' && detail.assignedToMe),
      ).map(({ command, label }) => (
        <button
          key={command.action}
          type="button"
          className={
            command.action === 'assign_to_me' && detail.ticket.status === 'new'
              ? 'button button-primary'
              : 'button'
          }
          data-testid={`action-${command.action}`}
          disabled={busy}
          onClick={() => click(command)}
        >
          {intl.formatMessage({ id: label })}
        </button>
      ))}
      {allowed.has('assign') && <SupplierDialog suppliers={suppliers} run={run} />}
      {allowed.has('solve') && <SolveDialog run={run} />}
      {allowed.has('close') && <CloseDialog run={run} />}
      {allowed.has('make_major') && detail.ticket.priority < 6 && (
        <button
          type="button"
          className="button button-danger"
          data-testid="action-make_major"
          disabled={busy}
          onClick={() => click({ action: 'make_major' })}
        >
          {intl.formatMessage({ id: 'ticket.action.make_major' })}
        </button>
      )}
    </fieldset>
  );
}

function SupplierDialog({ suppliers, run }: { suppliers: readonly Supplier[]; run: Run }) {
  const intl = useIntl();
  const [supplierId, setSupplierId] = useState('');
  return (
    <FormDialog
      label={intl.formatMessage({ id: 'ticket.action.assign_supplier' })}
      title={intl.formatMessage({ id: 'ticket.supplierTitle' })}
      description={intl.formatMessage({
        id: suppliers.length > 0 ? 'ticket.supplierBody' : 'ticket.noSuppliers',
      })}
      confirm={intl.formatMessage({ id: 'ticket.supplierConfirm' })}
      testId="action-assign_supplier"
      onOpen={() => setSupplierId(suppliers[0]?.id ?? '')}
      onConfirm={async () =>
        supplierId === ''
          ? intl.formatMessage({ id: 'ticket.chooseSupplier' })
          : run({ action: 'assign_supplier', supplierId })
      }
    >
      <label className="field">
        <span>{intl.formatMessage({ id: 'ticket.supplier' })}</span>
        <select
          data-testid="supplier-select"
          value={supplierId}
          onChange={(event) => setSupplierId(event.target.value)}
        >
          {suppliers.map((supplier) => (
            <option key={supplier.id} value={supplier.id}>
              {supplier.name}
            </option>
          ))}
        </select>
      </label>
    </FormDialog>
  );
}

function SolveDialog({ run }: { run: Run }) {
  const intl = useIntl();
  const [kind, setKind] = useState<SolutionKind>('fixed');
  const [text, setText] = useState('');
  return (
    <FormDialog
      label={intl.formatMessage({ id: 'ticket.action.solve' })}
      title={intl.formatMessage({ id: 'ticket.solveTitle' })}
      confirm={intl.formatMessage({ id: 'ticket.solveConfirm' })}
      testId="action-solve"
      primary
      onOpen={() => {
        setKind('fixed');
        setText('');
      }}
      onConfirm={async () =>
        text.trim() === ''
          ? intl.formatMessage({ id: 'ticket.solutionRequired' })
          : run({ action: 'solve', solutionKind: kind, text: text.trim() })
      }
    >
      <label className="field">
        <span>{intl.formatMessage({ id: 'ticket.solutionKind' })}</span>
        <select
          data-testid="solution-kind"
          value={kind}
          onChange={(event) => setKind(SOLUTIONS.find((s) => s === event.target.value) ?? 'fixed')}
        >
          {SOLUTIONS.map((solution) => (
            <option key={solution} value={solution}>
              {intl.formatMessage({ id: `solution.${solution}` })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{intl.formatMessage({ id: 'ticket.solutionText' })}</span>
        <textarea
          data-testid="solution-text"
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
    </FormDialog>
  );
}

function CloseDialog({ run }: { run: Run }) {
  const intl = useIntl();
  const [satisfaction, setSatisfaction] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  return (
    <FormDialog
      label={intl.formatMessage({ id: 'ticket.action.close' })}
      title={intl.formatMessage({ id: 'ticket.closeTitle' })}
      description={intl.formatMessage({ id: 'ticket.closeBody' })}
      confirm={intl.formatMessage({ id: 'ticket.closeConfirm' })}
      testId="action-close"
      onOpen={() => {
        setSatisfaction(null);
        setComment('');
      }}
      onConfirm={() =>
        run({
          action: 'close',
          satisfaction,
          comment: comment.trim() === '' ? null : comment.trim(),
        })
      }
    >
      <SatisfactionStars value={satisfaction} onChange={setSatisfaction} />
      <label className="field">
        <span>{intl.formatMessage({ id: 'ticket.satisfactionComment' })}</span>
        <textarea
          data-testid="satisfaction-comment"
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </label>
    </FormDialog>
  );
}

/** The requester's satisfaction, 1 to 5 stars, as radio buttons (or not given). */
function SatisfactionStars({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const intl = useIntl();
  return (
    <fieldset className="stars">
      <legend>{intl.formatMessage({ id: 'ticket.satisfaction' })}</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label
          key={n}
          className={value !== null && n <= value ? 'star star-on' : 'star'}
          data-testid={`satisfaction-star-${n}`}
        >
          <input
            type="radio"
            name="satisfaction"
            className="visually-hidden"
            data-testid={`satisfaction-${n}`}
            checked={value === n}
            onChange={() => onChange(n)}
          />
          <span aria-hidden="true">★</span>
          <span className="visually-hidden">
            {intl.formatMessage({ id: 'ticket.stars' }, { n })}
          </span>
        </label>
      ))}
      <label className="star-none">
        <input
          type="radio"
          name="satisfaction"
          data-testid="satisfaction-none"
          checked={value === null}
          onChange={() => onChange(null)}
        />
        {intl.formatMessage({ id: 'ticket.noSatisfaction' })}
      </label>
    </fieldset>
  );
}
