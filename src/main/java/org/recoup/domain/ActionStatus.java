package org.recoup.domain;

public enum ActionStatus {
    PLANNED, DONE, CANCELLED
}
