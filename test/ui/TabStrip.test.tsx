/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { TabStrip } from "../../src/ui/TabStrip";

const TABS = [
  { value: "check", label: "Temuan" },
  { value: "columns", label: "Kolom" },
  { value: "tools", label: "Alat" },
] as const;

function Harness() {
  const [tab, setTab] = useState<string>("check");
  return <TabStrip items={TABS} selected={tab} onSelect={setTab} label="Bagian panel" controls="panel" />;
}

const tab = (name: string) => screen.getByRole("tab", { name });

describe("TabStrip (WAI-ARIA tabs)", () => {
  it("puts only the selected tab in the Tab order and names the panel it controls", () => {
    render(<Harness />);
    expect(screen.getByRole("tablist", { name: "Bagian panel" })).toBeTruthy();
    expect(TABS.map((t) => tab(t.label).tabIndex)).toEqual([0, -1, -1]);
    expect(tab("Temuan").getAttribute("aria-selected")).toBe("true");
    expect(tab("Temuan").getAttribute("aria-controls")).toBe("panel");
    // No hidden focusable helpers (what axe's aria-hidden-focus flags in Fluent's TabList).
    expect(document.querySelectorAll('[aria-hidden="true"][tabindex]')).toHaveLength(0);
  });

  it("moves with the arrow keys, wraps around, and jumps with Home and End; selection follows focus", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    expect(document.activeElement).toBe(tab("Temuan"));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tab("Kolom"));
    expect(tab("Kolom").getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(tab("Temuan"));
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(tab("Alat"));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(tab("Temuan"));
    await user.keyboard("{End}");
    expect(tab("Alat").getAttribute("aria-selected")).toBe("true");
  });

  it("selects a tab on click", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(tab("Alat"));
    expect(tab("Alat").getAttribute("aria-selected")).toBe("true");
    expect(tab("Temuan").getAttribute("aria-selected")).toBe("false");
  });
});
