import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { speakerOf } from "../quotes/speaker-of.ts";

function people(text: string): { name: string; aliases: readonly string[] }[] {
  return analyzeArticle({ text }).people.map((p) => ({ name: p.name, aliases: p.aliases }));
}

/** Every name and alias of a person the article names. */
function personNames(text: string): string[] {
  return analyzeArticle({ text })
    .people.filter((p) => p.kind === "person")
    .flatMap((p) => [p.name, ...p.aliases]);
}

describe("surnames that are also nationalities or colours", () => {
  it("reads the surname alone as the person introduced in full", () => {
    const text = [
      "Mark Cuban watched from the stands as his side lost again.",
      "",
      "Cuban, who bought the team in 2000, left before the end. Cuban's mood was clear.",
      "",
      "Oliver Irish, the arena manager, said crowds were down. Irish said prices would fall.",
    ].join("\n");
    const found = people(text);
    expect(found.find((p) => p.name === "Mark Cuban")?.aliases).toContain("Cuban");
    expect(found.find((p) => p.name === "Oliver Irish")?.aliases).toContain("Irish");
  });

  it("reads a nationality or a colour after a courtesy title as a surname", () => {
    const text = "Mr French opened the fete. Later Dr White thanked the volunteers.";
    expect(people(text).map((p) => p.name)).toEqual(expect.arrayContaining(["French", "White"]));
  });

  it("leaves the words as they are where the article uses them as adjectives", () => {
    const text = [
      "Charity dinner raises record sum",
      "",
      "Jimmy White was at the dinner. Marie French sat with Ellen Irish. Tom English gave a speech.",
      "",
      "French officials spoke to the Irish Lions, and a White House aide praised English football.",
      "",
      "The menu was written in French. The guests were mostly Irish.",
    ].join("\n");
    const words = personNames(text);
    expect(words).toEqual(expect.arrayContaining(["Jimmy White", "Marie French", "Tom English"]));
    for (const alias of ["French", "Irish", "White", "English", "White House"])
      expect(words).not.toContain(alias);
  });

  it("reads one that opens a sentence before a past-tense verb as its subject (stop 27)", () => {
    const text = [
      "Prop eager for Six Nations",
      "",
      "Harlow prop Dennis White says he is ready for the opening match in Dunmore.",
      "",
      '"I talk to the young players a lot," said White. "It helps them settle in."',
      "",
      'Coach Tom Baxter said: "The coaches push us. The fitness work is long. We all want a shirt."',
      "",
      "White missed most of last season with a knee injury and is keen to start.",
      "",
      '"I love the noise at Dunmore Park. It is one of my favourite grounds," he said.',
    ].join("\n");
    expect(speakerOf(text, "I love the noise")).toBe("Dennis White");
  });
});
