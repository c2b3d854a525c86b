package org.recoup.ui.work;

import java.util.ArrayList;
import java.util.List;

import org.recoup.domain.Channel;
import org.recoup.domain.LocationKind;
import org.recoup.domain.Party;
import org.recoup.service.debtors.LocationView;
import org.recoup.service.work.Desk;
import org.recoup.service.work.ThirdPartyView;

/** Whom an action goes to: one of the debtor's locations, or a third party. */
record Target(String label, Long locationId, Long thirdPartyId, Party party, LocationKind kind) {

    @Override
    public String toString() {
        return label;
    }

    /** The debtor's locations that fit the channel, then the third parties. */
    static List<Target> all(Desk desk, Channel channel) {
        List<Target> targets = new ArrayList<>();
        for (LocationView l : desk.debtor().locations()) {
            if (fits(l.kind(), channel)) {
                targets.add(new Target(l.display(), l.id(), null, Party.DEBTOR, l.kind()));
            }
        }
        if (channel != Channel.LETTER) {
            for (ThirdPartyView t : desk.thirdParties()) {
                Party party = t.relation() == org.recoup.domain.ContactRelation.ATTORNEY ? Party.ATTORNEY : Party.THIRD_PARTY;
                targets.add(new Target(t.name() + " (" + t.relation() + ")", null, t.id(), party, null));
            }
        }
        return targets;
    }

    private static boolean fits(LocationKind kind, Channel channel) {
        return switch (channel) {
            case CALL, SMS -> kind == LocationKind.PHONE;
            case EMAIL -> kind == LocationKind.EMAIL;
            case LETTER, VISIT -> kind == LocationKind.ADDRESS;
            case CREDIT_REPORT -> false;
        };
    }
}
