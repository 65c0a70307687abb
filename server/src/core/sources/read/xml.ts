/**
 * XML for the Word reader: saxes, a streaming, non-validating parser that never reads a DTD, never
 * resolves an external entity and knows only XML's five predefined entities. A part that holds a
 * document type declaration (Word never writes one) or nests deeper than MAX_XML_DEPTH is refused.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ReadFailure } from './failure';

const MAX_XML_DEPTH = 256;

export interface XmlHandlers {
  open(tag: SaxesTagNS, parser: SaxesParser<{ xmlns: true }>): void;
  close(tag: SaxesTagNS): void;
  text?(text: string): void;
}

/** A part's bytes as text: UTF-8 (what Word writes), else UTF-16 by its byte-order mark. */
export function partText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff;
  try {
    return new TextDecoder(utf16 === true ? 'utf-16be' : utf16 || 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadFailure('xmlMalformed');
  }
}

export function parseXml(text: string, on: XmlHandlers): void {
  if (text.includes('<!DOCTYPE')) throw new ReadFailure('xmlDoctype');
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  parser.on('doctype', () => {
    throw new ReadFailure('xmlDoctype');
  });
  parser.on('opentag', tag => {
    if (++depth > MAX_XML_DEPTH) throw new ReadFailure('xmlTooDeep');
    on.open(tag, parser);
  });
  // saxes reports a self-closing tag's close too.
  parser.on('closetag', tag => {
    depth--;
    on.close(tag);
  });
  if (on.text) parser.on('text', on.text);
  parser.on('error', () => {
    throw new ReadFailure('xmlMalformed');
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof ReadFailure) throw e;
    throw new ReadFailure('xmlMalformed');
  }
}

/** An attribute's value by its local name (Word's attributes are in its own namespace, or none). */
export function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return undefined;
}
