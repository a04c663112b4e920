import { NewsbriefError } from "../errors.ts";

/** A /digest command, parsed. */
export type DigestCommand =
  | { readonly kind: "help" }
  | { readonly kind: "list" }
  | {
      readonly kind: "add";
      readonly feeds: readonly string[];
      readonly schedule?: string;
      readonly timeZone?: string;
    }
  | { readonly kind: "remove"; readonly id: number }
  | { readonly kind: "now"; readonly id: number };

export const DIGEST_USAGE =
  "/digest add <feed-url> [schedule] [time zone] · /digest list · /digest remove <id> · /digest now <id>";

const ZONE = /^(utc|gmt|[a-z]+(?:\/[a-z0-9_+-]+)+)$/i;

/** Parses the text after /digest; throws COMMAND_INVALID with the usage when it makes no sense. */
export function parseDigestCommand(args: string): DigestCommand {
  const tokens = args
    .trim()
    .split(/\s+/)
    .filter((t) => t !== "");
  const [verb = "help", ...rest] = tokens;
  switch (verb.toLowerCase()) {
    case "help":
      return { kind: "help" };
    case "list":
    case "ls":
      return { kind: "list" };
    case "remove":
    case "rm":
    case "delete":
      return { kind: "remove", id: parseId(rest[0], "remove") };
    case "now":
    case "run":
      return { kind: "now", id: parseId(rest[0], "now") };
    case "add":
      return parseAdd(rest);
    default:
      throw new NewsbriefError(
        "COMMAND_INVALID",
        `"${verb}" is not a /digest command. Try: ${DIGEST_USAGE}`,
        {
          details: { input: verb },
        },
      );
  }
}

function parseAdd(tokens: string[]): DigestCommand {
  const feeds: string[] = [];
  let index = 0;
  // Leading tokens that look like addresses are feeds ("a.xml,b.xml" or "a.xml b.xml").
  while (index < tokens.length && looksLikeAddress(tokens[index] ?? "")) {
    feeds.push(...(tokens[index] ?? "").split(",").filter((f) => f !== ""));
    index++;
  }
  if (feeds.length === 0) {
    const given = tokens[0] === undefined ? "" : ` ("${tokens[0]}" is not a feed address)`;
    throw new NewsbriefError(
      "COMMAND_INVALID",
      `Give the feed's address${given}: /digest add https://example.com/feed.xml [daily 08:00] [Europe/Berlin].`,
      { details: { input: tokens.join(" ") } },
    );
  }
  const rest = tokens.slice(index).map(unquote);
  const last = rest.at(-1);
  const timeZone =
    last !== undefined &&
    ZONE.test(last) &&
    !/^(daily|hourly|weekdays|weekends|weekly)$/i.test(last)
      ? last
      : undefined;
  const scheduleTokens = timeZone === undefined ? rest : rest.slice(0, -1);
  const schedule = scheduleTokens
    .join(" ")
    .replace(/^["']|["']$/g, "")
    .trim();
  return {
    kind: "add",
    feeds,
    ...(schedule === "" ? {} : { schedule }),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
}

function looksLikeAddress(token: string): boolean {
  return /^<?(https?:\/\/|www\.)/i.test(token) || /^[a-z]+:\/\//i.test(token);
}

function unquote(token: string): string {
  return token.replace(/^[“”"']+|[“”"']+$/g, "");
}

/** Reads a subscription id ("3" or "#3"). */
export function parseId(token: string | undefined, verb: string): number {
  const id = Number((token ?? "").replace(/^#/, ""));
  if (token === undefined || !Number.isSafeInteger(id) || id <= 0) {
    throw new NewsbriefError(
      "COMMAND_INVALID",
      `/digest ${verb} needs the digest's number${token === undefined ? "" : ` ("${token}" is not one)`}; /digest list shows them.`,
      { details: { input: token ?? "" } },
    );
  }
  return id;
}
