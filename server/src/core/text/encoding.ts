/**
 * Text encodings (the contract's *Text encodings*): decoding a file's bytes and telling text from
 * what is not. Pure, below every other layer, so readers of sources and the workspace both use it.
 */
/** The encodings of the contract's *Text encodings*; GB18030 covers GBK and GB2312 (Windows' "ANSI"). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** A strict decoder; null where the runtime lacks the encoding (a node built without full ICU). */
function strictDecoder(encoding: Encoding): TextDecoder | null {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    return null;
  }
}
/** Made once, when the module loads, and never changed: a decoder without `stream` keeps no state between calls. */
const DECODERS: Readonly<Record<Encoding, TextDecoder | null>> = {
  'utf-8': strictDecoder('utf-8'),
  'utf-16le': strictDecoder('utf-16le'),
  'utf-16be': strictDecoder('utf-16be'),
  gb18030: strictDecoder('gb18030'),
};
function decodeAs(bytes: Uint8Array, encoding: Encoding): Decoded | undefined {
  try {
    const s = DECODERS[encoding]?.decode(bytes);
    // TextDecoder drops the UTF-8 and UTF-16 byte-order marks; GB18030's (84 31 95 33) decodes to U+FEFF.
    return s === undefined ? undefined : { text: s.charCodeAt(0) === 0xfeff ? s.slice(1) : s, encoding };
  } catch {
    return undefined;
  }
}

/** U+0000, U+FFFD (a decoder's replacement) and control characters other than tab, LF, CR and FF. */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;
/** Whether decoded text is text in the contract's sense. */
export function isText(text: string): boolean {
  return !NOT_TEXT.test(text);
}

/** The first character that makes decoded text not text, and its line (from 1): for the message. */
export interface NotTextAt {
  char: number;
  line: number;
}
export function firstNotText(text: string): NotTextAt | undefined {
  const m = NOT_TEXT.exec(text);
  if (!m) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
  return { char: text.charCodeAt(m.index), line };
}

/**
 * Decodes a file as the contract's *Text encodings* say: UTF-8 when it is valid UTF-8, else by its
 * byte-order mark, else GB18030 when that decodes; undefined when the result is not text.
 */
export function decodeText(bytes: Uint8Array): Decoded | undefined {
  const decoded = decodeAny(bytes);
  return decoded && isText(decoded.text) ? decoded : undefined;
}

/** Why bytes are not text: where the decoded text holds what text may not; undefined if nothing decodes. */
export function whyNotText(bytes: Uint8Array): NotTextAt | undefined {
  const decoded = decodeAny(bytes);
  return decoded && firstNotText(decoded.text);
}

/** Decoded text by *Text encodings*, whether or not it is text (a web page tests the text it yields). */
export function decodeAny(bytes: Uint8Array): Decoded | undefined {
  const b0 = bytes[0],
    b1 = bytes[1];
  return (
    decodeAs(bytes, 'utf-8') ??
    (b0 === 0xff && b1 === 0xfe
      ? decodeAs(bytes, 'utf-16le')
      : b0 === 0xfe && b1 === 0xff
        ? decodeAs(bytes, 'utf-16be')
        : b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf
          ? undefined // a UTF-8 mark on what is not UTF-8
          : decodeAs(bytes, 'gb18030'))
  );
}

/** How people name an encoding: GB18030, UTF-16LE. */
export function encodingLabel(encoding: Encoding): string {
  return encoding.toUpperCase();
}
