import { type KeyboardEvent as KeyEvent, type RefObject, useEffect, useId } from 'react';
import { useIntl } from 'react-intl';

/** What a click may land on without the scan input taking the focus back. */
const INTERACTIVE =
  'input, select, textarea, button, a, label, summary, [contenteditable="true"], [role="dialog"], [role="alertdialog"]';

/** Whether a dialog is open: it keeps the focus, the scan input waits. */
export function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
}

/** Where typing belongs to the field itself, never to the scan input. */
const EDITABLE =
  'input:not([type="checkbox"]):not([type="radio"]), select, textarea, [contenteditable="true"]';

/**
 * Keeps the scan input focused while `active`: now, after a click anywhere on
 * the page that is not on a control or in a dialog, and when a character is
 * typed while the focus is on a button, a link or a checkbox (a scanner typing
 * after a dialog gave the focus back to its button), so that no tag is lost
 * and none ends with an Enter that presses a button.
 */
export function useKeepFocus(input: RefObject<HTMLInputElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    input.current?.focus();
    const refocus = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(INTERACTIVE) || dialogOpen()) return;
      input.current?.focus();
    };
    const redirect = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.key === ' ') return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(EDITABLE) || dialogOpen()) return;
      input.current?.focus();
    };
    document.addEventListener('click', refocus);
    document.addEventListener('keydown', redirect, true);
    return () => {
      document.removeEventListener('click', refocus);
      document.removeEventListener('keydown', redirect, true);
    };
  }, [input, active]);
}

/**
 * The big input a USB barcode scanner types into: each tag ends with Enter,
 * which sends it and empties the field at once for the next one. `onScan`
 * answers `false` to refuse a tag (no room chosen yet), which stays typed.
 */
export function ScanInput({
  inputRef,
  onScan,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onScan: (tag: string) => boolean;
}) {
  const intl = useIntl();
  const id = useId();
  const keyDown = (event: KeyEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const input = event.currentTarget;
    const tag = input.value.trim();
    input.value = '';
    if (tag !== '' && !onScan(tag)) input.value = tag;
  };
  return (
    <div className="scan-field">
      <label htmlFor={id}>{intl.formatMessage({ id: 'audit.scan.label' })}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        className="scan-input mono"
        data-testid="scan-input"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="send"
        placeholder={intl.formatMessage({ id: 'audit.scan.placeholder' })}
        onKeyDown={keyDown}
      />
    </div>
  );
}
