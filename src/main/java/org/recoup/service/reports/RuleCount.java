package org.recoup.service.reports;

/**
 * One compliance rule in a period: how many checked actions it blocked, and how many of those
 * were taken anyway (overridden, each with a written reason). An action blocked by two rules
 * counts under both.
 */
public record RuleCount(String rule, long blocks, long overrides) {
}
