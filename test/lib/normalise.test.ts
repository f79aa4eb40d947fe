import { markupIn, normaliseText, occursIn } from "../../lib/sources/normalise";

describe("normaliseText: the one comparison of quotes with documents", () => {
  it("ignores whitespace, curly quotes and dash variants", () => {
    expect(normaliseText("  \u2018Right\u2019 home \u2013 right\n\ttime \u201Cnow\u201D \u2014 ")).toBe("'Right' home - right time \"now\" -");
  });

  it("removes bold, underline, italic and heading markup and keeps the words", () => {
    expect(normaliseText("commitment we **will**:")).toBe("commitment we will:");
    expect(normaliseText("the __Family Help__ and <u>Prevention Strategy</u>")).toBe("the Family Help and Prevention Strategy");
    expect(normaliseText("an *italic* word, *two words*.")).toBe("an italic word, two words.");
    expect(normaliseText('#### **Local voices**\n\n"My life" - **Parent**')).toBe('Local voices "My life" - Parent');
    expect(normaliseText("# 4. Our approach\n## Five Pillars")).toBe("4. Our approach Five Pillars");
  });

  it("keeps what is not markup: a lone asterisk, a # inside a line, a number sign with no space", () => {
    expect(normaliseText("3 * 4 is 12*")).toBe("3 * 4 is 12*");
    expect(normaliseText("room #2 and #hashtag")).toBe("room #2 and #hashtag");
    expect(normaliseText("#hashtag at the start")).toBe("#hashtag at the start");
  });

  it("matches a quote copied with or without the text copy's markup, and refuses other words", () => {
    const document = normaliseText("#### **Transforming our services**\nWe will deliver on our priorities within the <u>Family Help and Prevention Strategy</u> to provide");
    expect(occursIn("Transforming our services We will deliver", document)).toBe(true);
    expect(occursIn("within the Family Help and Prevention Strategy", document)).toBe(true);
    expect(occursIn("within the **Family Help and Prevention Strategy**", document)).toBe(true);
    expect(occursIn("within the Family Support Strategy", document)).toBe(false);
  });
});

describe("markupIn: what a user must never see", () => {
  it("names each kind of markup", () => {
    expect(markupIn("we **will**")).toEqual(["bold markup (**)"]);
    expect(markupIn("__Family Help__")).toEqual(["underline markup (__)"]);
    expect(markupIn("<u>Family Help</u>")).toEqual(["underline markup (<u>)"]);
    expect(markupIn("# Local voices")).toEqual(["a heading marker (# at the start of a line)"]);
    expect(markupIn("an *italic* word")).toEqual(["italic markup (*...*)"]);
  });

  it("finds none in plain text, a lone asterisk or a number sign", () => {
    expect(markupIn("Right services for the right children at the right time")).toEqual([]);
    expect(markupIn("3 * 4 is 12* (see note #2)")).toEqual([]);
  });
});
