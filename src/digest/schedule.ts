import { Cron } from "croner";
import { NewsbriefError } from "../errors.ts";

/** A digest schedule: as the user wrote it (normalised) and as the cron expression it means. */
export interface ParsedSchedule {
  readonly schedule: string;
  readonly cron: string;
}

/** Digests run at most this often, so a schedule cannot hammer a feed. */
export const MIN_INTERVAL_MS = 5 * 60_000;

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

const EXAMPLES =
  'Use "hourly", "daily 08:00", "weekdays 08:30", "weekends 10:00", "monday 09:00" or a cron expression such as "0 8 * * 1-5".';

/** Parses a friendly schedule ("daily 08:00", "weekdays 8:30am", "hourly", "monday 09:00") or a 5-field cron expression. */
export function parseSchedule(input: string): ParsedSchedule {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "") throw scheduleError(input, "it is empty");
  const parsed = parseFriendly(text) ?? parseCron(input.trim().replace(/\s+/g, " "));
  checkInterval(parsed, input);
  return parsed;
}

function parseFriendly(text: string): ParsedSchedule | null {
  if (text === "hourly") return { schedule: "hourly", cron: "0 * * * *" };
  const match =
    /^(daily|weekdays|weekends|weekly|[a-z]+day|sun|mon|tue|wed|thu|fri|sat)(?: (?:at )?(.+))?$/.exec(
      text,
    );
  if (match === null) return null;
  const [, word = "", timeText] = match;
  const time = timeText === undefined ? { hour: 8, minute: 0 } : parseTime(timeText, text);
  const days = daysOf(word);
  if (days === null) return null;
  const label = `${word === "weekly" ? "monday" : word} ${pad(time.hour)}:${pad(time.minute)}`;
  return { schedule: label, cron: `${time.minute} ${time.hour} * * ${days}` };
}

function daysOf(word: string): string | null {
  if (word === "daily") return "*";
  if (word === "weekdays") return "1-5";
  if (word === "weekends") return "0,6";
  if (word === "weekly") return "1";
  const day = DAYS.findIndex((d) => word === d || word === `${d}day` || fullDayName(d) === word);
  return day === -1 ? null : String(day);
}

function fullDayName(day: (typeof DAYS)[number]): string {
  const names = {
    sun: "sunday",
    mon: "monday",
    tue: "tuesday",
    wed: "wednesday",
    thu: "thursday",
    fri: "friday",
    sat: "saturday",
  };
  return names[day];
}

function parseTime(text: string, whole: string): { hour: number; minute: number } {
  const match = /^(\d{1,2})(?::(\d{2}))? ?(am|pm)?$/.exec(text.trim());
  if (match === null) throw scheduleError(whole, `"${text}" is not a time like 08:00 or 8:30pm`);
  const [, h = "0", m = "0", half] = match;
  let hour = Number(h);
  const minute = Number(m);
  if (half !== undefined) {
    if (hour < 1 || hour > 12) throw scheduleError(whole, `"${text}" is not a time`);
    hour = (hour % 12) + (half === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) throw scheduleError(whole, `"${text}" is not a time of day`);
  return { hour, minute };
}

function parseCron(text: string): ParsedSchedule {
  const fields = text.split(" ");
  if (!text.startsWith("@") && fields.length !== 5) {
    throw scheduleError(
      text,
      `a cron expression has 5 fields (minute hour day month weekday), this has ${fields.length}`,
    );
  }
  try {
    new Cron(text, { mode: "5-part" });
  } catch (error) {
    const why =
      error instanceof Error ? error.message.replace(/^CronPattern: /, "") : String(error);
    throw scheduleError(text, why);
  }
  return { schedule: text, cron: text };
}

function checkInterval(parsed: ParsedSchedule, input: string): void {
  const runs = cronFor(parsed.cron, "UTC").nextRuns(24, new Date(Date.UTC(2025, 0, 6)));
  if (runs.length === 0) throw scheduleError(input, "it never runs");
  for (let i = 1; i < runs.length; i++) {
    const gap = (runs[i]?.getTime() ?? 0) - (runs[i - 1]?.getTime() ?? 0);
    if (gap < MIN_INTERVAL_MS) throw scheduleError(input, "digests run at most every 5 minutes");
  }
}

function scheduleError(input: string, why: string): NewsbriefError {
  return new NewsbriefError(
    "SCHEDULE_INVALID",
    `"${input.trim()}" is not a schedule I understand: ${why}. ${EXAMPLES}`,
    { details: { input } },
  );
}

/** Checks an IANA time zone name and returns its canonical spelling ("europe/berlin" → "Europe/Berlin"). */
export function resolveTimeZone(input: string): string {
  const name = input.trim();
  const zones = supportedZones();
  const exact = zones.find((zone) => zone.toLowerCase() === name.toLowerCase());
  if (exact !== undefined) return exact;
  if (name !== "" && isValidZone(name))
    return new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  const close = closeZones(name, zones);
  const hint = close.length > 0 ? ` Did you mean ${close.join(", ")}?` : "";
  throw new NewsbriefError(
    "TIMEZONE_INVALID",
    `"${name}" is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or UTC.${hint}`,
    { details: { input: name } },
  );
}

/** Up to three zones within a few typos of the name, closest first. */
function closeZones(name: string, zones: readonly string[]): string[] {
  const wanted = name.toLowerCase().slice(0, 64);
  if (wanted.length < 3) return [];
  return zones
    .map((zone) => ({ zone, distance: editDistance(wanted, zone.toLowerCase()) }))
    .filter((z) => z.distance <= Math.max(2, Math.floor(wanted.length / 5)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((z) => z.zone);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(
        Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

function isValidZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

let zoneList: string[] | undefined;
function supportedZones(): string[] {
  zoneList ??= ["UTC", ...Intl.supportedValuesOf("timeZone")];
  return zoneList;
}

const crons = new Map<string, Cron>();
function cronFor(cron: string, timeZone: string): Cron {
  const key = `${cron}\u0000${timeZone}`;
  let job = crons.get(key);
  if (job === undefined) {
    // Without a callback croner schedules nothing: it only computes times, and our Clock drives the runs.
    job = new Cron(cron, { timezone: timeZone, mode: "5-part" });
    if (crons.size >= 1000) crons.clear();
    crons.set(key, job);
  }
  return job;
}

/** The first time the schedule fires strictly after `afterMs`, in ms since the epoch; DST is handled by croner. */
export function nextRunAt(cron: string, timeZone: string, afterMs: number): number | null {
  return cronFor(cron, timeZone).nextRun(new Date(afterMs))?.getTime() ?? null;
}

/** Formats a time in a zone for people: "Mon 31 Mar 08:00 GMT+2". */
export function formatInZone(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(ms);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
