import type { Reply } from "../../src/index.ts";
import { fitMrkdwn } from "./mrkdwn.ts";
import {
  context,
  header,
  type Layout,
  type Piece,
  packed,
  renderBlock,
  SLACK_LIMITS,
  type SlackBlock,
  type SlackLimits,
  section,
} from "./render-parts.ts";

export type { SlackBlock, SlackLimits } from "./render-parts.ts";
export { OPEN_LINK_ACTION, SLACK_LIMITS } from "./render-parts.ts";

/** A message as Slack's response_url and chat.postMessage take it. */
export interface SlackMessage {
  readonly response_type: "in_channel" | "ephemeral";
  /** mrkdwn fallback for notifications and clients that cannot show blocks. */
  readonly text: string;
  readonly blocks: SlackBlock[];
}

const CUT_NOTICE = "Part of this reply was left out to fit Slack's message limits.";

/**
 * Renders a neutral reply as Block Kit within Slack's limits (50 blocks, 3000-character sections,
 * 150-character header), with every article or user string escaped for mrkdwn.
 */
export function renderReply(reply: Reply, limits: SlackLimits = SLACK_LIMITS): SlackMessage {
  let blocks = layoutBlocks(reply, "spacious", limits);
  if (blocks.length > limits.maxBlocks) blocks = layoutBlocks(reply, "packed", limits);
  if (blocks.length > limits.maxBlocks) blocks = cutToFit(blocks, limits.maxBlocks);
  return {
    response_type: reply.visibility === "channel" ? "in_channel" : "ephemeral",
    text: fallbackOf(reply, limits),
    blocks,
  };
}

function layoutBlocks(reply: Reply, layout: Layout, limits: SlackLimits): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.requestedBy !== undefined && reply.requestedBy.trim() !== "") {
    blocks.push(context(`Requested by ${fitMrkdwn(reply.requestedBy, 200)}`));
  }
  if (reply.title !== undefined && reply.title.trim() !== "") {
    blocks.push(header(reply.title, limits));
  }
  const pieces = reply.blocks.flatMap((block, i) =>
    renderBlock(block, layout, i === reply.blocks.length - 1, limits),
  );
  blocks.push(...(layout === "packed" ? packPieces(pieces, limits) : pieces.map(toBlock)));
  return blocks;
}

function toBlock(piece: Piece): SlackBlock {
  return "block" in piece ? piece.block : section(piece.text);
}

/** Joins neighbouring text pieces into as few sections as the section limit allows. */
function packPieces(pieces: readonly Piece[], limits: SlackLimits): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let run: string[] = [];
  const flush = () => {
    for (const text of packed(run, "\n\n", limits.maxSectionChars)) blocks.push(section(text));
    run = [];
  };
  for (const piece of pieces) {
    if ("text" in piece) run.push(piece.text);
    else {
      flush();
      blocks.push(piece.block);
    }
  }
  flush();
  return blocks;
}

/** Keeps the head and the closing context/button blocks, and says that something was cut. */
function cutToFit(blocks: readonly SlackBlock[], maxBlocks: number): SlackBlock[] {
  let tailStart = blocks.length;
  while (tailStart > blocks.length - 2 && isClosing(blocks[tailStart - 1])) tailStart--;
  const tail = blocks.slice(tailStart);
  const head = blocks.slice(0, maxBlocks - tail.length - 1);
  return [...head, context(CUT_NOTICE), ...tail];
}

function isClosing(block: SlackBlock | undefined): boolean {
  return block?.type === "context" || block?.type === "actions";
}

function fallbackOf(reply: Reply, limits: SlackLimits): string {
  const text = reply.fallbackText.trim() !== "" ? reply.fallbackText : (reply.title ?? "newsbrief");
  return fitMrkdwn(text, limits.maxFallbackChars);
}
