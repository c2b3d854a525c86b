package org.recoup.compliance;

/** How hard a finding stops an action: a WARN informs, a BLOCK needs a written override. */
public enum Severity {
    WARN, BLOCK
}
