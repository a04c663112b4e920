// The digest runner as its own process, for the crash test: resumes what a killed predecessor left
// pending, runs the subscription's digest once, posting each part to the test's chat server. A
// killed predecessor's run claim and delivery lease hold until they expire (CRASH_LEASE_MS), so a
// run that finds them held waits that long once and tries again, as the scheduler would.
import { createFetcher, fetcherOptionsFromConfig } from "../../src/article/fetcher.ts";
import type { ChatPort } from "../../src/bot/ports.ts";
import { loadConfig } from "../../src/config.ts";
import { createDigestServiceFromConfig } from "../../src/digest/from-config.ts";
import { NewsbriefError } from "../../src/errors.ts";
import { silentLogger } from "../../src/log.ts";
import { openSqliteStore } from "../../src/store/sqlite-store.ts";

const {
  CRASH_DB = "",
  CRASH_CHAT = "",
  CRASH_SUBSCRIPTION = "1",
  CRASH_LEASE_MS = "1000",
} = process.env;

const chat: ChatPort = {
  platform: "test",
  maxMessageChars: 600,
  supportsBlocks: false,
  async post(channelId, reply, options) {
    const response = await fetch(CRASH_CHAT, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ channelId, key: options?.idempotencyKey, reply }),
    });
    if (!response.ok) throw new NewsbriefError("INTERNAL", `chat answered ${response.status}`);
  },
};

async function main(): Promise<void> {
  const config = loadConfig({
    ALLOW_PRIVATE_URLS: "true",
    DIGEST_MAX_ITEMS: "4",
    DIGEST_LEASE_MS: CRASH_LEASE_MS,
  });
  const store = openSqliteStore(CRASH_DB);
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const digests = createDigestServiceFromConfig(config, { store, logger: silentLogger(), fetcher });
  digests.attach(chat);
  process.stdout.write("ready\n");
  let resumed = await digests.runner.resumePending();
  const subscription = await store.getSubscription(Number(CRASH_SUBSCRIPTION));
  if (subscription === null) throw new Error("no subscription");
  let result = await digests.runner.run(subscription, { kind: "now" });
  if (result.outcome === "busy") {
    await new Promise((resolve) => setTimeout(resolve, Number(CRASH_LEASE_MS) + 200));
    resumed += await digests.runner.resumePending();
    result = await digests.runner.run(subscription, { kind: "now" });
  }
  const queued = (await store.queuedItems(subscription.id, 100)).length;
  const pending = (await store.pendingDeliveries()).length;
  process.stdout.write(
    `${JSON.stringify({ resumed, outcome: result.outcome, items: result.items, queued, pending })}\n`,
  );
  await store.close();
  await fetcher.close();
}

// Exits at once when done: idle keep-alive sockets must not keep a finished runner alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
