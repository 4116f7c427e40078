import { droppedFiles, isWorkbookName, pickedFiles, uniquePaths, type DirectoryEntryLike, type EntryLike, type FileEntryLike } from "../../src/workbench/workbook-files";

/** A file as a browser's file input gives it, with the folder path a `webkitdirectory` pick adds. */
function file(name: string, relative = ""): File {
  const f = new File(["x"], name);
  Object.defineProperty(f, "webkitRelativePath", { value: relative });
  return f;
}

/** Fake drop entries: a path ending in "/" is a folder whose children follow it, nested by path. */
function fileEntry(fullPath: string): FileEntryLike {
  const name = fullPath.split("/").pop()!;
  return { isFile: true, isDirectory: false, name, fullPath, file: (success) => success(file(name)) };
}

/** A folder whose reader answers in batches of `batch`, as Chromium answers in batches of 100. */
function folder(fullPath: string, children: EntryLike[], batch = 2): DirectoryEntryLike {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split("/").pop()!,
    fullPath,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (success) => {
          const next = children.slice(at, at + batch);
          at += next.length;
          setTimeout(() => success(next), 0);
        },
      };
    },
  };
}

describe("the workbooks a reviewer hands the workbench", () => {
  it.each([
    ["Renaksi 2024.xlsx", true],
    ["PK TW III.XLSM", true],
    ["~$Renaksi 2024.xlsx", false],
    ["Q1/~$lock.xlsx", false],
    ["catatan.docx", false],
    ["lama.xls", false],
    ["xlsx", false],
  ])("%s is a workbook: %s", (name, expected) => {
    expect(isWorkbookName(name)).toBe(expected);
  });

  it("one file picked is opened whatever it is; several keep only the workbooks, by path", () => {
    expect(pickedFiles([file("laporan.pdf")]).map((f) => f.path)).toEqual(["laporan.pdf"]);
    expect(pickedFiles([file("b.xlsx"), file("~$b.xlsx"), file("a.xlsm"), file("c.pdf")]).map((f) => f.path)).toEqual(["a.xlsm", "b.xlsx"]);
  });

  it("a folder picked names its files by their path in it, even when it holds one workbook", () => {
    const files = [file("b.xlsx", "Q1/dinas/b.xlsx"), file("catatan.txt", "Q1/catatan.txt")];
    expect(pickedFiles(files).map((f) => f.path)).toEqual(["Q1/dinas/b.xlsx"]);
    expect(pickedFiles([file("catatan.txt", "Q1/catatan.txt")])).toEqual([]);
  });

  it("a dropped folder is walked to the bottom, through every batch of entries, keeping only workbooks", async () => {
    const dropped = folder("/Q1", [
      fileEntry("/Q1/Dinas B.xlsx"),
      fileEntry("/Q1/~$Dinas B.xlsx"),
      folder("/Q1/Bappeda", [fileEntry("/Q1/Bappeda/PK.xlsm"), fileEntry("/Q1/Bappeda/scan.pdf"), folder("/Q1/Bappeda/kosong", [])]),
      fileEntry("/Q1/Dinas A.xlsx"),
      fileEntry("/Q1/Thumbs.db"),
    ]);
    const found = await droppedFiles([dropped, fileEntry("/lepas.xlsx")]);
    expect(found.map((f) => f.path)).toEqual(["Q1/Bappeda/PK.xlsm", "Q1/Dinas A.xlsx", "Q1/Dinas B.xlsx", "lepas.xlsx"]);
    expect(found.every((f) => f.file instanceof File)).toBe(true);
  });

  it("a single dropped file is kept whatever its name, as when picked", async () => {
    expect((await droppedFiles([fileEntry("/laporan.pdf")])).map((f) => f.path)).toEqual(["laporan.pdf"]);
  });

  it("two files of one name get a number, so each rekap row names one file", () => {
    const same = [file("Renaksi.xlsx"), file("Renaksi.xlsx"), file("PK.xlsx"), file("Renaksi.xlsx")].map((f) => ({ path: f.name, file: f }));
    expect(uniquePaths(same).map((f) => f.path)).toEqual(["Renaksi.xlsx", "Renaksi (2).xlsx", "PK.xlsx", "Renaksi (3).xlsx"]);
  });
});
