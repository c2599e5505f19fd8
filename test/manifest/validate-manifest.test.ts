import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseXml, validateManifest, validateManifestSchema } from "../../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ASSETS = path.join(ROOT, "assets");

/** The real manifest with one exact piece of text replaced; fails loudly if the piece is not there. */
function edited(from: string | RegExp, to: string): string {
  if (typeof from === "string") expect(MANIFEST).toContain(from);
  else expect(MANIFEST).toMatch(from);
  return MANIFEST.replace(from, to);
}

function lineOf(xml: string, text: string): number {
  return xml.slice(0, xml.indexOf(text)).split("\n").length;
}

describe("validateManifest", () => {
  it("accepts the PlanCheck manifest with its icons", () => {
    expect(validateManifest(MANIFEST, { assetsDir: ASSETS }).errors).toEqual([]);
  });

  const BROKEN: Array<{ name: string; xml: () => string; path: string; message: RegExp }> = [
    {
      name: "a button label without its Polish translation",
      xml: () => edited('<bt:Override Locale="pl-PL" Value="Sprawdź plan"/>', ""),
      path: "OfficeApp/VersionOverrides/Resources/bt:ShortStrings/bt:String[@id='CheckPlan.Label']",
      message: /no translation for pl-PL/,
    },
    {
      name: "a description without its Ukrainian translation",
      xml: () => edited(/<Override Locale="uk-UA" Value="Перевіряє річні[^>]*>/, ""),
      path: "OfficeApp/Description",
      message: /no translation for uk-UA/,
    },
    {
      name: "no SharedRuntime requirement",
      xml: () => edited('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      path: "OfficeApp/Requirements/Sets",
      message: /SharedRuntime requirement is missing/,
    },
    {
      name: "a SharedRuntime requirement older than 1.1",
      xml: () => edited('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="SharedRuntime" MinVersion="1.0"/>'),
      path: "OfficeApp/Requirements/Sets/Set",
      message: /MinVersion 1.1 or later/,
    },
    {
      name: "a label whose resid is not defined",
      xml: () => edited('<Label resid="OpenPane.Label"/>', '<Label resid="OpenPane.Caption"/>'),
      path: "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab[@id='TabHome']/Group[@id='PlanCheck.Group']/Control[@id='PlanCheck.OpenPane']/Label",
      message: /resid "OpenPane.Caption" is not defined in Resources \(expected a bt:ShortString\)/,
    },
    {
      name: "a tooltip pointing at a short string",
      xml: () => edited('<Description resid="CheckPlan.Tooltip"/>', '<Description resid="CheckPlan.Label"/>'),
      path: "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab[@id='TabHome']/Group[@id='PlanCheck.Group']/Control[@id='PlanCheck.CheckPlan']/Supertip/Description",
      message: /must be a bt:LongString but is a bt:ShortString/,
    },
    {
      name: "a second runtime page",
      xml: () =>
        edited(
          '<Runtime resid="Taskpane.Url" lifetime="long"/>',
          '<Runtime resid="Taskpane.Url" lifetime="long"/><Runtime resid="Functions.Script.Url" lifetime="short"/>',
        ),
      path: "OfficeApp/VersionOverrides/Hosts/Host/Runtimes/Runtime[2]",
      message: /exactly one <Runtime>/,
    },
    {
      name: "a short-lived runtime",
      xml: () => edited('lifetime="long"', 'lifetime="short"'),
      path: "OfficeApp/VersionOverrides/Hosts/Host/Runtimes/Runtime",
      message: /lifetime="long"/,
    },
    {
      name: "a task pane button that opens another page than the runtime",
      xml: () => edited(/(<Action xsi:type="ShowTaskpane">\s*)<SourceLocation resid="Taskpane.Url"\/>/, '$1<SourceLocation resid="Support.Url"/>'),
      path: "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab[@id='TabHome']/Group[@id='PlanCheck.Group']/Control[@id='PlanCheck.OpenPane']/Action/SourceLocation",
      message: /must use the runtime page "Taskpane.Url"/,
    },
    {
      name: "a task pane button that names its own pane under the shared runtime",
      xml: () => edited('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane">\n<TaskpaneId>PlanCheck.Pane</TaskpaneId>'),
      path: "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab[@id='TabHome']/Group[@id='PlanCheck.Group']/Control[@id='PlanCheck.OpenPane']/Action/TaskpaneId",
      message: /must not carry a <TaskpaneId>/,
    },
    {
      name: "a version part above 65535",
      xml: () => edited(/<Version>[^<]*<\/Version>/, "<Version>1.70000</Version>"),
      path: "OfficeApp/Version",
      message: /Version "1.70000" must be one to four numbers 0-65535/,
    },
    {
      name: "a custom functions namespace other than PLAN",
      xml: () => edited('DefaultValue="PLAN"', 'DefaultValue="PLANCHECK"'),
      path: "OfficeApp/VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Namespace",
      message: /namespace is "PLANCHECK"; formulas use PLAN/,
    },
    {
      name: "functions metadata without a Russian version",
      xml: () => edited('<bt:Override Locale="ru-RU" Value="https://localhost:3000/functions-ru.json"/>', ""),
      path: "OfficeApp/VersionOverrides/Resources/bt:Urls/bt:Url[@id='Functions.Metadata.Url']",
      message: /functions metadata "Functions.Metadata.Url" has no translation for ru-RU/,
    },
    {
      name: "a support address over plain http",
      xml: () => edited('<SupportUrl DefaultValue="https://localhost:3000/assets/support.html">', '<SupportUrl DefaultValue="http://plans.example.org/help">'),
      path: "OfficeApp/SupportUrl",
      message: /must use https/,
    },
    {
      name: "a ribbon icon of the wrong size",
      xml: () => edited('<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>'),
      path: "OfficeApp/VersionOverrides/Resources/bt:Images/bt:Image[@id='Icon.80']",
      message: /icon-64.png is 64x64 pixels; 80x80 is expected/,
    },
  ];

  it.each(BROKEN)("locates $name", ({ xml, path: where, message }) => {
    const { errors } = validateManifest(xml(), { assetsDir: ASSETS });
    expect(errors).toEqual([expect.objectContaining({ path: where, message: expect.stringMatching(message) })]);
  });

  it("reports an icon file missing from assets with the resource that names it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-assets-"));
    try {
      for (const f of fs.readdirSync(ASSETS)) if (f !== "icon-16.png") fs.copyFileSync(path.join(ASSETS, f), path.join(dir, f));
      const { errors } = validateManifest(MANIFEST, { assetsDir: dir });
      expect(errors).toEqual([
        expect.objectContaining({
          path: "OfficeApp/VersionOverrides/Resources/bt:Images/bt:Image[@id='Icon.16']",
          line: lineOf(MANIFEST, '<bt:Image id="Icon.16"'),
          message: "icon file assets/icon-16.png does not exist",
        }),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports an icon that is not a PNG", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-assets-"));
    try {
      for (const f of fs.readdirSync(ASSETS)) fs.copyFileSync(path.join(ASSETS, f), path.join(dir, f));
      fs.writeFileSync(path.join(dir, "icon-32.png"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
      const messages = validateManifest(MANIFEST, { assetsDir: dir }).errors.map((e) => `${e.path}: ${e.message}`);
      expect(messages).toEqual([
        "OfficeApp/IconUrl: icon file assets/icon-32.png is not a PNG image",
        "OfficeApp/VersionOverrides/Resources/bt:Images/bt:Image[@id='Icon.32']: icon file assets/icon-32.png is not a PNG image",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the line of a tag that closes the wrong element", () => {
    const xml = edited("</Hosts>\n  <Requirements>", "</Host>\n  <Requirements>");
    expect(validateManifest(xml).errors).toEqual([
      { path: "(document)", line: lineOf(xml, "</Host>\n  <Requirements>"), message: "not well-formed XML: unexpected close tag" },
    ]);
  });

  it("refuses a DOCTYPE rather than expanding entities", () => {
    const xml = MANIFEST.replace("<OfficeApp", '<!DOCTYPE OfficeApp [<!ENTITY x "boom">]>\n<OfficeApp');
    expect(validateManifest(xml).errors).toEqual([expect.objectContaining({ path: "(document)", message: expect.stringMatching(/DOCTYPE/) })]);
  });
});

describe("validateManifestSchema", () => {
  it("finds the PlanCheck manifest valid against Microsoft's schemas", async () => {
    expect((await validateManifestSchema(MANIFEST)).errors).toEqual([]);
  });

  it("keeps the Open PlanCheck button free of a TaskpaneId, as the shared runtime wants", () => {
    type El = ReturnType<typeof parseXml>;
    const all: El[] = [];
    const walk = (el: El): void => {
      all.push(el);
      el.children.forEach(walk);
    };
    walk(parseXml(MANIFEST));
    const button = all.find((el) => el.local === "Control" && el.attrs.id === "PlanCheck.OpenPane");
    const action = button?.children.find((el) => el.local === "Action");
    expect(action?.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(action?.children.map((el) => el.local)).toEqual(["SourceLocation"]);
  });

  const BREAKS_SCHEMA: Array<{ name: string; xml: () => string; path: string; message: RegExp }> = [
    {
      name: "an Id that is not a GUID",
      xml: () => edited("<Id>3a25fd1b-8d6e-4ec8-b877-17d1324b29d8</Id>", "<Id>plancheck</Id>"),
      path: "OfficeApp/Id",
      message: /'plancheck' is not accepted by the pattern/,
    },
    {
      name: "a version with letters",
      xml: () => edited(/<Version>[^<]*<\/Version>/, "<Version>1.0-beta</Version>"),
      path: "OfficeApp/Version",
      message: /'1.0-beta' is not accepted/,
    },
    {
      name: "Version placed after ProviderName",
      xml: () => edited(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2\n  $1"),
      path: "OfficeApp/ProviderName",
      message: /Element 'ProviderName': This element is not expected\. Expected is one of \( AlternateId, Version \)/,
    },
    {
      name: "no Permissions element",
      xml: () => edited("<Permissions>ReadWriteDocument</Permissions>", ""),
      path: "OfficeApp/VersionOverrides",
      message: /Expected is \( Permissions \)/,
    },
    {
      name: "a permission Office does not know",
      xml: () => edited("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
      path: "OfficeApp/Permissions",
      message: /'Everything' is not an element of the set/,
    },
    {
      name: "a label longer than 125 characters",
      xml: () => edited('DefaultValue="Check plan"', `DefaultValue="${"Check plan ".repeat(12)}"`),
      path: "OfficeApp/VersionOverrides/Resources/bt:ShortStrings/bt:String[@id='CheckPlan.Label']",
      message: /has a length of '132'; this exceeds the allowed maximum length of '125'/,
    },
    {
      name: "a runtime lifetime other than short or long",
      xml: () => edited('lifetime="long"', 'lifetime="forever"'),
      path: "OfficeApp/VersionOverrides/Hosts/Host/Runtimes/Runtime",
      message: /'forever' is not an element of the set \{'short', 'long'\}/,
    },
    {
      name: "an element the schema does not have",
      xml: () => edited("<FunctionFile ", '<Shortcuts resid="Taskpane.Url"/>\n          <FunctionFile '),
      path: "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/Shortcuts",
      message: /Element 'Shortcuts': This element is not expected/,
    },
  ];

  it.each(BREAKS_SCHEMA)("rejects $name where it is", async ({ xml, path: where, message }) => {
    const { errors } = await validateManifestSchema(xml());
    expect(errors).toEqual([expect.objectContaining({ path: where, message: expect.stringMatching(message) })]);
    expect(errors[0].message).toMatch(/^schema: /);
  });

  it("makes npm run validate fail on a copy of the manifest that breaks the schema", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-manifest-"));
    try {
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, edited("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"));
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(process.execPath, [path.join(ROOT, "scripts/validate-manifest.js"), file, "--assets", ASSETS], (error, _stdout, stderr) =>
          resolve({ code: error ? (error.code as number) : 0, stderr }),
        );
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("OfficeApp/Permissions\n    schema: Element 'Permissions': [facet 'enumeration'] The value 'Everything'");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("parseXml", () => {
  it("resolves namespace prefixes, decodes entities and keeps line numbers", () => {
    const root = parseXml('<?xml version="1.0"?>\n<a xmlns="urn:a" xmlns:p="urn:p">\n  <p:b v="x &amp; &#x44F;">t &lt; u</p:b>\n</a>');
    const b = root.children[0];
    expect({ local: b.local, ns: b.ns, v: b.attrs.v, text: b.text, line: b.line }).toEqual({ local: "b", ns: "urn:p", v: "x & я", text: "t < u", line: 3 });
    expect(root.ns).toBe("urn:a");
  });
});
