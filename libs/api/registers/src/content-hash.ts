import { createHash, Hash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * SHA-256 of what was submitted, with what it was submitted for (kind and school), so that a repeat of the same
 * key is recognised as the same submission and the key reused for anything else is not.
 */
export class ContentHash {
  private readonly hash: Hash;

  constructor(kind: string, urn: number, ...qualifiers: string[]) {
    this.hash = createHash('sha256');
    this.hash.update(`${kind}\n${urn}\n${qualifiers.map((q) => `${q}\n`).join('')}`);
  }

  update(data: string | Buffer): void {
    this.hash.update(data);
  }

  hex(): string {
    return this.hash.digest('hex');
  }

  /** Passes the bytes through unchanged, hashing them on the way. */
  tap(): Transform {
    return new Transform({
      transform: (chunk: Buffer | string, _encoding, callback) => {
        this.hash.update(chunk);
        callback(null, chunk);
      },
    });
  }

  /** Reads the whole stream only to hash it (a repeat is compared, never parsed). */
  async drain(source: Readable): Promise<string> {
    await pipeline(
      source,
      async (chunks: AsyncIterable<Buffer | string>) => {
        for await (const chunk of chunks) this.hash.update(chunk);
      },
    );
    return this.hex();
  }
}
