import { formatNumber, formatPercent, formatRupiah, periodName, periodRangeName, shorten } from "../../src/i18n";

describe("formatRupiah", () => {
  it.each([
    [1250000, "Rp 1.250.000", "Rp 1,250,000"],
    [9361664774, "Rp 9.361.664.774", "Rp 9,361,664,774"],
    [0, "Rp 0", "Rp 0"],
    [694290000000, "Rp 694.290.000.000", "Rp 694,290,000,000"],
    [-3960970, "-Rp 3.960.970", "-Rp 3,960,970"],
    [1250.5, "Rp 1.250,5", "Rp 1,250.5"],
    [999, "Rp 999", "Rp 999"],
  ])("%p → %s / %s", (value, id, en) => {
    expect(formatRupiah(value, "id")).toBe(id);
    expect(formatRupiah(value, "en")).toBe(en);
  });
});

describe("formatPercent", () => {
  it.each([
    [87.5, "87,5%", "87.5%"],
    [100, "100%", "100%"],
    [54.888888, "54,89%", "54.89%"],
    [0.37, "0,37%", "0.37%"],
    [1234.5, "1.234,5%", "1,234.5%"],
  ])("%p → %s / %s", (value, id, en) => {
    expect(formatPercent(value, "id")).toBe(id);
    expect(formatPercent(value, "en")).toBe(en);
  });
});

describe("formatNumber", () => {
  it.each([
    [11.76, "11,76", "11.76"],
    [45865000, "45.865.000", "45,865,000"],
    [-0.001, "0", "0"],
    [2.5, "2,5", "2.5"],
  ])("%p → %s / %s", (value, id, en) => {
    expect(formatNumber(value, "id")).toBe(id);
    expect(formatNumber(value, "en")).toBe(en);
  });

  it("keeps the decimals asked for, no more", () => {
    expect(formatNumber(87.333333, "id", 1)).toBe("87,3");
    expect(formatNumber(87.333333, "en", 0)).toBe("87");
  });
});

describe("period names", () => {
  it.each([
    ["tw1", "TW I", "TW I"],
    ["tw3", "TW III", "TW III"],
    ["tw4", "TW IV", "TW IV"],
    ["b1", "Januari", "January"],
    ["b5", "Mei", "May"],
    ["b8", "Agustus", "August"],
    ["b12", "Desember", "December"],
  ] as const)("%s → %s / %s", (period, id, en) => {
    expect(periodName(period, "id")).toBe(id);
    expect(periodName(period, "en")).toBe(en);
  });

  it("names a whole family", () => {
    expect(periodRangeName("quarterly", "id")).toBe("TW I–IV");
    expect(periodRangeName("monthly", "id")).toBe("Januari–Desember");
    expect(periodRangeName("monthly", "en")).toBe("January–December");
  });
});

describe("shorten", () => {
  it("cuts a long indikator at a word-friendly length with an ellipsis", () => {
    const text = "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja";
    expect(shorten(text).length).toBeLessThanOrEqual(80);
    expect(shorten(text).endsWith("…")).toBe(true);
    expect(shorten("Nilai  SAKIP\nOPD")).toBe("Nilai SAKIP OPD");
  });
});
