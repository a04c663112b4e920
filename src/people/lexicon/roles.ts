// Nouns of people's roles and relations, and the gender a noun says. Lower case throughout.

import { words } from "./words.ts";

/** Nouns of people's roles, as they appear before a name or in a description ("the striker"). */
export const ROLE_NOUNS = words(`
  president chancellor minister secretary senator governor mayor chief chairman chairwoman chair
  director manager boss coach striker midfielder defender goalkeeper keeper winger forward player
  captain skipper spokesman spokeswoman spokesperson official adviser advisor aide analyst editor
  reporter journalist correspondent columnist writer author professor lecturer researcher scientist
  economist expert lawyer attorney prosecutor judge officer detective inspector commissioner
  ambassador diplomat envoy leader founder co-founder ceo cfo coo executive owner partner candidate
  nominee lawmaker legislator congressman congresswoman representative pastor preacher priest bishop
  rabbi imam televangelist evangelist survivor witness victim resident student teacher doctor
  physician surgeon nurse driver pilot soldier general colonel commander sergeant agent activist
  campaigner protester organiser organizer volunteer worker employee strategist pollster consultant
  historian actor actress singer musician star host anchor presenter commentator producer filmmaker
  father mother son daughter wife husband brother sister grandson granddaughter grandfather
  grandmother daughter-in-law son-in-law father-in-law mother-in-law widow widower friend neighbour
  neighbor colleague counterpart rival opponent successor predecessor international welshman
  englishman frenchman dutchman scotsman irishman head treasurer premier speaker whip deputy
  secretary-general vice-president vice-chairman chairperson trainer referee president-elect
  governor-elect businessman businesswoman tycoon billionaire entrepreneur investor banker
  chancellor regulator prosecutor sheriff marshal administrator superintendent principal dean
  commentator blogger novelist poet artist designer architect engineer farmer fisherman miner
  pensioner shopkeeper owner landlord tenant mp mep msp mla peer chieftain warlord commander-in-chief
  monarch king queen prince princess pope cardinal archbishop secretary-general veteran
  campaigner lobbyist negotiator mediator analyst economist critic physicist chemist professor
  physician technician librarian musician politician statistician mathematician historian
  paramedic firefighter surveyor inspector coroner pathologist official chairwoman baker
  butcher carpenter plumber chef cook waiter waitress cashier clerk guard janitor mechanic sailor
  tailor trader vendor shopkeeper bartender barber broker designer accountant ranger chaplain
  midwife pharmacist homeowner shopper commuter motorist passenger bystander fan supporter
  barrister solicitor co-author coauthor ally confidant surrogate
  legend icon hopeful sensation prodigy supremo stalwart
  neurosurgeon mogul pundit rapper comedian front-runner frontrunner
`);

const NOT_ROLES = new Set(
  "exist assist insist resist persist consist enlist desist subsist".split(" "),
);

/** True for a noun of a person's role: the list above, or a profession in -ist ("biologist"). */
export function isRoleNoun(word: string): boolean {
  if (ROLE_NOUNS.has(word)) return true;
  // "-ologist" ends in "-ist" too: one suffix test, no regular expression per word.
  return word.length >= 6 && word.endsWith("ist") && !NOT_ROLES.has(word);
}

/** Role nouns that speak for an organisation: "a spokeswoman for Lufthansa" is Lufthansa. */
export const SPOKES_NOUNS = words(`
  spokesman spokeswoman spokesperson spokespeople representative statement release spokesmen
  spokeswomen
`);

/** Modifiers that make a role a different one: a deputy press secretary is not the press secretary, nor a shadow chancellor the chancellor. */
export const ROLE_RANKS = words(
  "deputy vice assistant associate acting interim junior under shadow",
);

/** Relations to someone: "Reyes's mother" is a person of her own, not anyone already named. */
export const KINSHIP_NOUNS = words(`
  father mother son daughter wife husband brother sister grandson granddaughter grandfather
  grandmother daughter-in-law son-in-law father-in-law mother-in-law widow widower uncle aunt
  nephew niece cousin fiance fiancee girlfriend boyfriend friend neighbour neighbor relative
`);

const FEMALE_NOUNS = words(`
  woman girl mother daughter wife sister grandmother granddaughter widow aunt niece spokeswoman
  chairwoman businesswoman congresswoman councilwoman actress waitress girlfriend fiancee
  daughter-in-law mother-in-law
`);
const MALE_NOUNS = words(`
  man boy father son husband brother grandfather grandson widower uncle nephew spokesman chairman
  businessman congressman councilman boyfriend fiance son-in-law father-in-law fisherman
`);

/** The gender a noun of a person says ("spokeswoman", "widower"), as an optional field. */
export function genderOfNoun(noun: string): { gender?: "male" | "female" } {
  if (FEMALE_NOUNS.has(noun)) return { gender: "female" };
  return MALE_NOUNS.has(noun) ? { gender: "male" } : {};
}

/** Words that may stand in a role's noun phrase before its noun: "The Liberal Democrat parliamentary chairman". */
export const ROLE_MODIFIERS = words(`
  former deputy vice chief senior parliamentary press general executive presidential
`);

/** Lower-case words that may stand in a role before its noun: "deputy press secretary". */
export const ROLE_PREFIX_WORDS = words(`
  former deputy vice chief executive press senior junior assistant associate acting interim
  general foreign prime presidential political economic managing news labs research team club
  party campaign national federal state local regional international foreign defence defense
  health finance economy welfare home trade energy justice education communications security
  intelligence military police fire emergency room religious technology personal broadband
  marketing sales program programme world editorial investigative senior-level
`);

/** Nouns of people with no role in them: "a person familiar with the talks", "one woman". */
export const PERSON_NOUNS = words(`
  person man woman boy girl source insider member relative mourner shopper patient juror
  voter customer client caller viewer reader listener user diner guest visitor tourist
  traveller traveler staffer spectator onlooker participant applicant donor
`);

/**
 * Nouns of someone close to a person, who is not that person: "the former top aide to President
 * X", "a longtime friend of Y" (a spokesperson for X speaks for X, so is not among them).
 */
export const ASSOCIATE_NOUNS = words(`
  aide adviser advisor friend ally confidant confidante associate assistant staffer
`);

/**
 * Nouns that name one person for their owner: "his father", "Reyes's lawyer". Relations of which
 * people commonly have several ("friend", "neighbour", "cousin") name nobody in particular.
 */
export const RELATION_NOUNS = words(`
  father mother wife husband son daughter brother sister widow widower fiance fiancee
  girlfriend boyfriend grandfather grandmother stepfather stepmother lawyer solicitor agent
`);
