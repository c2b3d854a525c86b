package org.recoup.service.exchange;

import java.util.List;

/**
 * The first rows of a file as they will be imported, with the counts over those rows.
 *
 * @param fields the field keys the mapping uses, in the order of the file's columns
 */
public record ImportPreview(List<String> fields, List<PreviewRow> rows, int imported, int updated, int skipped,
                            int rejected) {
}
