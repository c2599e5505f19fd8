import fc from "fast-check";
import { parseCellAddress } from "../../../src/engine/grid";
import { positionKey } from "../../../src/engine/rules";

/** The order findings were sorted in before: row, then column of parseCellAddress, a cell it cannot read first. */
function byParsedAddress(a: string, b: string): number {
  const p = parseCellAddress(a) ?? { row: -1, col: -1 };
  const q = parseCellAddress(b) ?? { row: -1, col: -1 };
  return p.row - q.row || p.col - q.col;
}

const address = fc.oneof(
  fc.tuple(fc.constantFrom("", "$", " ", "\u00a0"), fc.stringMatching(/^[A-Za-z]{1,4}$/), fc.constantFrom("", "$"), fc.stringMatching(/^\d{1,8}$/), fc.constantFrom("", " ", "\n")).map((p) => p.join("")),
  fc.string({ maxLength: 6 }),
  fc.constantFrom("A1", "B1", "A2", "Z9", "AA1", "XFD1048576", "A0", "a1", "$C$12", "A1:B2", "", "1A"),
);

describe("findings in sheet order", () => {
  it("orders cell addresses as reading each into row and column does", () => {
    fc.assert(
      fc.property(address, address, (a, b) => Math.sign(positionKey(a) - positionKey(b) || 0) === Math.sign(byParsedAddress(a, b))),
      { numRuns: 5000 },
    );
  });

  it("puts rows before columns: B1 before A2, and Z1 before AA1", () => {
    expect(positionKey("B1")).toBeLessThan(positionKey("A2"));
    expect(positionKey("Z1")).toBeLessThan(positionKey("AA1"));
    expect(positionKey("XFD1")).toBeLessThan(positionKey("A2"));
    expect(positionKey("not a cell")).toBeLessThan(positionKey("A1"));
  });
});
