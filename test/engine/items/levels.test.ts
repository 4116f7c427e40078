import { levelOfKode, levelOfUppercase, markLevels, numberingStyle, type NameCell } from "../../../src/engine/items/levels";
import type { Item } from "../../../src/engine/model";

const item = (index: number): Item => ({ index, kind: "row", firstRow: index, lastRow: index, group: 0, cells: {}, inherited: {}, budgetChildren: [] });

describe("levels the sheet marks", () => {
  it.each([
    ["3.30.02", "program"],
    ["3.30.02 PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM", "program"],
    ["3.30.02.2.01", "kegiatan"],
    ["1.20.05.01", "kegiatan"],
    ["3.30.02.2.01.0001", "subkegiatan"],
    ["3.30", undefined],
    ["Penerbitan Izin Usaha", undefined],
  ])("kode %j → %s", (text, level) => {
    expect(levelOfKode(text)).toBe(level);
  });

  it.each([
    ["PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM", "program"],
    ["PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", "program"],
    ["KEGIATAN PENGAWASAN KOPERASI", "kegiatan"],
    ["SUB KEGIATAN PENILAIAN KESEHATAN", "subkegiatan"],
    ["Program Penunjang Urusan Pemerintahan", undefined],
    ["Penerbitan Izin Usaha Simpan Pinjam", undefined],
  ])("uppercase %j → %s", (text, level) => {
    expect(levelOfUppercase(text)).toBe(level);
  });

  it.each([
    ["A. Perencanaan, Penganggaran, dan Evaluasi Kinerja", "A."],
    ["1) Koordinasi dan Penyusunan Dokumen RKA-SKPD", "1)"],
    ["1. Program Penunjang Urusan", "1."],
    ["a. Rapat koordinasi", "a."],
    ["3.30.02.2.01 Pemeriksaan", undefined],
    ["Pemeriksaan", undefined],
  ])("numbering %j → %s", (text, style) => {
    expect(numberingStyle(text)).toBe(style);
  });

  it("ranks numbering styles by first use: Nganjuk's A. kegiatan over 1) sub kegiatan under a Kegiatan/Sub Kegiatan column", () => {
    const names: NameCell[] = [
      "A. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "1) Koordinasi dan Penyusunan Dokumen RKA-SKPD",
      "2) Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD",
      "B. Administrasi Keuangan Perangkat Daerah",
      "1) Penyediaan Gaji dan Tunjangan ASN",
    ].map((text, i) => ({ item: item(i), text }));
    const marks = markLevels(names, "kegiatan");
    expect([...marks.values()].map((m) => `${m.level}/${m.source}`)).toEqual([
      "kegiatan/numbering",
      "subkegiatan/numbering",
      "subkegiatan/numbering",
      "kegiatan/numbering",
      "subkegiatan/numbering",
    ]);
  });

  it("reads indentation and bold where there is nothing else", () => {
    const indented = markLevels(
      [
        { item: item(0), text: "Pelayanan Izin Usaha", indent: 0 },
        { item: item(1), text: "Penerbitan Izin", indent: 1 },
        { item: item(2), text: "Fasilitasi Pemenuhan Izin", indent: 2 },
      ],
      "program",
    );
    expect([...indented.values()].map((m) => `${m.level}/${m.source}`)).toEqual(["program/indent", "kegiatan/indent", "subkegiatan/indent"]);
    const bold = markLevels(
      [
        { item: item(0), text: "Pelayanan Izin Usaha", bold: true },
        { item: item(1), text: "Penerbitan Izin" },
      ],
      "program",
    );
    expect([...bold.entries()]).toEqual([[0, { level: "program", source: "bold" }]]);
  });
});
