package org.recoup.service.check;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.recoup.compliance.ComplianceEngine;
import org.recoup.compliance.DebtInfo;
import org.recoup.compliance.DebtorContext;
import org.recoup.compliance.Event;
import org.recoup.compliance.Finding;
import org.recoup.compliance.Itemization;
import org.recoup.compliance.LetterDetails;
import org.recoup.compliance.Limitation;
import org.recoup.compliance.Location;
import org.recoup.compliance.LocationKind;
import org.recoup.compliance.Message;
import org.recoup.compliance.ProposedAction;
import org.recoup.compliance.ThirdPartyContact;
import org.recoup.compliance.TimeRange;
import org.recoup.compliance.Verdict;
import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.ContactRelation;
import org.recoup.domain.Direction;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;
import org.recoup.domain.PhoneType;
import org.recoup.domain.ValidationException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The compliance check of one scenario in the JSON format of SCENARIO-FORMAT.md: maps the JSON to
 * the engine's types, checks, and maps the verdict back. A top-level {@code expect} object, and any
 * field the format does not name, is ignored; a field present but malformed is an error naming it.
 */
public final class ScenarioCheck {

    /** What a scenario asks: the packs, the debtor and the proposal. */
    public record Scenario(List<String> packs, DebtorContext context, ProposedAction proposal) {
    }

