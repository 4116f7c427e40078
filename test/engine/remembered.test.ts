import { perObject, perText, remembered, withTextScope } from "../../src/engine/remembered";

/** A reader that counts how often it really reads. */
function counting() {
  const reads: string[] = [];
  return { reads, read: (text: string) => (reads.push(text), text.length > 3 ? text.toUpperCase() : undefined) };
}

describe("perText: memory for one analysis", () => {
  it("reads each text once inside a scope, answers included when there is none", () => {
    const { reads, read } = counting();
    const upper = perText(read);
    withTextScope(() => {
      // More distinct texts than any bound a global cache had (10,000): none read twice.
      for (let pass = 0; pass < 2; pass++) for (let i = 0; i < 12_000; i++) upper(`teks ${i}`);
      expect(upper("ab")).toBeUndefined();
      expect(upper("ab")).toBeUndefined();
      expect(upper("abcd")).toBe("ABCD");
    });
    expect(reads).toHaveLength(12_002);
    expect(reads.filter((t) => t === "ab")).toHaveLength(1);
  });

  it("forgets when the scope ends, and a nested scope shares the outer one", () => {
    const { reads, read } = counting();
    const upper = perText(read);
    withTextScope(() => {
      upper("kinerja");
      withTextScope(() => upper("kinerja"));
    });
    withTextScope(() => upper("kinerja"));
    expect(reads).toEqual(["kinerja", "kinerja"]);
  });

  it("outside a scope reads afresh, or through a bounded cache when given one", () => {
    const plain = counting();
    const bounded = counting();
    const fresh = perText(plain.read);
    const cached = perText(bounded.read, 2);
    for (const text of ["satu", "satu", "dua x", "tiga x", "satu"]) {
      fresh(text);
      cached(text);
    }
    expect(plain.reads).toHaveLength(5);
    // Bound 2: "satu" and "dua x" kept; "tiga x" clears the cache, so "satu" is read again.
    expect(bounded.reads).toEqual(["satu", "dua x", "tiga x", "satu"]);
  });

  it("a scope ends even when the work throws", () => {
    const { reads, read } = counting();
    const upper = perText(read);
    expect(() => withTextScope(() => (upper("abcde"), assertNever()))).toThrow("boom");
    upper("abcde");
    expect(reads).toEqual(["abcde", "abcde"]);
  });
});

describe("remembered", () => {
  it("keeps an undefined answer as an answer", () => {
    const { reads, read } = counting();
    const r = remembered(read, 10);
    expect(r("ab")).toBeUndefined();
    expect(r("ab")).toBeUndefined();
    expect(reads).toEqual(["ab"]);
  });
});

function assertNever(): never {
  throw new Error("boom");
}

describe("perObject: memory keyed by objects for one analysis", () => {
  it("is the same map throughout a scope, a new one in the next, and none outside", () => {
    const memo = perObject<object, number>();
    const item = {};
    expect(memo()).toBeUndefined();
    withTextScope(() => {
      memo()?.set(item, 1);
      withTextScope(() => expect(memo()?.get(item)).toBe(1));
    });
    withTextScope(() => expect(memo()?.get(item)).toBeUndefined());
  });
});
