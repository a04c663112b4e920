import type { Span } from "../text/span.ts";

export type EntityKind = "person" | "organization";

/** How an entity is referred to at one place in the text. */
export type MentionForm = "name" | "surname" | "title" | "role" | "pronoun" | "organization";

/** One place in the text that refers to an entity. */
export interface Mention extends Span {
  readonly entityId: number;
  readonly form: MentionForm;
}

/** A person or organisation of the article, with every form the article uses for it. */
export interface Entity {
  readonly id: number;
  readonly kind: EntityKind;
  /**
   * The fullest form of the name in the article, without titles: "Rex Tillerson"; a person known
   * by a peerage title or "Sir"/"Dame" and one word keeps it: "Lord Falconer", "Sir Alex".
   */
  readonly name: string;
  /** Other forms used in the text: "Tillerson", "Secretary of State Rex Tillerson", "the former Exxon CEO". */
  readonly aliases: readonly string[];
  /** The role the article gives, when it gives one: "Secretary of State". */
  readonly role?: string;
  readonly mentions: readonly Mention[];
}
