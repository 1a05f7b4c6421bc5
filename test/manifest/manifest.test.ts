// Offline checks of manifest.xml and of what the build makes of it. Microsoft's validator
// (`npm run validate`, office-addin-manifest) posts the manifest to a web service, unreachable here, and no
// package ships the manifest XSDs, so this file checks what we rely on ourselves: well-formed XML, resource
// references, URLs, the order of the elements we use (from TaskPaneAppVersionOverridesV1_0.xsd,
// OfficeAppBasicTypesV1_0.xsd and MS-OWEMXML for <Runtimes>), the shared runtime wiring, and that every
// file the manifest names is produced by the production build.
//
// The build: dist/, as `npm run build` writes it, made before the tests by the integration project's global
// setup when missing or older than its inputs (test/support/builds.ts); this file only checks that it is current.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { REQUIRED_SETS } from "../../src/excel/requirements";
import { DIST, PRODUCTION_BUILD, requireBuild } from "../support/builds";

const ROOT = resolve(__dirname, "../..");
const DEV_ORIGIN = "https://localhost:3000";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

const LOCALES = ["zh-CN", "zh-TW"] as const;
const CJK = /[\u3400-\u9fff]/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---------------------------------------------------------------------------------------------------------
// XML helpers

/** Parses XML, failing on any parser warning or error (xmldom reports most problems without throwing). */
function parseXml(text: string, what: string): XmlDocument {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
  if (problems.length > 0) throw new Error(`${what} is not well-formed XML:\n${problems.join("\n")}`);
  return doc;
}

function elementChildren(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) out.push(node as XmlElement);
  }
  return out;
}

function allElements(doc: XmlDocument): XmlElement[] {
  return Array.from(doc.getElementsByTagName("*"));
}

function byName(doc: XmlDocument, ns: string, localName: string): XmlElement[] {
  return Array.from(doc.getElementsByTagNameNS(ns, localName));
}

