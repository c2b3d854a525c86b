package org.recoup.domain;

public enum LocationKind {
    ADDRESS, PHONE, EMAIL
}
