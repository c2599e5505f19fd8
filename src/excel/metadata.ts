import { asAdapterError } from "./errors";
import { emptyMetadata, METADATA_NAMESPACE, metadataXml, parseMetadataXml, type WorkbookMetadata } from "../workbook/record";

/**
 * PlanCheck's metadata in the workbook: one custom XML part in PlanCheck's namespace
 * (Workbook.customXmlParts, ExcelApi 1.5). A custom XML part travels inside the .xlsx file, so the
 * command line reads the same record (docs/workbook-metadata.md); workbook settings would be tied
 * to the add-in's identity instead.
 */

export interface StoredMetadata {
  metadata: WorkbookMetadata;
  /** Ids of every part in PlanCheck's namespace (normally one). */
  partIds: string[];
}

/**
 * The record's read, queued with whatever else a batch reads. `onlyItem` also asks for the XML of
 * the namespace's only part in this same batch: CustomXmlPartScopedCollection.getOnlyItemOrNullObject
 * ("If the collection contains exactly one item, this method returns it. Otherwise, this method
 * returns null", page "Excel.CustomXmlPartScopedCollection class", ExcelApi 1.5,
 * learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection) with
 * CustomXmlPart.getXml ("Gets the custom XML part's full XML content", page "Excel.CustomXmlPart
 * class", learn.microsoft.com/javascript/api/excel/excel.customxmlpart) queued on it. With no part or one part the record is known after this one sync; with
 * several (two copies of the add-in wrote at once) each part's XML is read in the next one.
 */
export interface MetadataRead {
  parts: Excel.CustomXmlPartScopedCollection;
  /** After the sync: the record, or null when several parts need `queueEach`. */
  known(): StoredMetadata | null;
  /** Queues every part's XML; the record once the next sync has run. */
  queueEach(): () => StoredMetadata;
}

export function queueMetadataRead(context: Excel.RequestContext, options: { onlyItem: boolean }): MetadataRead {
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  const only = options.onlyItem ? parts.getOnlyItemOrNullObject() : null;
  const onlyXml = only?.getXml() ?? null;
  const partIds = () => parts.items.map((p) => p.id);
  return {
    parts,
    known() {
      if (parts.items.length === 0) return { metadata: emptyMetadata(), partIds: [] };
      if (!only || !onlyXml || only.isNullObject) return null;
      return { metadata: readXml([onlyXml.value]), partIds: partIds() };
    },
    queueEach() {
      const xml = parts.items.map((p) => p.getXml());
      return () => ({ metadata: readXml(xml.map((x) => x.value)), partIds: partIds() });
    },
  };
}

/** The first part that parses is the record (docs/workbook-metadata.md). */
function readXml(texts: unknown[]): WorkbookMetadata {
  let metadata: WorkbookMetadata | null = null;
  for (const text of texts) if (typeof text === "string") metadata ??= parseMetadataXml(text);
  return metadata ?? emptyMetadata();
}

/** Reads the metadata on its own: one sync when the workbook holds no part, two otherwise. */
export async function readMetadata(context: Excel.RequestContext): Promise<StoredMetadata> {
  // Callers queue their own loads into this first batch. The reference pages do not say what
  // getXml on a null object does; were Excel to refuse it, the whole batch and the callers' loads
  // would go, so this read asks nothing of a part that may not be there.
  const read = queueMetadataRead(context, { onlyItem: false });
  try {
    await context.sync();
    const known = read.known();
    if (known) return known;
    const each = read.queueEach();
    await context.sync();
    return each();
  } catch (err) {
    throw asAdapterError(err);
  }
}

/** Queues the replacement of the stored record: old parts deleted, the new one added. */
export function queueMetadataWrite(context: Excel.RequestContext, metadata: WorkbookMetadata, oldPartIds: string[]): Excel.CustomXmlPart {
  queueMetadataDelete(context, oldPartIds);
  return context.workbook.customXmlParts.add(metadataXml(metadata));
}

export function queueMetadataDelete(context: Excel.RequestContext, partIds: string[]): void {
  for (const id of partIds) context.workbook.customXmlParts.getItem(id).delete();
}
