package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class CheckCommandTest {

    private static final String LATE_CALL = """
            {"packs": ["US-FED"],
             "debtor": {"locations": [{"kind": "ADDRESS", "timeZone": "America/Chicago"},
                                      {"kind": "PHONE", "id": "P1", "phoneType": "MOBILE", "timeZone": "America/Chicago"}]},
             "debts": [{"id": "D1", "validationNoticeMailed": "2026-01-02"}],
             "events": [{"type": "CONTACT", "at": "2026-01-10T15:00:00Z", "channel": "CALL", "to": "P1",
                         "debts": ["D1"], "outcome": "NO_ANSWER"}],
             "proposed": {"at": "2026-01-15T03:05:00Z", "channel": "CALL", "to": "P1", "party": "DEBTOR", "debts": ["D1"]},
             "expect": {"verdict": "BLOCK"}}
            """;

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cmd = RecoupCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Run checkText(String json) throws Exception {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return run("check", file.toString());
    }

    @Test
    void fileGivesTheVerdictAsOneLineOfJsonWithExitZero() throws Exception {
        Run r = checkText(LATE_CALL);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip()).doesNotContain("\n");
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertThat(out.get("verdict").asText()).isEqualTo("BLOCK");
        JsonNode f = out.get("findings").get(0);
        assertThat(f.get("code").asText()).isEqualTo("INCONVENIENT_TIME");
        assertThat(f.get("rule").asText()).isEqualTo("US-TIME-1");
        assertThat(f.get("severity").asText()).isEqualTo("BLOCK");
        assertThat(f.get("citation").asText()).contains("1006.6(b)(1)(i)");
        assertThat(f.get("message").asText()).isEqualTo("It is 21:05 for the debtor in Chicago; calls are allowed 08:00–21:00 local.");
        assertThat(f.get("messageZh").asText()).contains("21:05").contains("08:00–21:00");
        assertThat(f.get("earliestCompliant").asText()).isEqualTo("2026-01-15T14:00:00Z");
    }

    @Test
    void dashReadsTheScenarioFromStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(LATE_CALL.getBytes(StandardCharsets.UTF_8)));
            Run r = run("check", "-");
            assertThat(r.status()).isZero();
            assertThat(new ObjectMapper().readTree(r.out()).get("verdict").asText()).isEqualTo("BLOCK");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void passingScenarioExitsZeroToo() throws Exception {
        Run r = checkText(LATE_CALL.replace("2026-01-15T03:05:00Z", "2026-01-15T15:00:00Z"));
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).isEqualTo("{\"verdict\":\"PASS\",\"findings\":[]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad JSON                 | \"packs\": [\"US-FED\"],                    | \"packs\": [\"US-FED\",,         | scenario: not valid JSON at line 1",
            "unknown pack             | \"US-FED\"]                                 | \"US-TX\"]                        | packs[0]: 'US-TX' is not one of US-FED, US-MA, US-WA, CN, UK",
            "bad instant              | \"2026-01-15T03:05:00Z\"                    | \"2026-01-15 03:05\"              | proposed.at: '2026-01-15 03:05' is not an instant",
            "instant without offset   | \"2026-01-10T15:00:00Z\"                    | \"2026-01-10T15:00:00\"           | events[0].at: '2026-01-10T15:00:00' is not an instant",
            "unknown outcome          | \"NO_ANSWER\"                               | \"RANG\"                          | events[0].outcome: 'RANG' is not one of CONVERSATION, VOICEMAIL, NO_ANSWER, BUSY, NOT_IN_SERVICE, WRONG_PARTY",
            "unknown channel          | \"channel\": \"CALL\", \"to\": \"P1\", \"party\" | \"channel\": \"FAX\", \"to\": \"P1\", \"party\" | proposed.channel: 'FAX' is not one of CALL, SMS",
            "unknown zone             | \"timeZone\": \"America/Chicago\"}, | \"timeZone\": \"America/Springfield\"}, | debtor.locations[0].timeZone: 'America/Springfield' is not an IANA time zone",
            "missing proposed.at      | \"at\": \"2026-01-15T03:05:00Z\",           | ''                                | proposed.at: is required",
            "unknown debt reference   | \"debts\": [\"D1\"], \"outcome\"             | \"debts\": [\"D7\"], \"outcome\"   | events[0].debts[0]: 'D7' is not the id of a debt in debts",
            "unknown location         | \"to\": \"P1\", \"party\": \"DEBTOR\"         | \"to\": \"P9\", \"party\": \"DEBTOR\" | proposed.to: 'P9' is not the id of a location or contact",
            "boolean as string        | \"validationNoticeMailed\": \"2026-01-02\"  | \"paidInFull\": \"yes\"           | debts[0].paidInFull: 'yes' is not true or false",
            "bad date                 | \"2026-01-02\"                              | \"2026-02-30\"                    | debts[0].validationNoticeMailed: '2026-02-30' is not a date",
    })
    void malformedScenarioExitsTwoWithOneLineNamingTheField(String what, String from, String to, String message) throws Exception {
        assertThat(LATE_CALL).contains(from);
        Run r = checkText(LATE_CALL.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .replace("\n", " "));
        assertThat(r.status()).as(what).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("recoup check: " + message);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownEventTypeIsNamed() throws Exception {
        Run r = checkText(LATE_CALL.replace("\"type\": \"CONTACT\"", "\"type\": \"MEETING\""));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: events[0].type: 'MEETING' is not one of CONTACT, LETTER");
    }

    @Test
    void unknownLetterKindIsNamed() throws Exception {
        Run r = checkText(LATE_CALL.replace("\"channel\": \"CALL\", \"to\": \"P1\", \"party\"",
                "\"channel\": \"LETTER\", \"letter\": {\"kind\": \"POSTCARD\"}, \"party\""));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: proposed.letter.kind: 'POSTCARD' is not one of VALIDATION_NOTICE");
    }

    @Test
    void missingFileExitsTwo() {
        Run r = run("check", dir.resolve("nope.json").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: ").contains("no such file");
    }

    @Test
    void emptyInputExitsTwo() throws Exception {
        Run r = checkText("");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: scenario: ");
    }

    @Test
    void topLevelArrayExitsTwo() throws Exception {
        Run r = checkText("[1, 2]");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: scenario: ").contains("not an object");
    }

    @Test
    void fieldsTheFormatDoesNotNameAreIgnored() throws Exception {
        Run r = checkText(LATE_CALL.replace("\"packs\": [\"US-FED\"],", "\"packs\": [\"US-FED\"], \"note\": {\"by\": \"QA\"},"));
        assertThat(r.status()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("verdict").asText()).isEqualTo("BLOCK");
    }

    @Test
    void callWithoutATargetIsRefused() throws Exception {
        Run r = checkText(LATE_CALL.replace("\"channel\": \"CALL\", \"to\": \"P1\", \"party\"", "\"channel\": \"CALL\", \"party\""));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: proposed.to: is required");
    }

    @Test
    void letterDetailsOnACallAreRefused() throws Exception {
        Run r = checkText(LATE_CALL.replace("\"party\": \"DEBTOR\", \"debts\"", "\"letter\": {\"kind\": \"DEMAND\"}, \"party\": \"DEBTOR\", \"debts\""));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: proposed.letter: is only for channel LETTER");
    }

    @Test
    void callEventWithoutOutcomeIsRefused() throws Exception {
        Run r = checkText(LATE_CALL.replace(", \"outcome\": \"NO_ANSWER\"", ""));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: events[0].outcome: is required");
    }

    @Test
    void debtorWithoutAnyTimeZoneIsRefused() throws Exception {
        Run r = checkText(LATE_CALL.replace(", \"timeZone\": \"America/Chicago\"", ""));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("recoup check: debtor.locations: no location has a timeZone");
    }

    @Test
    void amountsMayBeJsonNumbersToo() throws Exception {
        String notice = LATE_CALL.replace("\"channel\": \"CALL\", \"to\": \"P1\", \"party\"",
                "\"channel\": \"LETTER\", \"letter\": {\"kind\": \"VALIDATION_NOTICE\", \"itemization\": {\"amountAtDate\": 100.10,"
                        + " \"interest\": \"0\", \"fees\": 0, \"paymentsCredits\": \"0.10\", \"current\": 100}}, \"party\"");
        Run r = checkText(notice);
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("ITEMIZATION_MISMATCH");
    }
}
