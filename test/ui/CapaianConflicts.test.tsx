/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { uiWords } from "../../src/i18n/ui";
import { CapaianConflicts } from "../../src/ui/CapaianConflicts";
import type { PendingWrite } from "../../src/ui/pane-state";

// A Pengukuran Kinerja capaian typed by hand as 1 (100 %) where 90 % is right, and one kept by an
// old formula that divides the other way: what the person sees must be numbers first, formulas on request.
const TYPED: PendingWrite = {
  cell: "H12",
  current: "100%",
  proposed: "=IF(AND(ISNUMBER(F12),F12<>0),G12/F12,\"\")",
  format: "0.00%",
  reason: { kind: "otherValue" },
  write: { row: 11, col: 7, formula: '=IF(AND(ISNUMBER(F12),F12<>0),G12/F12,"")', result: 0.9 },
};
const OLD_FORMULA: PendingWrite = {
  cell: "H13",
  current: "111,11%",
  currentFormula: "=F13/G13",
  proposed: "=IF(AND(ISNUMBER(F13),F13<>0),G13/F13,\"\")",
  format: "0.00%",
  reason: { kind: "otherFormula" },
  write: { row: 12, col: 7, formula: '=IF(AND(ISNUMBER(F13),F13<>0),G13/F13,"")', result: 0.9 },
};

function setup(onApply = jest.fn()) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <CapaianConflicts pending={[TYPED, OLD_FORMULA]} words={uiWords("id")} lang="id" disabled={false} onSelectCell={jest.fn()} onApply={onApply} />
    </FluentProvider>,
  );
  return { user, onApply };
}

const card = (cell: string) => within(document.querySelector(`li[data-cell="${cell}"]`) as HTMLElement);

describe("the Isi Capaian conflict list", () => {
  it("shows what each cell shows now and the number Cermat proposes, as the pane writes numbers", () => {
    setup();
    expect(card("H12").getByText("100%", { selector: '[data-part="current"]' })).toBeTruthy();
    expect(document.querySelector('li[data-cell="H12"] [data-part="proposed"]')?.textContent).toBe("90%");
    expect(document.querySelector('li[data-cell="H13"] [data-part="current"]')?.textContent).toBe("111,11%");
  });

  it("keeps formulas behind a disclosure, closed at first; the cell's own formula only where it has one", () => {
    setup();
    const typed = document.querySelectorAll('li[data-cell="H12"] details');
    expect([...typed].map((d) => d.querySelector("summary")?.textContent)).toEqual(["Rumus usulan Cermat"]);
    const old = document.querySelectorAll('li[data-cell="H13"] details');
    expect([...old].map((d) => d.querySelector("summary")?.textContent)).toEqual(["Rumus yang ada di sel", "Rumus usulan Cermat"]);
    expect([...old].every((d) => !(d as HTMLDetailsElement).open)).toBe(true);
    expect(old[0].querySelector("code")?.textContent).toBe("=F13/G13");
    // No raw formula in the visible text of a card.
    const visible = [...document.querySelectorAll('li[data-cell="H13"] dd')].map((d) => d.textContent).join(" ");
    expect(visible).not.toContain("=");
  });

  it("says why each differs and writes only the cells the person ticks", async () => {
    const { user, onApply } = setup();
    expect(card("H13").getByText(/lain dari rumus capaian yang baku/)).toBeTruthy();
    const apply = screen.getByRole("button", { name: "Terapkan yang dipilih" }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: "Ganti isi sel H13" }));
    await user.click(apply);
    expect(onApply).toHaveBeenCalledWith([OLD_FORMULA], 1);
  });

  it("Pilih semua ticks every cell", async () => {
    const { user, onApply } = setup();
    await user.click(screen.getByRole("checkbox", { name: "Pilih semua" }));
    await user.click(screen.getByRole("button", { name: "Terapkan yang dipilih" }));
    expect(onApply).toHaveBeenCalledWith([TYPED, OLD_FORMULA], 0);
  });
});
