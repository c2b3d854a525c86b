package org.recoup.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recoup.domain.ValidationException;

/** A set of rule packs by id, and which of them a check applies. */
public final class RulePacks {

    private final Map<String, RulePack> byId = new LinkedHashMap<>();

    public RulePacks(List<RulePack> packs) {
        packs.forEach(p -> byId.put(p.id(), p));
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    public RulePack get(String id) {
        return byId.get(id);
    }

    /**
     * The packs to apply, in a stable order: the listed ones, each overlay preceded by the pack it
     * overlays (an overlay is checked only together with it).
     *
     * @throws ValidationException naming {@code packs} for an unknown id
     */
    public List<RulePack> resolve(Collection<String> ids) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids) {
            RulePack p = byId.get(id);
            if (p == null) {
                throw new ValidationException("packs", "'" + id + "' is not one of " + String.join(", ", byId.keySet()));
            }
            if (p.overlayOf() != null) {
                wanted.add(p.overlayOf());
            }
            wanted.add(id);
        }
        List<RulePack> list = new ArrayList<>();
        for (RulePack p : byId.values()) {
            if (wanted.contains(p.id())) {
                list.add(p);
            }
        }
        return list;
    }
}
