// Catalog texts outside React (route handlers, the API's problem messages): the message at a dotted
// key in one locale, or null when the key names no message.
import type { TLocale } from './config';
import { getMessages } from './messages';

export function translateKey(locale: TLocale, key: string): string | null {
  let node: unknown = getMessages(locale);
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
}
