// Discord's message and command limits, checked the way the API does: any breach is a 400 with code
// 50035 (Invalid Form Body), so a renderer that overflows fails here as it would in production.

const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  choices: 25,
  choiceText: 100,
} as const;

/** Problems Discord would report for a message body; empty when it would accept it. */
export function messageProblems(body: unknown, { requireContent = true } = {}): string[] {
  if (typeof body !== "object" || body === null) return ["body: must be a JSON object"];
  const message = body as Record<string, unknown>;
  const problems: string[] = [];
  const content = message.content;
  if (content !== undefined && content !== null && typeof content !== "string")
    problems.push("content: must be a string");
  if (typeof content === "string" && content.length > LIMITS.content)
    problems.push(`content: ${content.length} > ${LIMITS.content}`);
  const embeds = Array.isArray(message.embeds) ? (message.embeds as unknown[]) : [];
  if (embeds.length > LIMITS.embeds) problems.push(`embeds: more than ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const result = embedProblems(embed, `embeds.${index}`);
    problems.push(...result.problems);
    total += result.length;
  });
  if (total > LIMITS.total) problems.push(`embeds: ${total} characters > ${LIMITS.total}`);
  const empty = (typeof content !== "string" || content.trim() === "") && embeds.length === 0;
  if (requireContent && empty) problems.push("message: cannot send an empty message (50006)");
  return problems;
}

function embedProblems(value: unknown, path: string): { problems: string[]; length: number } {
  const problems: string[] = [];
  const embed = (value ?? {}) as Record<string, unknown>;
  const text = (key: string, max: number, at = `${path}.${key}`, source = embed): number => {
    const v = source[key];
    if (v === undefined) return 0;
    if (typeof v !== "string") problems.push(`${at}: must be a string`);
    else if (v.length > max) problems.push(`${at}: ${v.length} > ${max}`);
    return typeof v === "string" ? v.length : 0;
  };
  let length = text("title", LIMITS.title) + text("description", LIMITS.description);
  if (embed.url !== undefined && !isHttpUrl(embed.url)) problems.push(`${path}.url: not a URL`);
  const footer = embed.footer as Record<string, unknown> | undefined;
  if (footer !== undefined) length += text("text", LIMITS.footer, `${path}.footer.text`, footer);
  const author = embed.author as Record<string, unknown> | undefined;
  if (author !== undefined) length += text("name", LIMITS.author, `${path}.author.name`, author);
  const fields = Array.isArray(embed.fields) ? (embed.fields as Record<string, unknown>[]) : [];
  if (fields.length > LIMITS.fields) problems.push(`${path}.fields: more than ${LIMITS.fields}`);
  fields.forEach((field, i) => {
    for (const key of ["name", "value"] as const) {
      const v = field[key];
      if (typeof v !== "string" || v.trim() === "")
        problems.push(`${path}.fields.${i}.${key}: required`);
    }
    length += text("name", LIMITS.fieldName, `${path}.fields.${i}.name`, field);
    length += text("value", LIMITS.fieldValue, `${path}.fields.${i}.value`, field);
  });
  return { problems, length };
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Problems with an autocomplete result (callback type 8). */
export function choiceProblems(data: unknown): string[] {
  const choices = (data as { choices?: unknown } | undefined)?.choices;
  if (!Array.isArray(choices)) return ["data.choices: required"];
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`data.choices: more than ${LIMITS.choices}`);
  choices.forEach((choice: { name?: unknown; value?: unknown }, i) => {
    if (typeof choice.name !== "string" || choice.name.length < 1 || choice.name.length > 100)
      problems.push(`data.choices.${i}.name: 1 to ${LIMITS.choiceText} characters`);
    if (typeof choice.value === "string" && choice.value.length > LIMITS.choiceText)
      problems.push(`data.choices.${i}.value: more than ${LIMITS.choiceText}`);
  });
  return problems;
}

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** Problems with a bulk-overwrite body of slash commands. */
export function commandProblems(body: unknown): string[] {
  if (!Array.isArray(body)) return ["body: must be an array of commands"];
  const problems: string[] = [];
  body.forEach((command: Record<string, unknown>, i) => {
    if (typeof command.name !== "string" || !NAME.test(command.name) || /[A-Z]/.test(command.name))
      problems.push(`${i}.name: lowercase, 1 to 32 characters`);
    const description = command.description;
    if (typeof description !== "string" || description.length < 1 || description.length > 100)
      problems.push(`${i}.description: 1 to 100 characters`);
    const options = Array.isArray(command.options) ? command.options : [];
    if (options.length > 25) problems.push(`${i}.options: more than 25`);
  });
  return problems;
}
