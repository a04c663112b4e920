import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Sandy Hook Elementary School ... In that sense, Sandy Hook wasn't just a national tragedy. "...,"
// he added": a name of unknown kind that opens an organisation's longer name in the article is a
// place or thing named by it, never the antecedent of he or she (stop 28).
const FLOOD = `A senator's mission

Senator Dan Porter spent the night at the shelter near Marlow Creek Primary School where the families waited for news.

Porter followed up by lamenting the paperwork his job entails: "There's just a lot of paperwork in this job," he said. In that sense, Marlow Creek wasn't just a local disaster, but a personal summons. "This was something different, in part because my son just started school," he added.
`;

describe("a name that opens an organisation's name", () => {
  it("is no antecedent of he", () => {
    expect(speakerOf(FLOOD, "This was something different")).toBe("Dan Porter");
  });
});
