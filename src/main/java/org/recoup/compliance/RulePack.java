package org.recoup.compliance;

import java.util.List;

/**
 * A pack of rules for one jurisdiction. An overlay ({@code overlayOf} not null) is checked only
 * together with the pack it overlays.
 */
public record RulePack(String id, String overlayOf, List<Rule> rules) {

    public RulePack {
        rules = List.copyOf(rules);
    }
}
