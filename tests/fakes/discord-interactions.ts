// INTERACTION_CREATE payloads shaped like the ones Discord sends for slash commands and autocomplete.
import { type FakeUser, interactionToken, snowflake, userObject } from "./discord-payloads.ts";

/** A string option as the user filled it in; `focused` marks the one being typed (autocomplete). */
export interface StringOption {
  readonly name: string;
  readonly value: string;
  readonly focused?: boolean;
}

export interface InteractionTarget {
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly user: FakeUser;
  /** The registered command's id; any snowflake works for the client. */
  readonly commandId?: string;
}

export interface SlashCommand {
  readonly name: string;
  readonly options?: readonly StringOption[];
  /** For commands with subcommands (/digest add ...). */
  readonly subcommand?: string;
}

const TYPE = { chatInput: 2, autocomplete: 4 } as const;
const STRING_OPTION = 3;
const SUBCOMMAND = 1;

/** A slash command interaction (type 2). */
export function slashInteraction(
  target: InteractionTarget,
  command: SlashCommand,
): Record<string, unknown> {
  return interaction(TYPE.chatInput, target, command);
}

/** An autocomplete interaction (type 4): one option is focused and holds what the user has typed. */
export function autocompleteInteraction(
  target: InteractionTarget,
  command: SlashCommand,
): Record<string, unknown> {
  return interaction(TYPE.autocomplete, target, command);
}

function interaction(
  type: number,
  target: InteractionTarget,
  command: SlashCommand,
): Record<string, unknown> {
  const stringOptions = (command.options ?? []).map((option) => ({
    name: option.name,
    type: STRING_OPTION,
    value: option.value,
    ...(option.focused === true ? { focused: true } : {}),
  }));
  const options =
    command.subcommand === undefined
      ? stringOptions
      : [{ name: command.subcommand, type: SUBCOMMAND, options: stringOptions }];
  return {
    id: snowflake(),
    application_id: target.applicationId,
    type,
    token: interactionToken(),
    version: 1,
    guild_id: target.guildId,
    guild: { id: target.guildId, locale: "en-US", features: [] },
    channel_id: target.channelId,
    channel: {
      id: target.channelId,
      type: 0,
      guild_id: target.guildId,
      name: "news",
      flags: 0,
      permissions: "2248473465835073",
      last_message_id: null,
      nsfw: false,
      parent_id: null,
      position: 0,
      rate_limit_per_user: 0,
      topic: null,
    },
    member: {
      user: userObject(target.user),
      roles: [],
      premium_since: null,
      permissions: "2248473465835073",
      pending: false,
      nick: null,
      mute: false,
      deaf: false,
      joined_at: "2024-01-01T00:00:00.000000+00:00",
      flags: 0,
      avatar: null,
      banner: null,
      communication_disabled_until: null,
      unusual_dm_activity_until: null,
    },
    app_permissions: "2248473465835073",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": target.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
    data: {
      id: target.commandId ?? snowflake(),
      name: command.name,
      type: 1,
      guild_id: target.guildId,
      options,
    },
  };
}
