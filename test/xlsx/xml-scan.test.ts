import { elementText, nextTag, XmlSyntaxError } from "../../src/xlsx/xml-scan";

/** The scanner reads what an XML parser reads, and refuses what an XML parser refuses: never a guess. */

describe("what the scanner refuses, as damaged XML", () => {
  it.each([
    ["a damaged declaration", '<?xml versi_n="1.0"?><a/>'],
    ["a declaration run into its version", '<?xmlversion="1.0"?><a/>'],
    ["an instruction without a name", '<?"ml version="1.0"?><a/>'],
    ["an attribute that lost its opening quote", '<c r="A1" t=s">'],
    ["two attributes run together", '<c r="A1"t="s">'],
    ["an '&' in an attribute name", '<row customForma&="false">'],
    ["a name with two colons", "<x::c>"],
    ["a reference to character 0", '<c r="A&#0;1">'],
  ])("%s", (_, xml) => {
    expect(() => nextTag(xml, 0)).toThrow(XmlSyntaxError);
  });

  it("an end tag with another prefix than its start tag", () => {
    const xml = "<x:si><xx:t>№</x:t></x:si>";
    const t = nextTag(xml, 0)!;
    const inner = nextTag(xml, t.end)!;
    expect(() => elementText(xml, inner.end, inner.qname)).toThrow(/closes/);
  });

  it("a character reference XML does not allow, in text", () => {
    const xml = "<t>a&#0;b</t>";
    expect(() => elementText(xml, nextTag(xml, 0)!.end, "t")).toThrow(XmlSyntaxError);
  });
});

describe("what the scanner reads", () => {
  it.each([
    ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a/>'],
    ["<?xml version='1.0'?><a/>"],
    ['<?xml-stylesheet href="x"?><a/>'],
    ['<?mso-application progid="Excel.Sheet"?><a/>'],
    ['<!-- a comment --><a b="&amp;&#x416;&#10;"/>'],
  ])("%s", (xml) => {
    expect(nextTag(xml, 0)).toMatchObject({ name: "a", selfClosing: true });
  });

  it("gives an element's local and written names", () => {
    expect(nextTag('<x:c r="A1">', 0)).toMatchObject({ name: "c", qname: "x:c" });
  });
});
