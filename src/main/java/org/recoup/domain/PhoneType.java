package org.recoup.domain;

public enum PhoneType {
    MOBILE, HOME, WORK, OTHER;

    /** A personal number in the sense of the Massachusetts rule: home or mobile. */
    public boolean isPersonal() {
        return this == MOBILE || this == HOME;
    }
}
