/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { ExcelWorkbook } from "../../src/excel";
import { uiWords } from "../../src/i18n/ui";
import { limitationsOf } from "../../src/taskpane/limitations";
import { LimitationsNotice } from "../../src/ui/LimitationsNotice";

/** An Excel that supports ExcelApi 1.1 up to 1.`highestMinor` (versions compare by minor number: 1.10 > 1.9). */
function excelUpTo(highestMinor: number) {
  return new ExcelWorkbook({
    run: () => Promise.reject(new Error("not used")),
    isSetSupported: (name, version) => name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= highestMinor,
  });
}

// jsdom has no layout: Fluent's MessageBar watches its own size to reflow.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

describe("what the pane tells about an older Excel", () => {
  it.each([
    // Office 2016 volume licence: the core only.
    [2, ["mergedAreas", "comments", "cellProperties", "dataValidation", "freezePanes", "pageLayout"]],
    // Office 2019.
    [7, ["mergedAreas", "comments", "cellProperties", "dataValidation", "pageLayout"]],
    // Office 2021: comments but no notes.
    [14, ["notes"]],
    // Microsoft 365 today.
    [18, []],
  ])("ExcelApi 1.%s → %j", (highest, expected) => {
    expect(limitationsOf(excelUpTo(highest).capabilities)).toEqual(expected);
  });

  it("lists each limit in Indonesian, and nothing at all on a current Excel", () => {
    const words = uiWords("id");
    const { container, rerender } = render(<LimitationsNotice limitations={limitationsOf(excelUpTo(7).capabilities)} words={words} />);
    expect(screen.getByText(words.limited.title)).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(5);
    expect(screen.getByText(words.limited.feature.mergedAreas)).toBeTruthy();
    rerender(<LimitationsNotice limitations={[]} words={words} />);
    expect(container.textContent).toBe("");
  });
});
