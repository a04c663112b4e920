// Word lists the people finder reads names and roles with. Lower case throughout.

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ""));
}

/** Capitalised words that begin sentences or headlines but are never names. */
export const FUNCTION_WORDS = words(`
  the a an and but or nor so yet for in on at by to from with without of off into onto over under
  after before during since until till while when where why how what which who whom whose that this
  these those there here then now thus also still just only even already however meanwhile moreover
  furthermore nevertheless nonetheless instead indeed finally eventually later earlier recently today
  yesterday tomorrow tonight last next first second third once some many most much more few several
  all both each every either neither no not none nothing nobody everyone everybody someone somebody
  anyone anybody it its he she they we i you me him her them us his hers their theirs our ours your
  my mine if although though because as unless whether per according like unlike despite among
  between through throughout against within along across around behind beyond near upon via amid
  yes oh well please thanks thank one two three four five six seven eight nine ten dear sorry
  another other such same any above below while whilst lest whatever whoever whichever wherever
  photo photograph image picture video caption credit source sources update updated editor note
  read watch listen see click follow share subscribe advertisement related more latest breaking
  e-mail email mr mrs ms dr sir others
`);

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
  cllr insp fr constable
`);

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
  pensioner shopkeeper owner landlord tenant mp mep peer chieftain warlord commander-in-chief
  monarch king queen prince princess pope cardinal archbishop secretary-general veteran
  campaigner lobbyist negotiator mediator analyst economist critic physicist chemist professor
  physician technician librarian musician politician statistician mathematician historian
  paramedic firefighter surveyor inspector coroner pathologist official chairwoman baker
  butcher carpenter plumber chef cook waiter waitress cashier clerk guard janitor mechanic sailor
  tailor trader vendor shopkeeper bartender barber broker designer accountant ranger chaplain
  midwife pharmacist homeowner shopper commuter motorist passenger bystander fan supporter
  barrister solicitor co-author coauthor
`);

const NOT_ROLES = new Set(
  "exist assist insist resist persist consist enlist desist subsist".split(" "),
);

/** True for a noun of a person's role: the list above, or a profession in -ist ("biologist"). */
export function isRoleNoun(word: string): boolean {
  if (ROLE_NOUNS.has(word)) return true;
  return word.length >= 6 && /(ist|ologist)$/.test(word) && !NOT_ROLES.has(word);
}

/** Role nouns that speak for an organisation: "a spokeswoman for Lufthansa" is Lufthansa. */
export const SPOKES_NOUNS = words(`
  spokesman spokeswoman spokesperson spokespeople representative statement release spokesmen
  spokeswomen
`);

/** Nouns that head an organisation's description ("the company", "his foreign ministry"). */
export const ORG_NOUNS = words(`
  company firm group ministry department agency government administration campaign committee
  council commission party organisation organization union association federation league club team
  newspaper paper daily tabloid magazine network channel broadcaster station website bank
  university college school hospital court police army military navy board body authority regulator
  watchdog institute foundation charity church office bureau service embassy consulate movement
  coalition alliance cabinet parliament congress senate corporation giant retailer carrier airline
  manufacturer maker insurer lender developer publisher studio label outlet force utility automaker
`);

/**
 * Nouns of documents that speak for whoever issued them: "the statement added", "the report said".
 * An unnamed one is the organisation in focus's (the convention of the gold data).
 */
export const DOCUMENT_NOUNS = words(`
  statement report letter study survey memo memorandum release filing ruling judgment judgement
  lawsuit suit complaint indictment document biography website manifesto petition review audit
  communique communiqué email e-mail blog editorial leaflet brochure guidance
`);

/**
 * Platforms words are posted on, not speakers: "posted to Twitter", "one Twitter response read".
 * A post speaks for whoever posted it.
 */
export const PLATFORMS = words(`
  twitter facebook instagram tiktok youtube reddit telegram whatsapp weibo wechat linkedin snapchat
  threads bluesky mastodon truth-social
`);

/** Words that open a photo or picture credit line: "Photo: Reuters", "Image copyright Getty Images". */
export const CREDIT_OPENERS = words(
  "photo photograph picture image images credit copyright caption",
);

