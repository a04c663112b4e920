// Sentences no briefing should quote: photo captions and credits, bylines, bare datelines, calls to
// action ("Read more", "Sign up", "Scroll down for video"), and headings (a line with no closing
// punctuation, like a repeated headline or dek). Patterns, not a list of sites: they must hold for
// articles newsbrief has never seen.

/** Credits and captions: "Photo: X/Getty Images", "(Picture: Reuters)", "Image credit: ...". */
const CREDIT =
  /\b(?:photo(?:graph)?s?|pictures?|images?|video|illustration|graphic|credits?)\s*(?::|by\b|courtesy\b)|\/\s*(?:getty|afp|ap|reuters|epa|shutterstock|alamy|pa|bloomberg|rex)\b|\b(?:getty images|ap photo|shutterstock|rex features|pa wire)\b/i;

/** Calls to action and page furniture that open a sentence. */
const FURNITURE_START =
  /^(?:scroll down|read more|read the full|sign up|subscribe|click here|share (?:this|on)|follow (?:us|@|him|her|the)|like us on|advertisement|related:|watch:|listen:|more:|see also|download (?:our|the)|published:|updated:|last (?:updated|modified):|posted:|comments?\b|email\b|copyright\b|all rights reserved)/i;

/** The same, anywhere in a short sentence. */
const FURNITURE_ANYWHERE =
  /\b(?:read more|sign up (?:for|to)|subscribe to|newsletter|click here|share this (?:article|story)|follow us on|like us on facebook|all rights reserved|download the app)\b|©/i;

/** "By Jane Doe", "By . Daily Mail Reporter .", "By JANE DOE and JOHN ROE". */
// Written so that no two parts can share a run of spaces ("\s*(?:\.\s*)?", not "\s*\.?\s*"):
// otherwise a byline followed by thousands of spaces is tried once per way to split them.
const BYLINE =
  /^[Bb]y\s*(?:\.\s*)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?[\p{Lu}.][\p{L}'’.-]*){0,5}\s*(?:[.,|]\s*)?$/u;

/** A dateline standing alone: "WASHINGTON (CNN) --", "LONDON, England --". */
// The look-ahead keeps the run of capitals whole: giving back its spaces to "\s*" one at a time
// made capitals followed by a long run of spaces quadratic. It matches the same lines.
const DATELINE_ALONE =
  /^\p{Lu}[\p{Lu} .,'’-]{2,}(?![\p{Lu} .,'’-])(?:\([^)]{1,40}\))?\s*(?:--|—|–|-|:)?$/u;

/** A timestamp standing alone: "Updated 10:32 AM ET, Mon March 3, 2017". */
const TIMESTAMP_ALONE =
  /^(?:updated|published|posted|last updated)?[\s:]*\d{1,2}[:.]\d{2}\s*(?!\s)(?:am|pm|a\.m\.|p\.m\.)?[^.!?]{0,40}\d{4}\.?$/i;

const TERMINAL = /[.!?…]["'”’»)\]]*$/;

function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words === null ? 0 : words.length;
}

/** True for captions, credits, bylines, bare datelines and calls to action. */
export function isBoilerplate(sentence: string, words = wordCount(sentence)): boolean {
  const text = sentence.trim();
  if (text === "") return true;
  if (FURNITURE_START.test(text)) return true;
  if (BYLINE.test(text) || DATELINE_ALONE.test(text) || TIMESTAMP_ALONE.test(text)) return true;
  if (words === 0) return true;
  // Long sentences may mention a "photo" or a "newsletter" in passing; short ones are furniture.
  return words <= 30 && (CREDIT.test(text) || FURNITURE_ANYWHERE.test(text));
}

/** True when a text ends like a sentence (full stop, question or exclamation mark, maybe in quotes). */
export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text.trimEnd());
}

/**
 * True for a line that reads as a heading: no closing punctuation, at most 25 words, and most of its
 * longer words capitalised ("Kelly Assures Mexico There Will Be 'No Mass Deportations'").
 */
export function isHeadlineLike(text: string): boolean {
  if (endsLikeSentence(text)) return false;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 25) return false;
  const long = words.filter((word) => word.length > 3);
  if (long.length === 0) return true;
  const capitalised = long.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised / long.length >= 0.6;
}
