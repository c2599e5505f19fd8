import { asAdapterError } from "./errors";
import { emptyMetadata, METADATA_NAMESPACE, metadataXml, parseMetadataXml, type WorkbookMetadata } from "./metadata-format";

/**
 * PlanCheck's metadata in the workbook: one custom XML part in PlanCheck's namespace
 * (Workbook.customXmlParts, ExcelApi 1.5). A custom XML part travels inside the .xlsx file, so the
 * command line reads the same record (docs/workbook-metadata.md); workbook settings would be tied
 * to the add-in's identity instead.
 */

export * from "./metadata-format";

export interface StoredMetadata {
  metadata: WorkbookMetadata;
  /** Ids of every part in PlanCheck's namespace (normally one). */
  partIds: string[];
}

/** Reads the metadata on its own: two syncs (the parts, then their XML). */
export async function readMetadata(context: Excel.RequestContext): Promise<StoredMetadata> {
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  try {
    await context.sync();
    const xml = parts.items.map((p) => p.getXml());
    await context.sync();
    let metadata: WorkbookMetadata | null = null;
    for (const x of xml) metadata ??= parseMetadataXml(x.value);
    return { metadata: metadata ?? emptyMetadata(), partIds: parts.items.map((p) => p.id) };
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
