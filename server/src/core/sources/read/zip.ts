/**
 * The parts of a zip archive that a Word reader asks for, and only those: the central directory is
 * read to find them (an archive of more than MAX_ENTRIES entries is refused unread), and each part is
 * inflated with fflate's streaming inflater a few kilobytes at a time, counting the bytes it produces
 * (not the sizes the archive declares) and stopping at the budget. Nothing is written anywhere.
 */
import { Inflate } from 'fflate';
import { ReadFailure } from './failure';

const MAX_ENTRIES = 10_000;
/** Compressed bytes pushed at a time: deflate expands at most ~1032×, so one push stays near 4 MiB. */
const STEP = 4096;

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

export class ZipParts {
  private readonly entries = new Map<string, Entry>();
  /** Bytes inflated so far, across every part read. */
  private produced = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly budget: number,
  ) {
    const b = bytes;
    // The end-of-central-directory record: within the last 65,557 bytes (a comment may follow it).
    let eocd = -1;
    for (let o = b.length - 22; o >= Math.max(0, b.length - 65_557); o--) {
      if (u32(b, o) === 0x06054b50) {
        eocd = o;
        break;
      }
    }
    if (eocd < 0) throw new ReadFailure('notZip');
    const count = u16(b, eocd + 10);
    if (count === 0xffff || count > MAX_ENTRIES) throw new ReadFailure('tooManyEntries');
    let at = u32(b, eocd + 16);
    for (let i = 0; i < count; i++) {
      if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new ReadFailure('notZip');
      const nameLen = u16(b, at + 28),
        extraLen = u16(b, at + 30),
        commentLen = u16(b, at + 32);
      const name = new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLen));
      const entry = {
        flags: u16(b, at + 8),
        method: u16(b, at + 10),
        compressedSize: u32(b, at + 20),
        localOffset: u32(b, at + 42),
      };
      // Names are matched as Office does: without case, without a leading slash.
      const key = name.replace(/^\//, '').toLowerCase();
      if (!this.entries.has(key)) this.entries.set(key, entry);
      at += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.replace(/^\//, '').toLowerCase());
  }

  /** A part's bytes, inflated within what is left of the budget; undefined when the archive lacks it. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name.replace(/^\//, '').toLowerCase());
    if (!e) return undefined;
    if (e.flags & 1) throw new ReadFailure('encrypted');
    const b = this.bytes,
      lo = e.localOffset;
    if (lo + 30 > b.length || u32(b, lo) !== 0x04034b50) throw new ReadFailure('notZip');
    const start = lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new ReadFailure('notZip');
    const data = b.subarray(start, end);
    if (e.method === 0) return this.count(data);
    if (e.method !== 8) throw new ReadFailure('notZip');
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate(chunk => {
      size += chunk.length;
      this.count(chunk);
      chunks.push(chunk);
    });
    try {
      for (let o = 0; o < data.length; o += STEP) inflater.push(data.subarray(o, o + STEP), o + STEP >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ReadFailure) throw err;
      throw new ReadFailure('notZip');
    }
    const out = new Uint8Array(size);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  private count(chunk: Uint8Array): Uint8Array {
    this.produced += chunk.length;
    if (this.produced > this.budget) throw new ReadFailure('unpackedTooLarge');
    return chunk;
  }
}
