// The values that stand for "no entity" and "no quotation" in the people and quotes stages. They are
// numbers, not undefined, so refs and cues stay plain records that typed arrays can hold; the names
// say which absence is meant.

/** A reference not resolved yet (Ref.entity). */
export const UNRESOLVED = -1;

/** A reference or cue that refers to someone the article does not name ("a resident", "the spokesman"). */
export const NOBODY = -2;

/** A reference in the narrative, outside every quotation (Ref.quote). */
export const NARRATIVE = -1;

/** A reference inside a block-quoted paragraph (Ref.quote). */
export const IN_BLOCK_QUOTE = -2;

/** A lexeme that starts no name (the nameAt lookup of the reference builder). */
export const NO_NAME = -1;