function one<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected exactly one ${what}, found ${items.length}`);
  return items[0]!;
}

function child(element: XmlElement, localName: string): XmlElement {
  return one(
    elementChildren(element).filter((c) => c.localName === localName),
    `<${localName}> in <${element.localName}>`,
  );
}

function xsiType(element: XmlElement): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** "/OfficeApp/VersionOverrides/Hosts/Host" — for messages. */
function pathOf(element: XmlElement): string {
  const names: string[] = [];
  for (let node: XmlElement | null = element; node; node = node.parentNode as XmlElement | null) {
    if (node.nodeType !== node.ELEMENT_NODE) break;
    names.unshift(node.localName ?? "?");
  }
  return `/${names.join("/")}`;
}

// ---------------------------------------------------------------------------------------------------------
// Resources

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

interface Resource {
  kind: ResourceKind;
  id: string;
  defaultValue: string;
  overrides: Map<string, string>;
}

function resources(doc: XmlDocument): Resource[] {
  const out: Resource[] = [];
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    for (const collection of byName(doc, NS.bt, kind)) {
      for (const item of elementChildren(collection)) {
        const overrides = new Map<string, string>();
        for (const o of elementChildren(item))
          overrides.set(o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? "");
        out.push({
          kind,
          id: item.getAttribute("id") ?? "",
          defaultValue: item.getAttribute("DefaultValue") ?? "",
          overrides,
        });
      }
    }
  }
  return out;
}

/** Which kind of resource an element's resid must name, from the element (schema types in the comments). */
function expectedKind(element: XmlElement): ResourceKind | undefined {
  switch (element.localName) {
    case "Image": // bt:ImageResourceReference
      return "Images";
    case "SourceLocation": // bt:URLResourceReference
    case "FunctionFile":
    case "Runtime":
    case "LearnMoreUrl":
      return "Urls";
    case "Label": // bt:ShortResourceReference
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description": // bt:LongResourceReference (Supertip, GetStarted, VersionOverrides)
      return "LongStrings";
    default:
      return undefined;
  }
}

function resolveResid(doc: XmlDocument, resid: string): Resource {
  return one(
    resources(doc).filter((r) => r.id === resid),
    `resource "${resid}"`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// URLs

/** Elements whose DefaultValue (and <Override Value>) is a URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);

/** Every URL in the manifest with where it is, from the elements that hold URLs. */
function urls(doc: XmlDocument): Array<{ where: string; url: string }> {
  const out: Array<{ where: string; url: string }> = [];
  for (const element of allElements(doc)) {
    const name = element.localName ?? "";
    if (URL_ELEMENTS.has(name) && element.hasAttribute("DefaultValue")) {
      out.push({ where: pathOf(element), url: element.getAttribute("DefaultValue") ?? "" });
      for (const o of elementChildren(element).filter((c) => c.localName === "Override")) {
        out.push({ where: `${pathOf(o)}[${o.getAttribute("Locale")}]`, url: o.getAttribute("Value") ?? "" });
      }
    }
    if (name === "AppDomain") out.push({ where: pathOf(element), url: (element.textContent ?? "").trim() });
  }
  return out;
}

/** Every attribute value or text that looks like a URL, namespace declarations aside. */
function urlLikeValues(doc: XmlDocument): string[] {
  const out: string[] = [];
  const looksLikeUrl = (text: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim());
  for (const element of allElements(doc)) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
      if (looksLikeUrl(attribute.value)) out.push(attribute.value);
    }
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === node.TEXT_NODE && looksLikeUrl(node.nodeValue ?? ""))
        out.push((node.nodeValue ?? "").trim());
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Element order: the xs:sequence of each parent we use, from the schemas named at the top.

const SEQUENCES: Array<{ parent: (e: XmlElement) => boolean; order: string[] }> = [
  {
    parent: (e) => e.localName === "OfficeApp",
    order: [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ],
  },
  {
    parent: (e) => e.localName === "VersionOverrides",
    order: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  },
  {
    parent: (e) => e.localName === "Host" && e.namespaceURI === NS.ov,
    order: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  },
  { parent: (e) => e.localName === "DesktopFormFactor", order: ["GetStarted", "FunctionFile", "ExtensionPoint"] },
  { parent: (e) => xsiType(e) === "CustomFunctions", order: ["Script", "Page", "Metadata", "Namespace"] },
  { parent: (e) => e.localName === "Group", order: ["Label", "Icon", "Control"] },
  {
    parent: (e) => e.localName === "Control" && xsiType(e) === "Button",
    order: ["Label", "Supertip", "Icon", "Action"],
  },
  { parent: (e) => e.localName === "Supertip", order: ["Title", "Description"] },
  { parent: (e) => xsiType(e) === "ShowTaskpane", order: ["TaskpaneId", "SourceLocation", "Title"] },
  { parent: (e) => xsiType(e) === "ExecuteFunction", order: ["FunctionName"] },
  { parent: (e) => e.localName === "Resources", order: ["Images", "Urls", "ShortStrings", "LongStrings"] },
];

function orderProblems(doc: XmlDocument): string[] {
  const problems: string[] = [];
  for (const element of allElements(doc)) {
    for (const { order } of SEQUENCES.filter((s) => s.parent(element))) {
      let last = -1;
      for (const c of elementChildren(element)) {
        const index = order.indexOf(c.localName ?? "");
        if (index < 0) problems.push(`${pathOf(c)} is not a known child of <${element.localName}>`);
        else if (index < last) problems.push(`${pathOf(c)} comes after <${order[last]}>, the schema wants it before`);
        else last = index;
      }
    }
  }
  return problems;
}

function readDist(file: string): string {
  return readFileSync(join(DIST, file), "utf8");
}

// ---------------------------------------------------------------------------------------------------------

const sourceText = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  let doc: XmlDocument;
  beforeAll(() => {
    doc = parseXml(sourceText, "manifest.xml");
  });

  it("is well-formed XML: a TaskPaneApp in the add-in manifest namespace", () => {
    const root = doc.documentElement!;
    expect([root.namespaceURI, root.localName, xsiType(root)]).toEqual([NS.app, "OfficeApp", "TaskPaneApp"]);
  });

  it("has a GUID for <Id> and a four-part version", () => {
    expect(child(doc.documentElement!, "Id").textContent?.trim()).toMatch(GUID);
    expect(child(doc.documentElement!, "Version").textContent?.trim()).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  it("keeps the ReadWriteDocument permission", () => {
    expect(child(doc.documentElement!, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("defines every resource id once, in at most 32 characters", () => {
    const ids = resources(doc).map((r) => r.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    expect(ids.filter((id) => id.length < 1 || id.length > 32)).toEqual([]);
  });

  it("refers only to defined resources, each of the kind its element takes", () => {
    const defined = new Map(resources(doc).map((r) => [r.id, r.kind]));
    const problems: string[] = [];
    let references = 0;
    for (const element of allElements(doc).filter((e) => e.hasAttribute("resid"))) {
      references += 1;
      const resid = element.getAttribute("resid") ?? "";
      const want = expectedKind(element);
      const have = defined.get(resid);
      if (!have) problems.push(`${pathOf(element)}: resid "${resid}" is not defined`);
      else if (!want) problems.push(`${pathOf(element)}: unknown element with a resid (add it to expectedKind)`);
      else if (want !== have) problems.push(`${pathOf(element)}: resid "${resid}" is in ${have}, ${want} expected`);
    }
    expect(problems).toEqual([]);
    expect(references).toBeGreaterThan(20);
  });

  it("uses every resource it defines", () => {
    const referenced = new Set(allElements(doc).map((e) => e.getAttribute("resid")));
    expect(
      resources(doc)
        .filter((r) => !referenced.has(r.id))
        .map((r) => r.id),
    ).toEqual([]);
  });

  it("keeps strings within the schema's lengths (short 125, long 250)", () => {
    const problems: string[] = [];
    for (const r of resources(doc)) {
      const limit = r.kind === "ShortStrings" ? 125 : r.kind === "LongStrings" ? 250 : 2048;
      for (const [locale, value] of [["default", r.defaultValue] as const, ...r.overrides]) {
        if (value.length < 1 || value.length > limit) problems.push(`${r.id} (${locale}): ${value.length} characters`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives every label and tooltip a zh-CN and a zh-TW text (the namespace stays CG in every language)", () => {
    const problems: string[] = [];
    for (const r of resources(doc).filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings")) {
      if (r.id === "Functions.Namespace") {
        expect([r.defaultValue, r.overrides.size]).toEqual(["CG", 0]);
        continue;
      }
      for (const locale of LOCALES) {
        const value = r.overrides.get(locale);
        if (!value || !CJK.test(value)) problems.push(`${r.id}: no Chinese ${locale} override`);
      }
      if (r.overrides.get("zh-CN") === r.overrides.get("zh-TW")) problems.push(`${r.id}: zh-TW is a copy of zh-CN`);
    }
    for (const element of [child(doc.documentElement!, "DisplayName"), child(doc.documentElement!, "Description")]) {
      const overrides = elementChildren(element).map((o) => o.getAttribute("Locale"));
      expect(overrides).toEqual([...LOCALES]);
    }
    expect(problems).toEqual([]);
  });

  it("serves every URL over https from one origin, https://localhost:3000", () => {
    const all = urls(doc);
    expect(all.length).toBeGreaterThan(10);
    const problems = all.filter(({ url }) => {
      try {
        return new URL(url).origin !== DEV_ORIGIN;
      } catch {
        return true;
      }
    });
    expect(problems).toEqual([]);
    // No URL hides in an element this test does not know.
    expect([...new Set(urlLikeValues(doc))].sort()).toEqual([...new Set(all.map((u) => u.url))].sort());
  });

  it("puts the elements in the order the schemas require", () => {
    expect(orderProblems(doc)).toEqual([]);
  });

  describe("shared runtime", () => {
    it("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 for the VersionOverrides (ribbon and custom functions)", () => {
      const versionOverrides = child(doc.documentElement!, "VersionOverrides");
      expect([versionOverrides.namespaceURI, xsiType(versionOverrides)]).toEqual([NS.ov, "VersionOverridesV1_0"]);
      const requirements = child(versionOverrides, "Requirements");
      const sets = one(
        elementChildren(requirements).filter((e) => e.namespaceURI === NS.bt && e.localName === "Sets"),
        "<bt:Sets>",
      );
      const set = elementChildren(sets).map((s) => [
        s.namespaceURI,
        s.getAttribute("Name"),
        s.getAttribute("MinVersion"),
      ]);
      expect(set).toEqual([
        [NS.bt, "SharedRuntime", "1.1"],
        [NS.bt, "CustomFunctionsRuntime", "1.2"],
      ]);
    });

    it("declares one long-lived runtime on the Workbook host, first in <Host>", () => {
      const host = one(byName(doc, NS.ov, "Host"), "VersionOverrides <Host>");
      expect(xsiType(host)).toBe("Workbook");
      expect(elementChildren(host)[0]?.localName).toBe("Runtimes");
      const runtime = one(byName(doc, NS.ov, "Runtime"), "<Runtime>");
      expect(runtime.getAttribute("lifetime")).toBe("long");
    });

    it("uses the runtime's page for the custom functions Page, the FunctionFile and the task pane button", () => {
      const runtimeResid = one(byName(doc, NS.ov, "Runtime"), "<Runtime>").getAttribute("resid");
      const customFunctions = one(
        byName(doc, NS.ov, "ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions"),
        "CustomFunctions extension point",
      );
      const pageResid = child(child(customFunctions, "Page"), "SourceLocation").getAttribute("resid");
      const functionFileResid = one(byName(doc, NS.ov, "FunctionFile"), "<FunctionFile>").getAttribute("resid");
      const showTaskpane = byName(doc, NS.ov, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
      const taskpaneResids = showTaskpane.map((a) => child(a, "SourceLocation").getAttribute("resid"));
      expect(runtimeResid).toBe("Taskpane.Url");
      expect([pageResid, functionFileResid, ...taskpaneResids]).toEqual(
        Array(2 + showTaskpane.length).fill(runtimeResid),
      );
      expect(resolveResid(doc, runtimeResid!).defaultValue).toBe(`${DEV_ORIGIN}/taskpane.html`);
      // The base manifest's task pane is the same page.
      const defaultSource = child(child(doc.documentElement!, "DefaultSettings"), "SourceLocation");
      expect(defaultSource.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/taskpane.html`);
    });

    it("registers the custom functions under namespace CG with their script and metadata", () => {
      const customFunctions = one(
        byName(doc, NS.ov, "ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions"),
        "CustomFunctions extension point",
      );
      expect(customFunctions.parentNode && (customFunctions.parentNode as XmlElement).localName).toBe("AllFormFactors");
      const resid = (name: string) => child(child(customFunctions, name), "SourceLocation").getAttribute("resid")!;
      expect(resolveResid(doc, resid("Script")).defaultValue).toBe(`${DEV_ORIGIN}/functions.js`);
      const metadata = resolveResid(doc, resid("Metadata"));
      expect(metadata.defaultValue).toBe(`${DEV_ORIGIN}/functions.json`);
      expect(Object.fromEntries(metadata.overrides)).toEqual({
        "zh-CN": `${DEV_ORIGIN}/functions.zh-CN.json`,
        "zh-TW": `${DEV_ORIGIN}/functions.zh-TW.json`,
      });
      expect(resolveResid(doc, child(customFunctions, "Namespace").getAttribute("resid")!).defaultValue).toBe("CG");
    });
  });

  describe("ribbon", () => {
    function buttons(): XmlElement[] {
      const group = one(byName(doc, NS.ov, "Group"), "ribbon <Group>");
      return elementChildren(group).filter((e) => e.localName === "Control");
    }

    it("has the task pane button and a Grade all button in one group", () => {
      const actions = buttons().map((b) => [b.getAttribute("id"), xsiType(b), xsiType(child(b, "Action"))]);
      expect(actions).toEqual([
        ["CustomerGrader.TaskpaneButton", "Button", "ShowTaskpane"],
        ["CustomerGrader.GradeAllButton", "Button", "ExecuteFunction"],
      ]);
    });

    it("runs gradeAll from the Grade all button, labelled in English, Simplified and Traditional Chinese", () => {
      const gradeAll = buttons()[1]!;
      expect(child(child(gradeAll, "Action"), "FunctionName").textContent?.trim()).toBe("gradeAll");
      const label = resolveResid(doc, child(gradeAll, "Label").getAttribute("resid")!);
      expect([label.defaultValue, label.overrides.get("zh-CN"), label.overrides.get("zh-TW")]).toEqual([
        "Grade all",
        "全部分级",
        "全部分級",
      ]);
    });

    it("gives each button and the group icons of 16, 32 and 80 pixels", () => {
      const icons = byName(doc, NS.ov, "Icon");
      expect(icons).toHaveLength(3);
      for (const icon of icons) {
        expect(elementChildren(icon).map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
      }
    });
  });
});

