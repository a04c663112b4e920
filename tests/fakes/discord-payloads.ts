// Payloads shaped like Discord's (API v10), for the fake gateway and REST server.
import { randomBytes } from "node:crypto";

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, increasing Discord id (snowflake). */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment);
}

/** A token like an interaction's: opaque, URL-safe. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(48).toString("base64url")}`;
}

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly globalName?: string;
}

export function userObject(user: FakeUser, bot = false): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    discriminator: "0",
    global_name: user.globalName ?? null,
    avatar: null,
    public_flags: 0,
    flags: 0,
    ...(bot ? { bot: true, verified: true, mfa_enabled: false } : {}),
  };
}

export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly channelIds: readonly string[];
}

export function readyPayload(options: {
  bot: FakeUser;
  applicationId: string;
  guilds: readonly FakeGuild[];
  sessionId: string;
  resumeUrl: string;
  /** [shard id, shard count]; [0, 1] unsharded. */
  shard?: [number, number];
}): Record<string, unknown> {
  return {
    v: 10,
    user: userObject(options.bot, true),
    guilds: options.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: options.sessionId,
    session_type: "normal",
    resume_gateway_url: options.resumeUrl,
    shard: options.shard ?? [0, 1],
    application: { id: options.applicationId, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    user_settings: {},
  };
}

export function guildCreatePayload(guild: FakeGuild, owner: FakeUser): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: owner.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [everyoneRole(guild.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: "en-US",
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: guild.channelIds.map((id, position) => textChannel(id, guild.id, position)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function everyoneRole(guildId: string): Record<string, unknown> {
  return {
    id: guildId,
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: "2248473465835073",
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

function textChannel(id: string, guildId: string, position: number): Record<string, unknown> {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name: `news-${position}`,
    position,
    flags: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
  };
}

/** A message as Discord returns it from a create or edit. */
export function messageObject(options: {
  id?: string;
  channelId: string;
  author: FakeUser;
  applicationId?: string;
  body: Record<string, unknown>;
  interaction?: boolean;
}): Record<string, unknown> {
  return {
    id: options.id ?? snowflake(),
    type: options.interaction === true ? 20 : 0,
    channel_id: options.channelId,
    author: userObject(options.author, true),
    content: typeof options.body.content === "string" ? options.body.content : "",
    embeds: Array.isArray(options.body.embeds)
      ? options.body.embeds.map((embed) => ({ type: "rich", ...(embed as object) }))
      : [],
    attachments: [],
    components: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: typeof options.body.flags === "number" ? options.body.flags : 0,
    ...(options.applicationId === undefined
      ? {}
      : { webhook_id: options.applicationId, application_id: options.applicationId }),
  };
}
