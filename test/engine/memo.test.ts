import { memoizeBounded } from "../../src/engine/memo";

describe("a reading kept across plans", () => {
  test("gives the same answer as reading afresh, before and after its store is dropped", () => {
    const calls: string[] = [];
    const read = memoizeBounded((text: string) => {
      calls.push(text);
      return text.length;
    }, 3);
    const texts = ["вересень", "постійно", "do 30 czerwca", "вересень", "May", "постійно", "вересень"];
    expect(texts.map(read)).toEqual(texts.map((t) => t.length));
    // Read once while kept; read again only after the store reached its limit and was dropped.
    expect(calls).toEqual(["вересень", "постійно", "do 30 czerwca", "May", "постійно", "вересень"]);
  });

  test("keeps an answer that is undefined instead of reading the text again", () => {
    let calls = 0;
    const read = memoizeBounded(() => {
      calls++;
      return undefined;
    }, 10);
    read("x");
    read("x");
    expect(calls).toBe(1);
  });
});
