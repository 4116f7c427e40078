/** rekap.html as text: everything in the page itself, every value escaped, nothing fetched. */
import type { Rekap } from "../../src/report/rekap";
import { rekapHtml } from "../../src/report/rekap-html";
import { folderRekap } from "./rekap-fixture";

const DATE = new Date(2026, 11, 4);

describe("rekap.html", () => {
  let rekap: Rekap;
  let html: string;
  beforeAll(async () => {
    rekap = await folderRekap("id");
    html = rekapHtml(rekap, "id", DATE);
  });

  it("holds a row per file and sheet and a row per finding, without its script", () => {
    const rekapBody = /<table id="rekap">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1];
    const temuanBody = /<table id="temuan-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1];
    expect(rekapBody.match(/<tr /g)).toHaveLength(rekap.rows.length);
    expect(temuanBody.match(/<tr /g)).toHaveLength(rekap.temuan.length);
    expect(html).toContain("Dibuat dengan Cermat, 4 Desember 2026");
    expect(html).toContain('<html lang="id">');
    // A file with findings links to its first one.
    const first = rekap.rows.find((r) => r.firstFinding !== undefined)!;
    expect(html).toContain(`<a href="#temuan-${first.firstFinding! + 1}">`);
    expect(html).toContain(`id="temuan-${first.firstFinding! + 1}"`);
  });

  it("loads nothing from anywhere: no address, no external script, style or image, and a policy that forbids them", () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(script|img|iframe|link)[^>]+(src|href)=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
  });

  it("escapes every value: a file name with markup in it stays text", () => {
    const hostile: Rekap = {
      ...rekap,
      rows: [{ ...rekap.rows[1], file: `<img src=x onerror="alert(1)">&'.xlsx`, reason: "</td><script>alert(2)</script>" }],
      temuan: [{ ...rekap.temuan[0], message: `<b>"tebal"</b>` }],
    };
    const page = rekapHtml(hostile, "en", DATE);
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;.xlsx");
    expect(page).toContain("&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(page).toContain("&lt;b&gt;&quot;tebal&quot;&lt;/b&gt;");
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it("says so when nothing was found", () => {
    const none = rekapHtml({ ...rekap, temuan: [], rows: rekap.rows.map((r) => ({ ...r, firstFinding: undefined })) }, "id", DATE);
    expect(none).toContain("Tidak ada temuan pada file yang diperiksa.");
    expect(none).not.toContain('id="temuan-table"');
  });
});
