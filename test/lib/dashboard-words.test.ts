import { boardKindText, longDate, sentence, statusText, tagColour } from "../../dashboard/src/status-words";

describe("the dashboard's statuses, board kinds and dates in words", () => {
  it("says a status and its RAG rating in words, so colour is never the only cue", () => {
    expect(statusText("ON_TRACK", "GREEN")).toBe("On track (green)");
    expect(statusText("OFF_TRACK", "RED")).toBe("Off track (red)");
    expect(statusText("NOT_REPORTED", null)).toBe("Not reported");
    expect(sentence("IN_DEVELOPMENT")).toBe("In development");
  });

  it("colours a tag by the RAG rating where there is one, else by the status, grey when neither says", () => {
    expect(tagColour("ON_TRACK", "GREEN")).toBe("green");
    expect(tagColour("ON_TRACK", "AMBER")).toBe("yellow");
    expect(tagColour("AT_RISK", "RED")).toBe("red");
    expect(tagColour("COMPLETE", "BLUE")).toBe("blue");
    expect(tagColour("OFF_TRACK", null)).toBe("red");
    expect(tagColour("NOT_REPORTED", null)).toBe("grey");
    expect(tagColour("SOMETHING_NEW", "PURPLE")).toBe("grey");
  });

  it("names each kind of board, and one added later still reads as words", () => {
    expect(boardKindText("SCRUTINY_COMMITTEE")).toBe("Overview and scrutiny committee");
    expect(boardKindText("CHILDREN_AND_YOUNG_PEOPLES_FORUM")).toBe("Children and young people's forum");
    expect(boardKindText("HEALTH_AND_WELLBEING_BOARD")).toBe("Health and wellbeing board");
  });

  it("writes dates as GOV.UK does, from the digits (no time zone can move them), and leaves anything else as given", () => {
    expect(longDate("2024-04-18")).toBe("18 April 2024");
    expect(longDate("2026-12-01T23:59:59.000Z")).toBe("1 December 2026");
    expect(longDate("2024-13-01")).toBe("2024-13-01");
    expect(longDate("April 2024")).toBe("April 2024");
  });
});
