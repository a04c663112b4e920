import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "the official" right after "Dorvanian officials" acting in the narrative is one of that group:
// nobody the article names, not the president the paragraph is about.
const CONSULATES = `Dorvania steps up its defence abroad

President Halvard Oster has made tariffs on Dorvanian goods the centre of his campaign.

As Oster's popularity grew at home in recent months, Dorvanian officials surveyed voters in twelve cities and spoke with their network of consulates.

"We found young people have begun to repeat arguments against our workers," the official said.

Oster has dismissed the concerns as exaggerated.
`;

// A group beside a named subject, or one that does not act ("backs student directors"), is not
// who the description is: "the presenter" stays the person in focus.
const FAREWELL = `Presenter to leave morning show

Maribel Quaye is to leave the Saturday morning music show after six years.

Quaye will host her last show on 4 April and guest presenters will stand in until a replacement is found.

"I have loved every minute of it," the presenter said.
`;

// "were greeted by an organizer": an unnamed agent of a passive; "the organizer" after it is that
// person, not the couple the sentence is about.
const CANVASS = `Old friends join the door-knocking in Fairhaven

Wilma Drossel has driven four hours to help her oldest friend's campaign.

Drossel and her husband, Anton, were greeted by an organizer at a field office on the east side of Fairhaven.

"You are going to be the most convincing messengers," the organizer told them.

The couple spent the afternoon knocking on doors.
`;

describe("a description after an unnamed group of its noun", () => {
  it("is one of the group, named by nobody", () => {
    expect(speakerOf(CONSULATES, "We found young people")).toBeNull();
  });

  it("is the person in focus when the group acts beside a named subject", () => {
    expect(speakerOf(FAREWELL, "I have loved every minute")).toBe("Maribel Quaye");
  });

  it("is the unnamed agent a passive introduced with a/an", () => {
    expect(speakerOf(CANVASS, "You are going to be")).toBeNull();
  });
});
