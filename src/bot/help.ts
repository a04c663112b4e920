import type { Reply } from "./reply.ts";

const HELP: Record<"brief" | "whosaid" | "digest", { title: string; lines: string[] }> = {
  brief: {
    title: "Brief an article",
    lines: [
      "/brief <link>: the headline, a short summary, key points, the people and who said what.",
      "/brief <pasted text>: the same for an article you paste.",
      "The article becomes this channel's current article for /whosaid.",
    ],
  },
  whosaid: {
    title: "Who said what",
    lines: [
      "/whosaid: the speakers of this channel's current article and their quote counts.",
      "/whosaid <name or role>: what that person said, e.g. /whosaid Kelly.",
      '/whosaid "<phrase>": who said it, e.g. /whosaid "mass deportations".',
      "/whosaid <link> <name or phrase>: ask about another article.",
    ],
  },
  digest: {
    title: "Channel digests",
    lines: [
      "/digest add <feed-url> [schedule] [time zone]: e.g. /digest add https://example.com/rss daily 08:00 Europe/Paris",
      "Schedules: hourly, daily HH:MM, weekdays HH:MM, or a cron expression.",
      "/digest list, /digest remove <id>, /digest now <id>.",
    ],
  },
};

/** Short help for a command, shown to the person who asked. */
export function helpReply(command: "brief" | "whosaid" | "digest"): Reply {
  const { title, lines } = HELP[command];
  return {
    visibility: "requester",
    title,
    blocks: [{ kind: "list", items: lines }],
    fallbackText: `${title}: ${lines.join(" ")}`,
  };
}
