/**
 * UTF-8 decoded piece by piece. `TextDecoder`'s own `{ stream: true }` mode is several times
 * slower in V8 than a plain decode, so each piece is cut at its last whole character and the
 * few bytes of a split character wait for the next piece.
 */
export class Utf8Pieces {
  private readonly decoder = new TextDecoder();
  private carry: Uint8Array | undefined;

  decode(piece: Uint8Array): string {
    let bytes = piece;
    if (this.carry) {
      bytes = new Uint8Array(this.carry.length + piece.length);
      bytes.set(this.carry);
      bytes.set(piece, this.carry.length);
      this.carry = undefined;
    }
    const cut = wholeCharacters(bytes);
    if (cut < bytes.length) this.carry = bytes.slice(cut);
    return this.decoder.decode(bytes.subarray(0, cut));
  }

  /** What is left (a character cut off at the very end decodes as U+FFFD). */
  end(): string {
    const rest = this.carry ? this.decoder.decode(this.carry) : "";
    this.carry = undefined;
    return rest;
  }
}

/** The length of the prefix of `bytes` that ends on a character boundary. */
function wholeCharacters(bytes: Uint8Array): number {
  const n = bytes.length;
  // Look back at most 3 bytes for the lead byte of the last character.
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const b = bytes[i];
    if (b < 0x80) return n; // ASCII: whole
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return n - i >= need ? n : i;
    }
  }
  return n;
}
