import type { SheetValue } from "../engine/scorecard/portable";
import type { ScorecardLayout } from "../excel/portable-scorecard-layout";
import type { ScorecardChart } from "../workbook/scorecard-chart";
import { escapeXml } from "./report-sheet-xml";

/**
 * The Scorecard sheet's chart as package parts: a drawing anchoring it beside the table and a
 * DrawingML bar chart of the objectives' scores, with the values the sheet's formulas computed
 * cached in it so a viewer that does not recalculate draws it as Excel would.
 */

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

/** One bar colour: Fluent's blue, the pane's own chart colour. A bar's traffic light is in the table beside it. */
const BAR_COLOUR = "0F6CBD";

/** `'Карта за резултати'!$B$13:$B$15` from `B13:B15`. */
function sheetRef(sheet: string, range: string): string {
  const absolute = range
    .split(":")
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

/** Rows (0-based) a range like `B13:B15` covers. */
function rowsOf(range: string): number[] {
  const [a, b] = range.split(":").map((cell) => Number(/\d+$/.exec(cell)![0]) - 1);
  const out: number[] = [];
  for (let r = a; r <= (b ?? a); r++) out.push(r);
  return out;
}

/** Text a layout cell shows: a text cell is written with a leading apostrophe. */
function shown(content: string | number | undefined): string {
  if (content === undefined) return "";
  return typeof content === "number" ? String(content) : content.replace(/^'/, "");
}

function strCache(texts: string[]): string {
  return `<c:strCache><c:ptCount val="${texts.length}"/>${texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

function numCache(values: (SheetValue | null)[]): string {
  const points = values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>0%</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/**
 * The chart part. Without a title of its own, Excel titles a one-series chart with the series'
 * name, the score column's heading.
 */
export function chartXml(sheet: string, layout: ScorecardLayout, chart: ScorecardChart, title: string | null): string {
  const rows = rowsOf(chart.categories);
  const header = rowsOf(chart.seriesName)[0];
  const names = rows.map((r) => shown(layout.rows[r]?.[1]));
  const scores = rows.map((r) => layout.cached[r]?.[2] ?? null);
  const titleXml = title === null ? "" : `<c:title>${richText(title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(sheetRef(sheet, chart.seriesName))}</c:f>${strCache([shown(layout.rows[header]?.[2])])}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(sheetRef(sheet, chart.categories))}</c:f>${strCache(names)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(sheetRef(sheet, chart.values))}</c:f>${numCache(scores)}</c:numRef></c:val>` +
    `</c:ser>`;
  // Categories top to bottom as the table lists them: a bar chart's axis runs upwards unless reversed.
  const axes =
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${titleXml}` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>${axes}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part: the chart anchored from its first to its last cell. */
export function drawingXml(chart: ScorecardChart, chartRel: string, name: string): string {
  const anchor = (tag: string, p: { row: number; col: number }) => `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"><xdr:twoCellAnchor editAs="oneCell">${anchor("from", chart.from)}${anchor("to", chart.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${chartRel}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

/** A relationships part holding one relationship. */
export function relationshipsXml(id: string, type: string, target: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
  );
}
