// Titles, honorifics and forms of address that come before a name. Lower case throughout.

import { words } from "./words.ts";

/** Honorifics and the gender they imply ("" when they imply none). */
export const HONORIFICS: ReadonlyMap<string, "male" | "female" | ""> = new Map([
  ["mr", "male"],
  ["messrs", "male"],
  ["sir", "male"],
  ["lord", "male"],
  ["king", "male"],
  ["prince", "male"],
  ["duke", "male"],
  ["father", "male"],
  ["brother", "male"],
  ["mrs", "female"],
  ["ms", "female"],
  ["miss", "female"],
  ["dame", "female"],
  ["lady", "female"],
  ["queen", "female"],
  ["princess", "female"],
  ["duchess", "female"],
  ["sister", "female"],
  ["mx", ""],
  ["dr", ""],
  ["prof", ""],
  ["professor", ""],
  ["rev", ""],
  ["reverend", ""],
  ["rabbi", ""],
  ["imam", ""],
  ["sheikh", ""],
  ["pope", "male"],
  ["cardinal", "male"],
  // Peerage: "Baroness Ng", "the Earl of Wessex".
  ["baroness", "female"],
  ["baron", "male"],
  ["earl", "male"],
  ["countess", "female"],
  ["viscount", "male"],
  ["viscountess", "female"],
  ["marquess", "male"],
]);

/** Forms of address followed by a given name: "Sir Alex" is Sir Alex Ferguson, "Dame Judi" Judi Dench. */
export const GIVEN_NAME_TITLES = words("sir dame");

/**
 * Titles a person is known by, kept in the name shown: "Lord Falconer", "Baroness Ng", "Sir Alex".
 * A peer's "of Whitby" is a territorial designation, part of the title, not a place.
 */
export const PEERAGE_TITLES = words(
  "lord lady baroness baron earl countess viscount viscountess marquess sir dame",
);

/** Offices that take a portfolio after "for": "Secretary of State for the Family", "Minister for Sport". */
export const PORTFOLIO_HOLDERS = words(
  "secretary minister state commissioner ombudsman envoy tsar czar",
);

/** Post-nominal letters of elected members: "the Leeds Central MP" is a description, not a name. */
export const MEMBER_LETTERS = words("mp mep msp ms am mla td");

/** Capitalised words of titles that come before a name: "Secretary of State", "Homeland Security". */
export const TITLE_WORDS = words(`
  president vice prime minister secretary chancellor deputy chief executive foreign home interior
  defense defence state affairs homeland security treasury finance economy economic justice attorney
  general leader majority minority house senate speaker senator sen rep reps representative
  congressman congresswoman governor gov lt lieutenant mayor judge ambassador commissioner director
  chairman chairwoman chair ceo cfo coo founder coach captain capt colonel col major sgt sergeant
  admiral adm commander cmdr gen officer detective det inspector sheriff pope cardinal archbishop
  bishop rev reverend father rabbi imam sheikh king queen prince princess duke duchess lord lady sir
  dame mr mrs ms miss mx dr prof professor former acting interim assistant associate press
  communications labor labour health education energy commerce transportation agriculture
  environment trade culture sports development immigration national intelligence surgeon solicitor
  premier councillor councilman councilwoman assemblyman assemblywoman mp mep senior adviser advisor
  spokesman spokeswoman spokesperson secretary-general president-elect vice-president first
  superintendent constable marshal provost dean principal manager striker midfielder defender
  goalkeeper the of for and to in at & chairperson supreme court high appeals circuit district
  federal u.s us uk u.k white cllr insp fr
  staff ranking treasurer secretary-treasurer
  ag alderman alderwoman dj undersecretary under-secretary pres
`);

/** Words that end a title and can carry one alone: "Secretary", "Chancellor". */
export const TITLE_HEADS = words(`
  president minister secretary chancellor chief senator sen rep representative congressman
  congresswoman governor gov mayor judge justice ambassador commissioner director chairman
  chairwoman chair ceo founder coach captain capt colonel col sgt sergeant admiral adm commander gen
  general officer detective inspector sheriff pope cardinal archbishop bishop rev reverend father
  rabbi imam sheikh king queen prince princess duke duchess lord lady sir dame leader speaker premier
  councillor councilman councilwoman assemblyman assemblywoman attorney spokesman spokeswoman
  spokesperson adviser advisor secretary-general president-elect vice-president superintendent
  lieutenant lt marshal dean manager striker chairperson mr mrs ms miss mx dr prof professor
  cllr insp fr constable secretary-treasurer
  alderman alderwoman dj undersecretary under-secretary pres
`);

/**
 * Abbreviated offices that end a title only after another title word: "Former AG Mukasey" (an
 * attorney general), while "AG Edwards & Sons" is a firm.
 */
export const TITLE_ABBREVIATIONS = words("ag");

/**
 * Offices named by two words whose last word alone is no title ("the Advocate" is a newspaper):
 * "Public Advocate Trish James", "County Recorder Helen Purcell".
 */
export const TITLE_PHRASES = words(`
  public_advocate public_defender county_recorder county_clerk county_executive county_treasurer
  state_treasurer city_clerk
`);

/** Courtesy titles: "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr". */
export const COURTESY_TITLES = words("mr mrs ms miss mx dr");

/** Titles that are also common surnames: "King", "Bishop", "Major". */
export const SURNAME_TITLES = words(
  "king bishop major dean judge marshal prince duke cardinal knight pope",
);
