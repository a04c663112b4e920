// Articles written for these tests (not taken from any evaluation set).
import { newsPage } from "../../fakes/pages.ts";

/** A local news story whose title, text and quotations try every Slack mention and link trick. */
export function hostileArticleHtml(): string {
  return newsPage("Harbour council vote <!channel> sparks a row over ferry fares", [
    "The harbour council voted on Tuesday night to raise ferry fares by a fifth from next spring, after a meeting that ran past midnight and ended in shouting <!here> from the public gallery.",
    "“We will not accept this <!channel> nonsense,” said Mayor Helen Ortiz, who chaired the meeting. “@everyone who rides the ferry should read the report at <https://evil.example/login|harbour.gov/report> before the next vote.”",
    "Councillor Raj Patel said the increase was “a disgrace that <@U024BE7LH> and the whole finance committee should answer for”. He added that islanders had no other way to reach the mainland.",
    "The finance committee said the fares had not risen in nine years and that fuel costs had doubled. Its chair, Maria Lindqvist, said the council had “no honest alternative” if the service was to survive the winter.",
    "A petition against the increase has gathered more than four thousand signatures, and campaigners plan to present it at the council's next meeting on the first Monday of March.",
  ]);
}

const SPEAKERS = [
  ["Ana Ruiz", "the port director"],
  ["Tom Becker", "a union spokesman"],
  ["Priya Nair", "the city's budget chief"],
  ["Jonas Weber", "an economist at the regional bank"],
  ["Leila Haddad", "a ferry captain"],
  ["Owen Clarke", "the transport minister"],
] as const;

const TOPICS = [
  "the new container terminal",
  "the night shift rota",
  "dredging of the northern channel",
  "the price of diesel",
  "winter storm closures",
  "the apprenticeship scheme",
  "customs checks on the quay",
  "the cruise ship season",
];

const VERBS = ["would cost", "might delay", "could reshape", "should protect", "will test"];

/** A long investigation of about `words` words, with quotations from six named people throughout. */
export function longArticleHtml(words = 10_000): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const [name, role] = SPEAKERS[i % SPEAKERS.length] ?? SPEAKERS[0];
    const topic = TOPICS[i % TOPICS.length] ?? "";
    const other = TOPICS[(i * 3 + 1) % TOPICS.length] ?? "";
    const verb = VERBS[i % VERBS.length] ?? "";
    const paragraph =
      `In the ${ordinal(i + 1)} week of the inquiry, the hearing turned to ${topic}, which officials said ${verb} ${other} for years to come. ` +
      `“We have looked at ${topic} from every side, and the numbers for week ${i + 1} still do not add up,” said ${name}, ${role}. ` +
      `Records seen by the inquiry show that spending on ${other} rose in ${2000 + (i % 24)} while staffing fell by ${(i % 9) + 2} percent.`;
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return newsPage(
    "The harbour inquiry: ten years of promises, budgets and broken timetables",
    paragraphs,
  );
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
