// The small words inside and around a person's name: particles, suffixes, abbreviations. Lower case
// throughout.

import { words } from "./words.ts";

/** Connectors that may sit inside a name or an organisation's name. */
export const NAME_CONNECTORS = words(`
  of de van von der den da di du del della la le bin ibn al el y dos das st &
`);

/** Particles that may sit inside a person's name ("Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES = words("de van von der den da di du del della la le bin ibn al el y");

/** Post-nominal letters and generational suffixes: "Jr.", "MP", "III". */
export const NAME_SUFFIXES = words("jr sr ii iii iv mp mep msp qc kc phd md esq obe mbe cbe");

/** Post-nominal letters: an office or an honour after the name, not part of it ("Simon Tate KC"). */
export const POST_NOMINALS = words("mp mep msp qc kc phd md esq obe mbe cbe");

/** Abbreviations that keep a name going across their period: "Robert H. Schuller", "Rev. Jones". */
export const NAME_ABBREVIATIONS = words(
  "mr mrs ms dr st jr sr rev gen sen gov lt col capt sgt prof rep mt ft messrs hon adm cmdr det supt cllr insp fr pres",
);
