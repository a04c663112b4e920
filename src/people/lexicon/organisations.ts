// Organisations, what speaks for them (documents, platforms, voices), and names that never speak
// (events, publications). Lower case throughout.

import { words } from "./words.ts";

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
  robotics software mining freight trucking watch sons
`);

/** People who speak for the organisation they are of: "officials at", "executives of". */
export const ORG_VOICES: ReadonlySet<string> = new Set(
  "officials representatives executives officers leaders".split(" "),
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

/** Organisations whose names are made of words that are not organisation words. */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  "white house",
  "downing street",
  "scotland yard",
  "pentagon",
  "kremlin",
]);

/** Nouns right before a name that make it an organisation's: "IT firm Dimension Data". */
export const ORG_BEFORE = words(`
  firm company group newspaper paper network website agency bank charity broadcaster analysts
  consultancy insurer carrier airline retailer manufacturer maker club party magazine daily tabloid
  station channel
`);

/** Words that join an organisation word to the rest of its name: "Bank of America", "Commission on ...". */
export const ORG_NAME_LINKS = words("of for on and &");

/** Last words of newspapers' names: "Washington Post", "Daily Mail", "Sky News". */
export const NEWSPAPER_NAME_WORDS = words(`
  post times journal herald tribune chronicle gazette telegraph guardian independent observer mail
  express star sun news daily press
`);

/** Heads that stand for the organisation in focus, whatever its name: "the company", "the airline". */
export const GENERIC_ORG_HEADS = words(`
  company firm group airline carrier bank agency club party campaign network channel broadcaster
  retailer manufacturer maker insurer lender developer publisher studio force service automaker
  organisation organization charity
`);

/** Heads that stand for a newspaper: "the paper", "the tabloid". */
export const NEWSPAPER_HEADS = words("newspaper paper daily tabloid");

/**
 * Words that open web boilerplate ("Watch:", "Source:") and so count as function words at a
 * sentence's start, but end an organisation's name inside a run: "Human Rights Watch".
 */
export const ORG_NAME_END_NOUNS = words("watch source");

/** First words shared by many organisations' names, which alone name none of them. */
export const GENERIC_ORG_FIRST_WORDS = words(`
  national united american british new general international first royal federal state city county
  north south east west central great global world european the
`);
