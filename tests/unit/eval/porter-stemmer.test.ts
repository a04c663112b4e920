import { describe, expect, it } from "vitest";
import { porterStem } from "../../../src/eval/porter-stemmer.ts";

describe("porterStem", () => {
  // Expected stems are what NLTK 3.8's PorterStemmer() (NLTK_EXTENSIONS mode) returns for each word.
  const nltkOutputs: Array<[string, string]> = [
    ["caresses", "caress"],
    ["ponies", "poni"],
    ["ties", "tie"],
    ["dies", "die"],
    ["flies", "fli"],
    ["died", "die"],
    ["spied", "spi"],
    ["agreed", "agre"],
    ["feed", "feed"],
    ["plastered", "plaster"],
    ["bled", "bled"],
    ["motoring", "motor"],
    ["sing", "sing"],
    ["conflated", "conflat"],
    ["troubled", "troubl"],
    ["sized", "size"],
    ["hopping", "hop"],
    ["tanned", "tan"],
    ["falling", "fall"],
    ["hissing", "hiss"],
    ["fizzed", "fizz"],
    ["failing", "fail"],
    ["filing", "file"],
    ["happy", "happi"],
    ["enjoy", "enjoy"],
    ["sky", "sky"],
    ["skies", "sky"],
    ["dying", "die"],
    ["news", "news"],
    ["proceed", "proceed"],
    ["relational", "relat"],
    ["conditional", "condit"],
    ["rational", "ration"],
    ["digitizer", "digit"],
    ["radically", "radic"],
    ["hopefully", "hope"],
    ["geology", "geolog"],
    ["generously", "gener"],
    ["vietnamization", "vietnam"],
    ["decisiveness", "decis"],
    ["triplicate", "triplic"],
    ["electrical", "electr"],
    ["goodness", "good"],
    ["revival", "reviv"],
    ["allowance", "allow"],
    ["airliner", "airlin"],
    ["adjustable", "adjust"],
    ["irritant", "irrit"],
    ["replacement", "replac"],
    ["adjustment", "adjust"],
    ["adoption", "adopt"],
    ["communism", "commun"],
    ["activate", "activ"],
    ["effective", "effect"],
    ["probate", "probat"],
    ["rate", "rate"],
    ["cease", "ceas"],
    ["controlling", "control"],
    ["roll", "roll"],
    ["oed", "o"],
    ["deportations", "deport"],
    ["immigrants", "immigr"],
    ["officials", "offici"],
    ["said", "said"],
  ];

  it.each(nltkOutputs)("stems %s to %s as NLTK does", (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it("leaves words of one or two letters alone", () => {
    expect(porterStem("is")).toBe("is");
    expect(porterStem("as")).toBe("as");
  });

  it("lower-cases before stemming", () => {
    expect(porterStem("Running")).toBe("run");
  });

  it("stems a 50,000-letter word without crashing", () => {
    const word = `${"y".repeat(50_000)}ing`;
    expect(porterStem(word).length).toBeGreaterThan(0);
  });
});
