// Dates as feeds and pages write them: RFC 822 ("Mon, 24 Sep 2018 10:00:00 -0300"), ISO 8601, and
// the same written with the month and day names of other languages ("Seg, 24 Set 2018",
// "lundi 24 septembre 2018", "24. März 2018", "martes, 24 de septiembre de 2018"). Node's parser
// reads English names only, so other languages' names are put into English first.

/** Month names and abbreviations in Portuguese, Spanish, French, German, Italian and Dutch. */
const MONTHS: Record<string, string> = names({
  // English abbreviations too, so that "mar" before another month is seen as a day ("martes").
  jan: "jan janeiro enero janvier janv januar janner gennaio gen januari",
  feb: "feb fevereiro fev febrero fevrier fevr februar febbraio februari",
  mar: "mar marco marzo mars marz mrz maart mrt",
  apr: "apr abril abr avril avr aprile",
  may: "may maio mai mayo mei maggio mag",
  jun: "jun junho junio juin juni giugno giu",
  jul: "jul julho julio juillet juil juli luglio lug",
  aug: "aug agosto ago aout augustus",
  sep: "sep sept setembro set septiembre setiembre septembre settembre",
  oct: "oct outubro out octubre octobre okt oktober ottobre ott",
  nov: "nov novembro noviembre novembre",
  dec: "dec dezembro dez diciembre dic decembre dezember dicembre",
});

/** Zone abbreviations Node does not know (it knows UT, GMT and the US ones). */
const ZONES: Record<string, string> = {
  cet: "+0100",
  mez: "+0100",
  cest: "+0200",
  mesz: "+0200",
  wet: "+0000",
  west: "+0100",
  eet: "+0200",
  eest: "+0300",
  brt: "-0300",
  art: "-0300",
};

/** Day names and abbreviations in the same languages: dropped, the date does not need them. */
const DAYS = new Set(
  (
    "domingo segunda terca quarta quinta sexta sabado feira dom seg ter qua qui sex sab " +
    "lunes martes miercoles jueves viernes lun mie jue vie " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche mer jeu ven sam dim " +
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so " +
    "lunedi martedi mercoledi giovedi venerdi sabato domenica gio " +
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo"
  ).split(" "),
);

/** Words between the parts of a date: "24 de septiembre de 2018", "às 10h". */
const FILLERS = new Set("de del di a as um uhr le el y den der".split(" "));

const EARLIEST_YEAR = 1970;
const LATEST_YEAR = 2200;

/** A date as UTC ISO 8601, or undefined when the text cannot be read as one. */
export function parseDate(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  // Node's parser takes "not a date 12" for 2001; a date names its year.
  if (text === undefined || text.length > 100 || !/(?:^|\D)\d{4}(?:\D|$)/.test(text)) {
    return undefined;
  }
  return toIso(Date.parse(text)) ?? toIso(Date.parse(inEnglish(dayFirst(text))));
}

/** "24.09.2018" and "24/09/2018" are day first, as outside the US; "09/24/2018" stays. */
function dayFirst(text: string): string {
  return text.replace(
    /^(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/,
    (whole, day: string, mark: string, month: string, year: string) =>
      mark === "." || Number(day) > 12
        ? `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`
        : whole,
  );
}

/** The date with other languages' month names in English and day names and fillers dropped. */
export function inEnglish(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    // French and Portuguese write times as "10h30".
    .replace(/\b(\d{1,2})h(\d{2})\b/g, "$1:$2")
    .split(/(\p{L}+\.?)/u);
  const isWord = (part: string) => /^\p{L}/u.test(part);
  const monthAt = words.flatMap((part, i) =>
    isWord(part) && MONTHS[part.replace(/\.$/, "")] !== undefined ? [i] : [],
  );
  // "mar" is Tuesday before a date in Spanish, French and Italian, and March after one.
  const dayFirst = monthAt.length > 1 ? monthAt[0] : undefined;
  // Commas and whitespace become one space in one pass: `\s*,\s*` rescanned a run of spaces from
  // each of its positions.
  return words
    .map((part, i) => {
      if (!isWord(part)) return part;
      const word = part.replace(/\.$/, "");
      if (i === dayFirst || DAYS.has(word) || FILLERS.has(word)) return " ";
      return MONTHS[word] ?? ZONES[word] ?? part;
    })
    .join("")
    .replace(/[\s,]+/g, " ")
    .trim();
}

function toIso(ms: number): string | undefined {
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year < EARLIEST_YEAR || year > LATEST_YEAR ? undefined : date.toISOString();
}

function names(table: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [english, others] of Object.entries(table)) {
    for (const name of others.split(" ")) out[name] = english;
  }
  return out;
}
