// One newsbrief instance for the multi-instance crash test, on PostgreSQL, posting to the test's chat
// server until it is killed. What the scheduler does on each look, every CRASH_LOOP_MS rather than
// on a cron slot (cron has minutes, the test has seconds): resume the deliveries whose lease
// expired, then run the digest. Which instance posted, and whether the post resumes a delivery
// another attempt may have begun, go along with each message.
import { createFetcher, fetcherOptionsFromConfig } from "../../src/article/fetcher.ts";
import type { ChatPort } from "../../src/bot/ports.ts";
import { loadConfig } from "../../src/config.ts";
import { createDigestServiceFromConfig } from "../../src/digest/from-config.ts";
import { NewsbriefError } from "../../src/errors.ts";
import { silentLogger } from "../../src/log.ts";
import { openStore } from "../../src/store/open-store.ts";

const { CRASH_CHAT = "", CRASH_INSTANCE = "?", CRASH_LOOP_MS = "200" } = process.env;

const chat: ChatPort = {
  platform: "test",
  maxMessageChars: 600,
  supportsBlocks: false,
  async post(channelId, reply, options) {
    const response = await fetch(CRASH_CHAT, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        channelId,
        key: options?.idempotencyKey,
        instance: CRASH_INSTANCE,
        resumed: options?.maybePostedSince !== undefined,
        reply,
      }),
    });
    if (!response.ok) throw new NewsbriefError("INTERNAL", `chat answered ${response.status}`);
  },
};

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, ALLOW_PRIVATE_URLS: "true", DIGEST_MAX_ITEMS: "4" });
  const store = await openStore(config);
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const digests = createDigestServiceFromConfig(config, { store, logger: silentLogger(), fetcher });
  digests.attach(chat);
  process.stdout.write("ready\n");
  for (;;) {
    await digests.runner.resumePending();
    for (const subscription of await store.listSubscriptions())
      await digests.runner.run(subscription, { kind: "now" });
    await new Promise((resolve) => setTimeout(resolve, Number(CRASH_LOOP_MS)));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
