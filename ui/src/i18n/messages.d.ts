import type { MessageId } from './fr';

// Makes react-intl check message ids at compile time.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
