import { isNumericRole, isRole, periodRoleParts, roleCatalog, type Role } from "../../../src/engine/model";

const groups = Object.fromEntries(roleCatalog().map((g) => [g.group, g.roles]));

describe("the role catalogue the Kolom view and --columns offer", () => {
  it("groups the roles as staff think of them, in sheet order", () => {
    expect(roleCatalog().map((g) => g.group)).toEqual(["identitas", "target", "realisasi", "capaian", "anggaran", "periode", "referensi"]);
    expect(groups.identitas).toEqual(["no", "kode", "sasaran", "indikator", "satuan", "polaritas", "program", "penanggung_jawab", "keterangan", "lokasi"]);
    expect(groups.referensi).toEqual(expect.arrayContaining(["baseline", "target_renstra", "realisasi_anggaran_lalu"]));
    expect(groups.anggaran).toEqual(["anggaran", "realisasi_anggaran", "serapan"]);
    expect(groups.capaian).toEqual(["capaian", "predikat"]);
  });

  it("puts every per-period role (TW and month, each measure) under per periode", () => {
    const periode = groups.periode as readonly Role[];
    expect(periode.slice(0, 4)).toEqual(["periode", "target_periode", "realisasi_periode", "capaian_periode"]);
    expect(periode).toEqual(expect.arrayContaining(["target_tw1", "realisasi_tw4", "capaian_b12", "anggaran_tw2", "realisasi_anggaran_b3"]));
    // 5 measures × (4 quarters + 12 months), plus the long layout's 4 roles.
    expect(periode).toHaveLength(5 * 16 + 4);
  });

  it("offers a table's years (a Renstra matrix) beside the fixed periods, and splits year roles", () => {
    const periode = roleCatalog(["y2021", "y2022"]).find((g) => g.group === "periode")!.roles;
    expect(periode).toEqual(expect.arrayContaining(["target_y2021", "anggaran_y2022"]));
    expect(periodRoleParts("anggaran_y2021")).toEqual({ measure: "anggaran", period: "y2021" });
    expect(isRole("anggaran_y2021")).toBe(true);
  });

  it("lists each role once", () => {
    const all = roleCatalog().flatMap((g) => g.roles);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ["anggaran", true],
    ["realisasi_anggaran_tw3", true],
    ["target_b12", true],
    ["none", false],
    ["target_tw5", false],
    ["Anggaran", false],
    ["", false],
  ])("isRole(%j) is %s", (name, expected) => {
    expect(isRole(name)).toBe(expected);
  });

  it("splits a per-period role into its measure and period, and not a plain one", () => {
    expect(periodRoleParts("realisasi_anggaran_b3")).toEqual({ measure: "realisasi_anggaran", period: "b3" });
    expect(periodRoleParts("target_tw1")).toEqual({ measure: "target", period: "tw1" });
    expect(periodRoleParts("realisasi_periode")).toBeUndefined();
    expect(periodRoleParts("anggaran")).toBeUndefined();
  });

  it("agrees with the engine on which roles hold numbers", () => {
    expect((groups.identitas as readonly Role[]).some(isNumericRole)).toBe(false);
    expect(["target", "realisasi", "capaian", "anggaran", "realisasi_anggaran", "serapan"].every((r) => isNumericRole(r as Role))).toBe(true);
  });
});
