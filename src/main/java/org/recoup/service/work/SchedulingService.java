package org.recoup.service.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recoup.domain.ActionStatus;
import org.recoup.domain.Channel;
import org.recoup.domain.ComplianceLogEntry;
import org.recoup.domain.Debtor;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Location;
import org.recoup.domain.Party;
import org.recoup.domain.ScheduledAction;
import org.recoup.domain.ThirdParty;
import org.recoup.domain.ValidationException;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.compliance.Proposal;
import org.recoup.store.Database;
import org.recoup.store.StoreSession;

/**
 * Plans, moves and cancels actions. A dialog checks a proposal live against a snapshot; saving
 * checks it again against the latest events, and a BLOCK is kept only with a written override
 * reason (compliance log and audit trail). The pre-flight lists what the next days hold that the
 * rules would block.
 */
public final class SchedulingService {

    private final Database database;
    private final Clock clock;
    private final ComplianceService compliance;

    SchedulingService(Database database, Clock clock, ComplianceService compliance) {
        this.database = database;
        this.clock = clock;
        this.compliance = compliance;
    }

    /** The compliance proposal of a request (what a dialog checks against a snapshot on every change). */
    public static Proposal proposal(ActionRequest r) {
        if (r.channel() == null) {
            throw new ValidationException("action.channel", "is required");
        }
        if (r.at() == null) {
            throw new ValidationException("action.at", "is required");
        }
        LetterKind kind = r.channel() == Channel.LETTER ? LetterTemplates.kind(r.letterTemplate()) : null;
        return Proposals.of(r.channel(), r.at(), r.party(), r.locationId(), r.thirdPartyId(), r.debtIds(), false, kind);
    }

    /**
     * Schedules an action after checking it against the latest events.
     *
     * @param overrideReason the written reason to keep an action the rules block; null to be refused
     * @throws ComplianceBlockedException when it is blocked and no reason was given
     */
    public ScheduledView plan(ActionRequest r, String overrideReason) {
        Instant now = Instant.now(clock);
        String reason = blankToNull(overrideReason);
        Proposal proposal = proposal(r);
        return database.write(s -> {
            Debtor debtor = Work.debtor(s, r.debtorId());
            validateTarget(s, debtor, r);
            Work.ownDebts(s, debtor.getId(), r.debtIds());
            ScheduledAction action = new ScheduledAction(debtor.getId(), r.channel(), r.at(), r.party(), r.locationId(),
                    r.thirdPartyId(), r.debtIds(),
                    r.channel() == Channel.LETTER ? LetterTemplates.normalize(r.letterTemplate()) : null, r.purpose(),
                    r.note(), now);
            CheckResult result = checkOrRefuse(s, debtor, proposal, reason);
            if (result.blocks()) {
                action.override(reason);
            }
            s.scheduled().save(action);
            return view(s, debtor, action, result);
        });
    }

    /** Moves a planned action to another time, checked again (an override reason keeps a BLOCK). */
    public ScheduledView reschedule(long actionId, Instant at, String overrideReason) {
        String reason = blankToNull(overrideReason);
        return database.write(s -> {
            ScheduledAction action = planned(s, actionId);
            Debtor debtor = Work.debtor(s, action.getDebtorId());
            Proposal proposal = proposal(request(action).at(at));
            CheckResult result = checkOrRefuse(s, debtor, proposal, reason);
            action.reschedule(at);
            if (result.blocks()) {
                action.override(reason);
            }
            s.scheduled().save(action);
            return view(s, debtor, action, result);
        });
    }

    public void cancel(long actionId) {
        database.write(s -> {
            ScheduledAction action = planned(s, actionId);
            action.cancel();
            return s.scheduled().save(action);
        });
    }

    /** The debtor's scheduled actions, soonest first; planned ones with their verdict as he stands now. */
    public List<ScheduledView> forDebtor(long debtorId) {
        return database.read(s -> {
            Debtor debtor = Work.debtor(s, debtorId);
            ComplianceService.Snapshot snapshot = ContactLogService.snapshot(s, debtorId);
            List<ScheduledView> views = new ArrayList<>();
            for (ScheduledAction a : s.scheduled().forDebtor(debtorId)) {
                CheckResult check = a.getStatus() == ActionStatus.PLANNED
                        ? compliance.check(snapshot, proposal(request(a))) : null;
                views.add(view(s, debtor, a, check));
            }
            return views;
        });
    }

    /** One line of the pre-flight: a planned action and what the rules say of it at its time. */
    public record PreflightLine(ScheduledView action, CheckResult check) {
        public boolean blocked() {
            return check.blocks();
        }
    }

