import {
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from "discord.js";

/** Longest text Discord accepts in one string option. */
const MAX_OPTION_CHARS = 6000;
const MAX_URL_CHARS = 2048;

const whosaid = new SlashCommandBuilder()
  .setName("whosaid")
  .setDescription("Who said what in this channel's current article (or another one)")
  .addStringOption((option) =>
    option
      .setName("speaker")
      .setDescription("A person or role: their quotes, verbatim")
      .setAutocomplete(true)
      .setMaxLength(200),
  )
  .addStringOption((option) =>
    option.setName("phrase").setDescription("Words from a quote: who said them").setMaxLength(500),
  )
  .addStringOption((option) =>
    option
      .setName("url")
      .setDescription("Ask about this article instead of the channel's current one")
      .setMaxLength(MAX_URL_CHARS),
  );

const brief = new SlashCommandBuilder()
  .setName("brief")
  .setDescription("Brief a news article: summary, key points, people and who said what")
  .addStringOption((option) =>
    option.setName("url").setDescription("Link to the article").setMaxLength(MAX_URL_CHARS),
  )
  .addStringOption((option) =>
    option
      .setName("text")
      .setDescription("Or paste the article's text")
      .setMaxLength(MAX_OPTION_CHARS),
  );

const digest = new SlashCommandBuilder()
  .setName("digest")
  .setDescription("Scheduled digests of news feeds in this channel")
  .addSubcommand((sub) =>
    sub
      .setName("add")
      .setDescription("Subscribe this channel to a feed")
      .addStringOption((option) =>
        option
          .setName("feed")
          .setDescription("RSS or Atom feed URL")
          .setRequired(true)
          .setMaxLength(MAX_URL_CHARS),
      )
      .addStringOption((option) =>
        option
          .setName("schedule")
          .setDescription("hourly, daily 08:00, weekdays 08:30 or a cron expression")
          .setMaxLength(100),
      )
      .addStringOption((option) =>
        option
          .setName("timezone")
          .setDescription("IANA time zone such as Europe/Paris (default UTC)")
          .setMaxLength(64),
      ),
  )
  .addSubcommand((sub) => sub.setName("list").setDescription("This channel's subscriptions"))
  .addSubcommand((sub) =>
    sub
      .setName("remove")
      .setDescription("Remove a subscription")
      .addStringOption((option) =>
        option.setName("id").setDescription("Subscription id from /digest list").setRequired(true),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName("now")
      .setDescription("Post a subscription's digest now")
      .addStringOption((option) =>
        option.setName("id").setDescription("Subscription id from /digest list").setRequired(true),
      ),
  );

/** The slash commands newsbrief registers, as Discord's bulk-overwrite endpoint takes them. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [whosaid.toJSON(), brief.toJSON(), digest.toJSON()];
}

/** The command names this adapter answers. */
export type CommandName = "whosaid" | "brief" | "digest";
