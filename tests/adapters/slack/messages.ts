import type { SlackBlock } from "../../../adapters/slack/render.ts";

/** Every mrkdwn string of a message (its `text` and all mrkdwn objects): what Slack parses for mentions. */
export function mrkdwnTexts(message: { text?: unknown; blocks?: unknown }): string[] {
  const found: string[] = typeof message.text === "string" ? [message.text] : [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") {
      const object = value as Record<string, unknown>;
      if (object.type === "mrkdwn" && typeof object.text === "string") found.push(object.text);
      Object.values(object).forEach(visit);
    }
  };
  visit(message.blocks);
  return found;
}

/** The text of each block of one type ("section", "header"...), in order. */
export function textsOfType(blocks: unknown, type: string): string[] {
  return (blocks as SlackBlock[])
    .filter((block) => block.type === type)
    .map((block) => (block as { text?: { text: string } }).text?.text ?? "");
}

/** The texts of every context block's elements, in order. */
export function contextTexts(blocks: unknown): string[] {
  return (blocks as SlackBlock[])
    .filter((block) => block.type === "context")
    .flatMap((block) =>
      (block as { elements: { text?: string }[] }).elements.map((e) => e.text ?? ""),
    );
}
