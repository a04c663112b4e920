/** Feature vectors per block of memory the vectors are cut from. */
const VECTORS_PER_BLOCK = 256;

/**
 * Hands out zeroed feature vectors as views into large blocks. A Float64Array of its own (one per
 * candidate of every quotation) is allocated outside V8's heap, which cost more than computing the
 * features. A vector is never handed out twice, so nothing written for one quotation or article is
 * seen by another; a block is freed once no vector cut from it is referenced.
 */
export class FeatureVectors {
  private block = new ArrayBuffer(0);
  private used = VECTORS_PER_BLOCK;
  private readonly bytes: number;

  constructor(private readonly length: number) {
    this.bytes = length * Float64Array.BYTES_PER_ELEMENT;
  }

  /** A fresh vector of zeros. */
  next(): Float64Array {
    if (this.used === VECTORS_PER_BLOCK) {
      this.block = new ArrayBuffer(VECTORS_PER_BLOCK * this.bytes);
      this.used = 0;
    }
    return new Float64Array(this.block, this.bytes * this.used++, this.length);
  }
}
