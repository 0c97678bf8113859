/** What a catalogue is: English defines the keys (en.json), every other language translates them. */
import type { Message } from '../message-format';
import type en from './en.json';

export type MessageKey = keyof typeof en;
/** A translation: every key of English, or it falls back to English (see missingKeys). */
export type Catalogue = Partial<Record<MessageKey, Message>>;
