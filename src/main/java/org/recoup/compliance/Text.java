package org.recoup.compliance;

/** A message in English and in Simplified Chinese, in plain words for a collector. */
public record Text(String en, String zh) {
}