/** Capitalised words that make a name an organisation's: "Football Association", "Washington Post". */
export const ORG_WORDS = words(`
  association party church ministry department agency bank group university college council
  committee commission foundation institute corporation corp inc ltd plc llc co company club union
  league federation organization organisation office court board network news post times journal
  herald tribune chronicle gazette telegraph guardian independent observer press reuters service
  services authority administration bureau center centre society trust fund capital partners
  holdings airlines airways motors systems technologies labs media magazine channel radio
  television tv studios records school hospital police army navy force forces senate congress
  parliament assembly cabinet government campaign team fc united city rovers athletic wanderers
  cathedral mosque synagogue temple ministries coalition alliance movement institution museum library
  agency commission exchange reserve treasury embassy consulate pentagon kremlin whitehall
  industries enterprises group international associates laboratories pharmaceuticals energy oil
  insurance securities show program programme series air airport airports ledger daily record
  courier mirror mail express examiner inquirer bulletin dispatch register review monitor
  standard sun star health healthcare foods brands stores homes resources solutions networks
  communications products properties logistics therapeutics biosciences entertainment ventures
  robotics software mining freight trucking watch
`);

/** Months, days and other capitalised words that are never a speaker. */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  christmas easter ramadan hanukkah thanksgiving halloween
`);

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
  "mr mrs ms dr st jr sr rev gen sen gov lt col capt sgt prof rep mt ft messrs hon adm cmdr det supt cllr insp fr",
);

/** Modifiers that make a role a different one: a deputy press secretary is not the press secretary. */
export const ROLE_RANKS = words("deputy vice assistant associate acting interim junior under");

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

/**
 * Determiners that open a noun phrase standing for someone the article leaves unnamed when it is a
 * cue's subject ("a resident said", "said their spokesman"). Distinct from DESCRIPTION_DETERMINERS.
 */
export const SUBJECT_DETERMINERS = words(`
  a an the some many one two several another his her its their
`);

/**
 * Determiners that open a description reference to a person in the text ("the president", "this
 * official"); "his"/"her" are handled beside them because they also mark possession.
 */
export const DESCRIPTION_DETERMINERS = words("the this that");

/** Words that may stand between a subject and its verb: "Kelly further suggested", "is quoted as". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(
  (
    "is was were are be been being has have had will would could should can may might must do " +
    "does did also then later further initially only just still again once first now previously " +
    "recently reportedly repeatedly simply finally quickly immediately never always often not ever " +
    "already even however too quoted as himself herself themselves itself publicly privately " +
    "separately earlier subsequently angrily flatly"
  ).split(" "),
);

/** People who speak for the organisation they are of: "officials at", "executives of". */
export const ORG_VOICES: ReadonlySet<string> = new Set(
  "officials representatives executives officers leaders".split(" "),
);

/**
 * Subject words that stand for a group or for people the article does not name ("they said", "critics
 * say", "police said"), so the subject reader does not take them for a named speaker.
 */
export const GROUP_SUBJECTS: ReadonlySet<string> = new Set(
  (
    "they we i you it one crowds crowd people officials sources witnesses residents critics " +
    "supporters protesters analysts experts observers aides insiders reports others many some " +
    "fans voters workers students parents neighbours neighbors colleagues friends viewers " +
    "several someone somebody anyone everyone nobody police"
  ).split(" "),
);

/**
 * Events, awards and ceremonies named like people ("the Oscars", "Grammy"): they never speak, and
 * no "he" or "she" stands for them. Matched against a name's words joined by spaces.
 */
export const EVENT_NAMES = words(`
  oscars oscar grammys grammy emmys emmy baftas bafta brits tonys tony-awards mobos golden-globes
  globes olympics olympic paralympics paralympic eurovision glastonbury wimbledon-championships
  world-cup commonwealth-games mercury booker turner-prize
`);

/**
 * Last words of the names of publications and works of reference ("the Oxford English
 * Dictionary", "Film Weekly Magazine"): no "he" or "she" stands for them.
 */
export const PUBLICATION_HEADS = words(`
  dictionary encyclopedia encyclopaedia magazine newspaper journal gazette almanac weekly
`);