    private enum EventType {
        CONTACT, LETTER, CONSENT, CEASE, ATTORNEY, OPT_OUT, DISPUTE, DISPUTE_RESOLVED, STATUTE_BARRED_CLAIMED, OBJECTION
    }

    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final ObjectMapper WRITER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build());

    private ScenarioCheck() {
    }

    /** Checks a scenario and returns the verdict as JSON, one line. */
    public static String check(String json) {
        return render(verdict(json));
    }

    /** Checks a scenario. */
    public static Verdict verdict(String json) {
        Scenario s = parse(json);
        return ComplianceEngine.standard().check(s.proposal(), s.context(), s.packs());
    }

    /** The verdict in the output format. */
    public static String render(Verdict verdict) {
        ObjectNode root = WRITER.createObjectNode();
        root.put("verdict", verdict.verdict().name());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : verdict.findings()) {
            ObjectNode o = findings.addObject();
            o.put("code", f.code().name());
            o.put("rule", f.rule());
            o.put("severity", f.severity().name());
            o.put("citation", f.citation());
            o.put("message", f.message());
            f.earliestCompliant().ifPresent(i -> o.put("earliestCompliant", i.toString()));
            o.put("messageZh", f.messageZh());
        }
        try {
            return WRITER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a scenario. */
    public static Scenario parse(String text) {
        JsonNode tree;
        try {
            tree = READER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String why = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().split("\\R", 2)[0];
            throw new ValidationException("scenario", "not valid JSON" + where + why);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ValidationException("scenario", "is empty");
        }
        return new Reader(new Json(tree, "").object()).read();
    }

    /** Reads one scenario, keeping the ids it has seen to check references. */
    private static final class Reader {
        private final Json root;
        private final Set<String> locationIds = new HashSet<>();
        private final Set<String> contactIds = new HashSet<>();
        private final Set<String> debtIds = new HashSet<>();

        Reader(Json root) {
            this.root = root;
        }

        Scenario read() {
            List<String> packs = new ArrayList<>();
            List<Json> packNodes = root.req("packs").array();
            if (packNodes.isEmpty()) {
                throw new ValidationException("packs", "is empty; name at least one of "
                        + String.join(", ", ComplianceEngine.standard().packs().ids()));
            }
            for (Json p : packNodes) {
                String id = p.text();
                if (ComplianceEngine.standard().packs().get(id) == null) {
                    throw new ValidationException(p.path(), "'" + id + "' is not one of "
                            + String.join(", ", ComplianceEngine.standard().packs().ids()));
                }
                packs.add(id);
            }
            Json debtor = root.req("debtor").object();
            List<Location> locations = locations(debtor);
            List<ThirdPartyContact> contacts = contacts(debtor);
            List<TimeRange> times = new ArrayList<>();
            for (Json r : debtor.optArray("inconvenientTimes")) {
                r.object();
                Set<java.time.DayOfWeek> days = EnumSet.noneOf(java.time.DayOfWeek.class);
                Json d = r.opt("days");
                if (d != null) {
                    for (Json day : d.array()) {
                        days.add(day.day());
                    }
                }
                times.add(new TimeRange(r.time("from"), r.time("to"), days));
            }
            List<DebtInfo> debts = debts();
            List<Event> events = new ArrayList<>();
            for (Json e : root.optArray("events")) {
                events.add(event(e.object()));
            }
            ProposedAction proposal = proposal(root.req("proposed").object());
            DebtorContext context = new DebtorContext(locations, debtor.bool("employerProhibitsContact"),
                    debtor.bool("consentToOtherHours"), times, contacts, debts, events);
            return new Scenario(List.copyOf(new LinkedHashSet<>(packs)), context, proposal);
        }

        private List<Location> locations(Json debtor) {
            List<Json> nodes = debtor.req("locations").array();
            if (nodes.isEmpty()) {
                throw new ValidationException(debtor.path() + ".locations", "is empty; the first location sets the home zone");
            }
            List<Location> list = new ArrayList<>();
            boolean zoned = false;
            for (Json l : nodes) {
                l.object();
                LocationKind kind = l.reqEnum("kind", LocationKind.class);
                String id = newId(l, "id", false);
                ZoneId zone = l.zone("timeZone");
                zoned |= zone != null;
                l.optText("number");
                l.optText("address");
                list.add(new Location(id, kind, zone == null ? List.of() : List.of(zone),
                        l.optEnum("phoneType", PhoneType.class), l.bool("employerProvided")));
                if (id != null) {
                    locationIds.add(id);
                }
            }
            if (!zoned) {
                throw new ValidationException(debtor.path() + ".locations",
                        "no location has a timeZone; the first one that has one is the home zone");
            }
            return list;
        }

        private String newId(Json node, String field, boolean required) {
            String id = required ? node.reqText(field) : node.optText(field);
            if (id != null && (locationIds.contains(id) || contactIds.contains(id))) {
                throw new ValidationException(node.path() + "." + field, "'" + id + "' is used twice");
            }
            return id;
        }

        private List<ThirdPartyContact> contacts(Json debtor) {
            List<ThirdPartyContact> list = new ArrayList<>();
            for (Json c : debtor.optArray("contacts")) {
                c.object();
                String id = newId(c, "id", true);
                list.add(new ThirdPartyContact(id, c.optEnum("relation", ContactRelation.class), c.zone("timeZone")));
                contactIds.add(id);
            }
            return list;
        }

        private List<DebtInfo> debts() {
            List<DebtInfo> list = new ArrayList<>();
            for (Json d : root.optArray("debts")) {
                d.object();
                String id = d.reqText("id");
                if (!debtIds.add(id)) {
                    throw new ValidationException(d.path() + ".id", "'" + id + "' is used twice");
                }
                Limitation lim = null;
                Json l = d.opt("limitation");
                if (l != null) {
                    l.object();
                    lim = new Limitation(l.reqDate("start"), l.opt("years") == null ? null : l.integer("years"));
                    if (lim.years() != null && lim.years() < 0) {
                        throw new ValidationException(l.path() + ".years", "must not be negative");
                    }
                }
                list.add(new DebtInfo(id, d.date("validationNoticeMailed"), d.date("validationEnd"),
                        d.date("verificationMailed"), lim, d.bool("paidInFull")));
            }
            return list;
        }

        private Set<String> debtRefs(Json node) {
            Set<String> set = new LinkedHashSet<>();
            for (Json d : node.optArray("debts")) {
                String id = d.text();
                if (!debtIds.contains(id)) {
                    throw new ValidationException(d.path(), "'" + id + "' is not the id of a debt in debts");
                }
                set.add(id);
            }
            return set;
        }

        private String target(Json node, String field, boolean required) {
            String to = required ? node.reqText(field) : node.optText(field);
            if (to != null && !locationIds.contains(to) && !contactIds.contains(to)) {
                throw new ValidationException(node.path() + "." + field,
                        "'" + to + "' is not the id of a location or contact of the debtor");
            }
            return to;
        }

        private Event event(Json e) {
            EventType type = e.reqEnum("type", EventType.class);
            Instant at = e.instant("at", true);
            return switch (type) {
                case CONTACT -> {
                    Channel channel = e.reqEnum("channel", Channel.class);
                    ContactOutcome outcome = channel == Channel.CALL
                            ? e.reqEnum("outcome", ContactOutcome.class) : e.optEnum("outcome", ContactOutcome.class);
                    Direction direction = e.optEnum("direction", Direction.class);
                    Party party = e.optEnum("party", Party.class);
                    yield new Event.Contact(at, channel, direction == null ? Direction.OUTBOUND : direction,
                            target(e, "to", false), party == null ? Party.DEBTOR : party, debtRefs(e), outcome,
                            e.bool("atWorkplace"));
                }
                case LETTER -> {
                    Party party = e.optEnum("party", Party.class);
                    yield new Event.Letter(at, party == null ? Party.DEBTOR : party, debtRefs(e),
                            e.reqEnum("kind", LetterKind.class), e.bool("undeliverable"));
                }
                case CONSENT -> {
                    Instant from = e.instant("from", true);
                    Instant to = e.instant("to", true);
                    if (!to.isAfter(from)) {
                        throw new ValidationException(e.path() + ".to", "must be after from");
                    }
                    yield new Event.Consent(at, from, to);
                }
                case CEASE -> new Event.Cease(at, debtRefs(e));
                case ATTORNEY -> new Event.Attorney(at, debtRefs(e));
                case OPT_OUT -> new Event.OptOut(at, e.reqEnum("channel", Channel.class), target(e, "to", false));
                case DISPUTE -> new Event.Dispute(at, debtRefs(e), e.bool("written"));
                case DISPUTE_RESOLVED -> new Event.DisputeResolved(at, debtRefs(e));
                case STATUTE_BARRED_CLAIMED -> new Event.StatuteBarredClaimed(at, debtRefs(e));
                case OBJECTION -> {
                    String contact = e.reqText("contact");
                    if (!contactIds.contains(contact)) {
                        throw new ValidationException(e.path() + ".contact", "'" + contact + "' is not the id of a contact");
                    }
                    yield new Event.Objection(at, contact);
                }
            };
        }

        private ProposedAction proposal(Json p) {
            Instant at = p.instant("at", true);
            Channel channel = p.reqEnum("channel", Channel.class);
            boolean needsTo = channel == Channel.CALL || channel == Channel.SMS || channel == Channel.EMAIL;
            String to = target(p, "to", needsTo);
            Party party = p.optEnum("party", Party.class);
            Message message = null;
            Json m = p.opt("message");
            if (m != null) {
                m.object();
                message = new Message(m.bool("hasOptOut"), m.bool("mentionsDebt"));
            }
            LetterDetails letter = null;
            Json l = p.opt("letter");
            if (channel == Channel.LETTER) {
                if (l == null) {
                    throw new ValidationException(p.path() + ".letter", "is required for channel LETTER");
                }
                letter = letter(l.object());
            } else if (l != null) {
                throw new ValidationException(l.path(), "is only for channel LETTER, not " + channel);
            }
            return new ProposedAction(at, channel, to, party == null ? Party.DEBTOR : party, debtRefs(p),
                    p.bool("atWorkplace"), message, letter);
        }

        private LetterDetails letter(Json l) {
            LetterKind kind = l.reqEnum("kind", LetterKind.class);
            Itemization itemization = null;
            Json i = l.opt("itemization");
            if (i != null) {
                i.object();
                itemization = new Itemization(i.date("date"), i.amount("amountAtDate"), i.amount("interest"),
                        i.amount("fees"), i.amount("paymentsCredits"), i.amount("current"));
            }
            LetterDetails details = new LetterDetails(kind, l.date("statedValidationEnd"), l.bool("threatensSuit"),
                    itemization, l.date("postingDate"), l.date("serviceDate"), l.date("remedyDate"));
            if (kind == LetterKind.DEFAULT_NOTICE && details.remedyDate() == null) {
                throw new ValidationException(l.path() + ".remedyDate", "is required for a DEFAULT_NOTICE");
            }
            return details;
        }
    }

}