    /**
     * "Check the next {@code days} days": every action planned before then (overdue ones checked at
     * now), each checked against the debtor as he stands now; blocked ones first.
     */
    public List<PreflightLine> preflight(long debtorId, int days) {
        Instant now = Instant.now(clock);
        Instant until = now.plus(Duration.ofDays(days));
        return database.read(s -> {
            Debtor debtor = Work.debtor(s, debtorId);
            ComplianceService.Snapshot snapshot = ContactLogService.snapshot(s, debtorId);
            List<PreflightLine> lines = new ArrayList<>();
            for (ScheduledAction a : s.scheduled().forDebtor(debtorId)) {
                if (a.getStatus() != ActionStatus.PLANNED || !a.getAt().isBefore(until)) {
                    continue;
                }
                Instant at = a.getAt().isBefore(now) ? now : a.getAt();
                CheckResult check = compliance.check(snapshot, proposal(request(a).at(at)));
                lines.add(new PreflightLine(view(s, debtor, a, check), check));
            }
            lines.sort(java.util.Comparator.comparing((PreflightLine l) -> !l.blocked())
                    .thenComparing(l -> l.action().at()));
            return lines;
        });
    }

    /**
     * Where an automatically scheduled action may go: its own time when the rules allow it, else
     * the earliest compliant time; null (with a line in {@code effects}) when there is none.
     * Reads the debtor as this transaction sees him, its own writes included.
     */
    static Instant placeCompliant(StoreSession s, ComplianceService compliance, ScheduledAction action,
                                  List<String> effects) {
        ComplianceService.Snapshot snapshot = ContactLogService.snapshot(s, action.getDebtorId());
        CheckResult result = compliance.check(snapshot, proposal(request(action)));
        if (!result.blocks()) {
            return action.getAt();
        }
        if (result.earliestCompliant() != null) {
            return result.earliestCompliant();
        }
        effects.add(action.getPurpose() + " " + action.getChannel() + " not scheduled: " + String.join(", ",
                result.blockingRules()) + " block it with no compliant time within a year");
        return null;
    }

    private CheckResult checkOrRefuse(StoreSession s, Debtor debtor, Proposal proposal, String reason) {
        ComplianceService.Snapshot snapshot = ContactLogService.snapshot(s, debtor.getId());
        CheckResult result = compliance.check(snapshot, proposal);
        if (result.blocks()) {
            if (reason == null) {
                compliance.logBlocked(debtor.getId(), proposal, result, null, ComplianceLogEntry.Source.SCHEDULE);
                throw new ComplianceBlockedException(proposal.channel(), proposal.at(), result, Work.home(debtor));
            }
            compliance.logBlocked(s, debtor.getId(), proposal, result, reason, ComplianceLogEntry.Source.SCHEDULE);
        }
        return result;
    }

    static ActionRequest request(ScheduledAction a) {
        return new ActionRequest(a.getDebtorId(), a.getChannel(), a.getAt(), a.getParty(), a.getLocationId(),
                a.getThirdPartyId(), a.getDebtIds(), a.getLetterTemplate(), a.getPurpose(), a.getNote());
    }

    private static ScheduledAction planned(StoreSession s, long actionId) {
        ScheduledAction action = s.scheduled().find(actionId)
                .orElseThrow(() -> new ValidationException("action", "no scheduled action with id " + actionId));
        if (action.getStatus() != ActionStatus.PLANNED) {
            throw new ValidationException("action", "action " + actionId + " is " + action.getStatus()
                    + " and can no longer change");
        }
        return action;
    }

    private static void validateTarget(StoreSession s, Debtor debtor, ActionRequest r) {
        if (r.party() == Party.DEBTOR) {
            if (r.locationId() != null) {
                Work.location(debtor, r.locationId());
            }
        } else {
            if (r.thirdPartyId() == null) {
                throw new ValidationException("action.thirdParty", "is required for an action to someone other than the debtor");
            }
            Work.thirdParty(s, debtor.getId(), r.thirdPartyId());
        }
    }

    static ScheduledView view(StoreSession s, Debtor debtor, ScheduledAction a, CheckResult check) {
        Map<Long, String> references = new HashMap<>();
        s.debts().forDebtor(debtor.getId()).forEach(d -> references.put(d.getId(), d.getReference()));
        String target = null;
        if (a.getThirdPartyId() != null) {
            target = s.thirdParties().find(a.getThirdPartyId()).map(ThirdParty::getName).orElse(null);
        } else if (a.getLocationId() != null) {
            target = debtor.getLocations().stream().filter(l -> a.getLocationId().equals(l.getId())).findFirst()
                    .map(Location::describe).orElse(null);
        }
        Set<Long> ids = a.getDebtIds();
        return new ScheduledView(a.getId(), a.getDebtorId(), a.getChannel(), a.getAt(), a.getParty(), a.getLocationId(),
                a.getThirdPartyId(), target, ids,
                ids.stream().map(references::get).filter(java.util.Objects::nonNull).sorted().toList(),
                a.getLetterTemplate(), a.getPurpose(), a.getNote(), a.getStatus(), a.getOverrideReason(), check);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The zone days are counted in for this debtor (for dialogs). */
    static ZoneId home(Debtor debtor) {
        return Work.home(debtor);
    }
}
