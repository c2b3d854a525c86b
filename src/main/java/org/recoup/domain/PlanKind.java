package org.recoup.domain;

/** An instalment plan pays the balance; a settlement pays an agreed, smaller total and the rest is written off. */
public enum PlanKind {
    INSTALMENT, SETTLEMENT
}
