import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEFAULT_OPTIONS, validateManifest } from "../../scripts/validate-manifest";

const MANIFEST = resolve(__dirname, "../../manifest.xml");
const original = readFileSync(MANIFEST, "utf8");
const work = mkdtempSync(join(tmpdir(), "cermat-manifest-"));

/** A mutated copy of the real manifest, validated against the real repository (assets, commands). */
async function validateWith(change: (xml: string) => string) {
  const xml = change(original);
  expect(xml).not.toBe(original); // the mutation must actually apply
  const file = join(work, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  return validateManifest(file, DEFAULT_OPTIONS);
}

describe("the add-in manifest", () => {
  it("validates offline: schema, references, icons, URLs, both languages, commands, office-addin-manifest", async () => {
    const report = await validateManifest(MANIFEST, DEFAULT_OPTIONS);
    expect(report.errors).toEqual([]);
  });

  it("puts the Cermat group on the Home tab with the five buttons, in Indonesian with English overrides", () => {
    expect(original).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Cermat.Group">/);
    const labels = [...original.matchAll(/<bt:String id="(\w+)\.Label" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"/g)].map((m) => [m[2], m[3]]);
    expect(labels).toEqual(
      expect.arrayContaining([
        ["Periksa", "Check"],
        ["Isi Capaian", "Fill Capaian"],
        ["Sisipkan Templat", "Insert Template"],
        ["Buka Panel", "Open Pane"],
        ["Hapus tanda", "Remove marks"],
      ]),
    );
    expect(original).not.toContain("<Runtimes>");
  });

  it.each<[string, (xml: string) => string, RegExp]>([
    ["elements out of order", (x) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "").replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"), /schema .*Permissions.*not expected/],
    ["an id that is not a GUID", (x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>cermat</Id>"), /schema .*Id/],
    ["an unknown permission", (x) => x.replace("ReadWriteDocument</Permissions>", "ReadWriteEverything</Permissions>"), /schema .*Permissions/],
    ["a misspelled action type", (x) => x.replace('xsi:type="ShowTaskpane"', 'xsi:type="ShowTaskPane"'), /schema /],
    ["a button without a tooltip", (x) => x.replace(/<Supertip>\s*<Title resid="Periksa.Label"\/>\s*<Description resid="Periksa.Tip"\/>\s*<\/Supertip>/, ""), /schema .*Supertip/],
    ["a label longer than 125 characters", (x) => x.replace('DefaultValue="Periksa"', `DefaultValue="${"Periksa ".repeat(20)}"`), /schema /],
    ["a dangling resid", (x) => x.replace('<Label resid="Periksa.Label"/>', '<Label resid="Periksa.Lable"/>'), /"Periksa.Lable"> names no resource/],
    ["a resid of the wrong kind", (x) => x.replace('<Description resid="Periksa.Tip"/>', '<Description resid="Periksa.Label"/>'), /needs a resource in LongStrings/],
    ["a resource id over 32 characters", (x) => x.replaceAll("Periksa.Tip", "Periksa.Tooltip.For.The.Check.Button"), /schema /],
    ["a duplicate control id", (x) => x.replace('id="Cermat.HapusTanda"', 'id="Cermat.Periksa"'), /control id "Cermat.Periksa" is used twice/],
    ["an icon that does not exist", (x) => x.replace("assets/icon-80.png", "assets/icon-90.png"), /icon-90.png has no file/],
    ["an icon of the wrong size", (x) => x.replace('"https://localhost:3000/assets/icon-16.png"', '"https://localhost:3000/assets/icon-32.png"'), /is 32×32, the manifest says 16×16/],
    ["a plain-http URL", (x) => x.replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"), /is not on https:\/\/localhost:3000/],
    ["a string without its English override", (x) => x.replace('<bt:Override Locale="en-US" Value="Remove marks"/>', ""), /HapusTanda.Label .* has no en-US override/],
    ["a function the function file does not register", (x) => x.replace("<FunctionName>hapusTanda</FunctionName>", "<FunctionName>hapusSemua</FunctionName>"), /FunctionName "hapusSemua" is not registered/],
    ["a different default locale", (x) => x.replace("<DefaultLocale>id-ID</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), /DefaultLocale is en-US/],
    ["a broken XML file", (x) => x.replace("</OfficeApp>", ""), /schema /],
  ])("fails on %s", async (_label, change, expected) => {
    const report = await validateWith(change);
    expect(report.errors.join("\n")).toMatch(expected);
  });
});
