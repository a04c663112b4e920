import type { Analysis } from "../analysis.ts";
import type { Logger } from "../log.ts";
import type { ChannelId } from "../store/store.ts";
import type { BriefOptions } from "../summary/briefing.ts";
import type { Briefed } from "../workers/analyzer.ts";
import type { ChatPort } from "./ports.ts";
import type { Reply } from "./reply.ts";

/** The person who typed a command. */
export interface Requester {
  readonly id: string;
  /** Display name, for "requested by" lines. */
  readonly name?: string;
}

/** Where a command came from. */
export interface CommandContext {
  /** "slack:C123", "discord:456", "console:main". */
  readonly channel: ChannelId;
  readonly user: Requester;
}

/**
 * A /whosaid request. `query` is free text (a name, a role or a phrase, quoted or not) and the
 * core decides; `speaker` and `phrase` come from platforms with separate options (Discord).
 */
export interface WhoSaidRequest {
  readonly query?: string;
  readonly speaker?: string;
  readonly phrase?: string;
  /** Another article than the channel's current one. */
  readonly url?: string;
}

/** Loads and analyses articles; implemented by the article loader with its cache. */
export interface ArticleSource {
  /** Analyses a URL, pasted text or HTML; a URL seen within the cache's TTL is not fetched again. */
  analyze(input: string): Promise<Analysis>;
  /** Analyses and briefs in one step (in the source's worker pool when it has one). */
  brief?(input: string, options: BriefOptions): Promise<Briefed>;
}

/** The /digest commands, implemented by the digest service. */
export interface DigestCommands {
  handle(context: CommandContext, args: string): Promise<Reply>;
}

/** The platform-neutral bot every adapter drives. Failures throw NewsbriefError; adapters funnel them through `errorReply`. */
export interface Bot {
  /** The short message to acknowledge a /brief with at once ("Reading https://…"), or null when the input is empty. */
  acknowledgeBrief(input: string): string | null;
  /** The briefing of a URL or pasted text; it becomes the channel's current article. */
  brief(context: CommandContext, input: string): Promise<Reply>;
  /** Answers /whosaid about the channel's current article, or the article the request names. */
  whoSaid(context: CommandContext, request: WhoSaidRequest): Promise<Reply>;
  /** Speakers of the channel's current article that match a prefix, best first, from memory or the store; never fetches. */
  suggestSpeakers(channel: ChannelId, prefix: string, limit?: number): Promise<string[]>;
  /** Runs a /digest command ("add <url> [schedule] [tz]", "list", "remove <id>", "now <id>"). */
  digest(context: CommandContext, args: string): Promise<Reply>;
  /** Short help for the given command. */
  help(command: "brief" | "whosaid" | "digest"): Reply;
  /** The friendly reply for a failure, shown to the requester only. */
  errorReply(error: unknown): Reply;
}

/** What an adapter's start function is given by the process wiring. */
export interface AdapterCore {
  readonly bot: Bot;
  readonly logger: Logger;
}

/** A started platform adapter: its port for digests and how to stop it. */
export interface RunningAdapter {
  readonly chat: ChatPort;
  stop(): Promise<void>;
}
