import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BRIEF_SHORTCUT } from "../../../adapters/slack/commands.ts";

const manifest = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "adapters", "slack", "manifest.yaml"),
  "utf8",
);

describe("the Slack app manifest", () => {
  it("declares exactly the commands and the shortcut the adapter answers", () => {
    const commands = [...manifest.matchAll(/^\s+- command: (\/\w+)$/gm)].map((m) => m[1]);
    expect(commands).toEqual(["/brief", "/whosaid", "/digest"]);
    expect(manifest).toMatch(new RegExp(`callback_id: ${BRIEF_SHORTCUT}$`, "m"));
    expect(manifest).toMatch(/^\s+type: message$/m);
  });

  it("asks for the scopes the adapter needs and no others, with Socket Mode on", () => {
    const scopes = /bot:\n((?:\s+(?:- [\w:.]+|#.*)\n)+)/.exec(manifest)?.[1] ?? "";
    expect(
      scopes
        .split("\n")
        .map((line) => line.replace(/^\s+- /, "").trim())
        .filter((line) => line !== "" && !line.startsWith("#")),
    ).toEqual([
      "commands",
      "chat:write",
      "chat:write.public",
      "channels:history",
      "groups:history",
    ]);
    expect(manifest).toMatch(/^\s+socket_mode_enabled: true$/m);
    expect(manifest).toMatch(/^\s+is_enabled: true$/m);
  });

  it("keeps every description within the 140 characters Slack allows the app's", () => {
    const descriptions = [...manifest.matchAll(/^\s+description: (.+)$/gm)].map((m) => m[1] ?? "");
    expect(descriptions.length).toBeGreaterThanOrEqual(4);
    for (const description of descriptions) expect(description.length).toBeLessThanOrEqual(140);
  });
});