describe("the production build (dist/)", () => {
  let sourceDoc: XmlDocument;
  beforeAll(() => {
    requireBuild(PRODUCTION_BUILD);
    sourceDoc = parseXml(sourceText, "manifest.xml");
  });

  it("produces every file the manifest names (pages, scripts, metadata, icons)", () => {
    const missing: string[] = [];
    let files = 0;
    for (const { where, url } of urls(sourceDoc)) {
      const { pathname } = new URL(url);
      if (pathname === "/") continue; // an AppDomain names an origin, not a file
      files += 1;
      const file = join(DIST, decodeURIComponent(pathname));
      if (!existsSync(file)) missing.push(`${where}: ${url} → ${relative(ROOT, file)}`);
    }
    expect(missing).toEqual([]);
    expect(files).toBeGreaterThan(10);
  });

  it("makes taskpane.html the one page of the shared runtime: office.js, then functions.js, then taskpane.js", () => {
    const html = readDist("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
    expect(existsSync(join(DIST, "functions.html"))).toBe(false);
  });

  it("leaves the local demo out: no demo page, no stand-in for office.js, in no file", () => {
    const demoFiles = ["demo.html", "demo-taskpane.html", "officeStandIn.js", "demo.js"];
    expect(demoFiles.filter((file) => existsSync(join(DIST, file)))).toEqual([]);
    // The stand-in's global (src/demo/officeStandIn.ts) would mean the simulator-backed Office got bundled.
    const shipped = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((file) =>
      /\.(js|html|json|xml)$/.test(file),
    );
    expect(shipped.length).toBeGreaterThan(3);
    expect(shipped.filter((file) => readDist(file).includes("customerGraderStandIn"))).toEqual([]);
  });

  it("registers the ribbon's gradeAll in the functions bundle", () => {
    // Office.actions.associate("gradeAll", …) in src/functions/commands.ts, imported by functions.ts.
    const bundles = ["functions.js", "taskpane.js"].map(readDist).join("\n");
    expect(bundles).toMatch(/Office\.actions\.associate\(\s*["']gradeAll["']/);
  });

  it("associates every function of functions.json with its code (custom-functions-metadata-plugin)", () => {
    const ids = (JSON.parse(readDist("functions.json")) as Metadata).functions.map((f) => f.id);
    const bundle = readDist("functions.js");
    expect(ids.filter((id) => !bundle.includes(`CustomFunctions.associate("${id}"`))).toEqual([]);
  });

  describe("dist/manifest.xml", () => {
    let prodText: string;
    let prodDoc: XmlDocument;
    beforeAll(() => {
      prodText = readDist("manifest.xml");
      prodDoc = parseXml(prodText, "dist/manifest.xml");
    });

    it("mentions localhost nowhere", () => {
      expect(prodText).not.toMatch(/localhost/i);
    });

    it("serves every URL over https from one production origin", () => {
      const origins = new Set(urls(prodDoc).map(({ url }) => new URL(url).origin));
      expect(origins.size).toBe(1);
      const [origin] = [...origins];
      expect(origin).toMatch(/^https:\/\//);
    });

    it("is the source manifest with the origin replaced, nothing else", () => {
      const origin = new URL(urls(prodDoc)[0]!.url).origin;
      expect(prodText.replaceAll(origin, DEV_ORIGIN)).toBe(sourceText);
    });
  });

  describe("custom function metadata", () => {
    const SCALAR = undefined;
    // Parameter: [name, type, dimensionality, optional]
    const EXPECTED: Record<
      string,
      { parameters: Array<[string, string, string | undefined, boolean]>; result: string | undefined }
    > = {
      CUSTOMERGRADE: {
        parameters: [
          ["values", "any", "matrix", false],
          ["headers", "any", "matrix", true],
        ],
        result: "matrix",
      },
      CUSTOMERSCORE: {
        parameters: [
          ["values", "any", "matrix", false],
          ["headers", "any", "matrix", true],
        ],
        result: "matrix",
      },
      GRADEREMARK: { parameters: [["grade", "string", SCALAR, false]], result: SCALAR },
      GRADEREASONS: {
        parameters: [
          ["values", "any", "matrix", false],
          ["headers", "any", "matrix", true],
        ],
        result: "matrix",
      },
      ABCCLASS: {
        parameters: [
          ["value", "any", "matrix", false], // one amount or a column of them (spills); text such as "12.5万" too
          ["values", "any", "matrix", false],
          ["aShare", "number", SCALAR, true],
          ["bShare", "number", SCALAR, true],
        ],
        result: "matrix",
      },
      MASKPHONE: { parameters: [["phone", "any", SCALAR, false]], result: SCALAR },
      RFMSEGMENT: {
        parameters: [
          ["recency", "any", "matrix", false],
          ["frequency", "any", "matrix", false],
          ["monetary", "any", "matrix", false],
        ],
        result: "matrix",
      },
      RFMSCORE: {
        parameters: [
          ["recency", "any", "matrix", false],
          ["frequency", "any", "matrix", false],
          ["monetary", "any", "matrix", false],
          ["names", "any", "matrix", true],
        ],
        result: "matrix",
      },
    };

    /** "scalar" is the default; the generator leaves it out. */
    const dimensionality = (value: string | undefined) => (value === "scalar" ? undefined : value);

    let english: Metadata;
    beforeAll(() => {
      english = JSON.parse(readDist("functions.json")) as Metadata;
    });

    it("has every function with its parameter types and dimensionality", () => {
      const actual = Object.fromEntries(
        english.functions.map((f) => [
          f.id,
          {
            parameters: f.parameters.map((p) => [
              p.name,
              p.type,
              dimensionality(p.dimensionality),
              p.optional === true,
            ]),
            result: dimensionality(f.result.dimensionality),
          },
        ]),
      );
      expect(actual).toEqual(EXPECTED);
      expect(english.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.id));
    });

    it.each(LOCALES)("has a %s file with the same functions and Chinese descriptions", (locale) => {
      const localized = JSON.parse(readDist(`functions.${locale}.json`)) as Metadata;
      // Identical apart from the descriptions: ids, names (kept in English), types, dimensionality.
      const withoutText = (m: Metadata) =>
        m.functions.map((f) => ({
          ...f,
          description: "",
          parameters: f.parameters.map((p) => ({ ...p, description: "" })),
        }));
      expect(withoutText(localized)).toEqual(withoutText(english));
      expect({ ...localized, functions: [] }).toEqual({ ...english, functions: [] });
      const notChinese: string[] = [];
      for (const f of localized.functions) {
        if (!CJK.test(f.description ?? "")) notChinese.push(f.id);
        for (const p of f.parameters) if (!CJK.test(p.description ?? "")) notChinese.push(`${f.id}(${p.name})`);
      }
      expect(notChinese).toEqual([]);
    });

    it("writes Traditional text in zh-TW, not a copy of zh-CN", () => {
      const descriptions = (locale: string) =>
        (JSON.parse(readDist(`functions.${locale}.json`)) as Metadata).functions.map((f) => f.description);
      const cn = descriptions("zh-CN");
      const tw = descriptions("zh-TW");
      expect(tw.filter((d, i) => d === cn[i])).toEqual([]);
    });
  });
});

interface Metadata {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters: Array<{
      name: string;
      description?: string;
      type?: string;
      dimensionality?: string;
      optional?: boolean;
    }>;
    result: { type?: string; dimensionality?: string };
  }>;
  [key: string]: unknown;
}

describe("manifest and adapter agree on the Excel API", () => {
  it("asks Office for the ExcelApi version the adapter checks for", () => {
    const text = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    const [name, version] = REQUIRED_SETS[0] ?? ["", ""];
    expect(text).toContain(`<Set Name="${name}" MinVersion="${version}"/>`);
  });
});
