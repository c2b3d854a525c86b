package org.recoup.domain;

public enum PromiseStatus {
    OPEN, KEPT, BROKEN
}
