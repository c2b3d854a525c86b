package org.recoup.service.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.compliance.ComplianceEngine;
import org.recoup.domain.Channel;
import org.recoup.domain.Client;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.ComplianceLogEntry;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.letters.LetterRenderer;
import org.recoup.letters.SampleLetters;
import org.recoup.letters.ValidationPeriod;
import org.recoup.service.Progress;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.compliance.Proposal;
import org.recoup.service.debtors.DebtorService;
import org.recoup.service.money.ItemizationView;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PaymentRequest;
import org.recoup.store.Database;

/** Letters made from stored debtors: checked, produced, archived and logged. */
class LetterServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LetterRenderer RENDERER = new LetterRenderer(2);

    @TempDir
    Path dir;

    private Database db;
    private ComplianceService compliance;
    private MoneyService money;
    private LetterService letters;
    private long clientId;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("letters"));
        compliance = new ComplianceService(db, CLOCK, ComplianceEngine.standard());
        money = new MoneyService(db, CLOCK);
        letters = new LetterService(db, CLOCK, compliance, money, RENDERER);
        clientId = db.write(s -> s.clients().save(new Client("Northwind Bank", "US", NOW)).getId());
        letters.saveLetterhead(new LetterheadForm("Harbour Recoveries LLC", "海港追收有限公司",
                "1200 Market Street, Suite 400\nPhiladelphia, PA 19107", "PA CA-0001234", "+1 215 555 0142",
                "help@harbour.example", SampleLetters.logo(), "Jane Whitfield", "Compliance Manager",
                "Harbour Client Trust", "First Keystone Bank", "Account 8812 0045 21"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A debtor in Chicago with one debt of {@code principal} USD placed on 1 February 2026; returns {debtor, debt}. */
    private long[] debtor(String name, String reference, String principal, LocalDate delinquency) {
        return db.write(s -> {
            Debtor debtor = new Debtor(DebtorKind.PERSON, name, null, Language.EN, NOW);
            debtor.addLocation(Location.address("1 Main St", "Chicago", "IL", "60601", "US", "America/Chicago", false));
            debtor.addLocation(Location.phone("+13125550142", PhoneType.MOBILE, "America/Chicago", false));
            s.debtors().save(debtor);
            Debt debt = new Debt(clientId, debtor.getId(), reference, Product.CREDIT_CARD, "USD", NOW);
            debt.setDates(null, delinquency, null, null, null);
            s.debts().save(debt);
            s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.of(2026, 2, 1), NOW,
                    Money.of(principal, "USD"), Money.zero("USD"), Money.zero("USD")));
            return new long[] {debtor.getId(), debt.getId()};
        });
    }

    private long addDebt(long debtorId, String reference, String principal) {
        return db.write(s -> {
            Debt debt = new Debt(clientId, debtorId, reference, Product.CREDIT_CARD, "USD", NOW);
            debt.setDates(null, LocalDate.of(2025, 6, 1), null, null, null);
            s.debts().save(debt);
            s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.of(2026, 2, 1), NOW,
                    Money.of(principal, "USD"), Money.zero("USD"), Money.zero("USD")));
            return debt.getId();
        });
    }

    private void cease(long debtorId) {
        db.write(s -> s.events().append(ComplianceEvent.of(debtorId, ComplianceEventType.CEASE,
                Instant.parse("2026-03-09T15:00:00Z"), Set.of(), "letter received", NOW)));
    }

    private List<Contact> letterContacts(long debtorId) {
        return db.read(s -> s.contacts().forDebtor(debtorId)).stream()
                .filter(c -> c.getChannel() == Channel.LETTER).toList();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void letterFromAStoredDebtorCarriesHisDataIsArchivedWithItsShaAndCountsAsAContact() throws Exception {
        long[] ids = debtor("Ann Lee", "NWB-1", "500", LocalDate.of(2025, 6, 1));
        Proposal report = new Proposal(Channel.CREDIT_REPORT, NOW.plusSeconds(20 * 86_400L), Party.DEBTOR, null, null,
                Set.of(ids[1]), false, null, null);
        assertThat(compliance.check(ids[0], report).blockingRules()).contains("US-PASSIVE");

        LetterView letter = letters.produce(ids[1], LetterTemplate.DEMAND, null);

        byte[] pdf = letters.pdf(letter.id());
        assertThat(letter.sha256()).isEqualTo(sha256(pdf));
        assertThat(letter.sizeBytes()).isEqualTo(pdf.length);
        assertThat(letter.language()).isEqualTo(LetterLanguageChoice.EN);
        assertThat(letter.letterDate()).isEqualTo(TODAY);
        assertThat(text(pdf)).contains("Ann Lee", "1 Main St", "Chicago, IL 60601", "NWB-1", "Northwind Bank",
                "$500.00", "Harbour Recoveries LLC", "31 March 2026");
        assertThat(letters.lettersOf(ids[0])).containsExactly(letter);

        List<Contact> logged = letterContacts(ids[0]);
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).getLetterKind()).isEqualTo(LetterKind.DEMAND);
        assertThat(logged.get(0).getDebtIds()).containsExactly(ids[1]);
        assertThat(logged.get(0).getParty()).isEqualTo(Party.DEBTOR);
        assertThat(logged.get(0).getAt()).isEqualTo(NOW);
        // the letter counts for the rules: a credit report 15 days after it is no longer passive collection
        assertThat(compliance.check(ids[0], report).blockingRules()).doesNotContain("US-PASSIVE");
        // and for the debtors list
        assertThat(new DebtorService(db, CLOCK).row(ids[0]).orElseThrow().lastContactAt()).isEqualTo(NOW);
        assertThat(db.<List<String>>read(s -> s.integrity().problems())).isEmpty();
    }

    @Test
    void validationNoticeStatesTheUsVal2EndDateAndTheItemizationOfTheMoneyService() throws Exception {
        long[] ids = debtor("Ann Lee", "NWB-2", "1000", LocalDate.of(2025, 6, 1));
        money.addFee(ids[1], new BigDecimal("35.00"), LocalDate.of(2026, 2, 15), "late fee");
        money.recordPayment(new PaymentRequest(ids[1], new BigDecimal("100.00"), LocalDate.of(2026, 3, 1),
                PaymentMethod.BANK_TRANSFER, null, null));
        ItemizationView itemization = money.itemization(ids[1]);

        LetterDraft draft = letters.draft(ids[1], LetterTemplate.VALIDATION_NOTICE, LetterLanguageChoice.EN, 40);
        assertThat(draft.canProduce()).isTrue();
        assertThat(draft.pages()).isNotEmpty();
        assertThat(draft.verdict().findings()).extracting(CheckResult.FindingView::rule)
                .doesNotContain("US-VAL-2", "US-VAL-3");

        LetterView letter = letters.produce(ids[1], LetterTemplate.VALIDATION_NOTICE, LetterLanguageChoice.EN);
        LocalDate end = ValidationPeriod.endDate(TODAY);
        assertThat(end).isEqualTo(LocalDate.of(2026, 4, 16));
        String text = text(letters.pdf(letter.id()));
        assertThat(text).contains("16 April 2026", "$1,000.00", "$35.00", "$100.00", "$935.00");
        assertThat(itemization.current().amount()).isEqualByComparingTo("935.00");
        Contact contact = letterContacts(ids[0]).get(0);
        assertThat(contact.getLetterKind()).isEqualTo(LetterKind.VALIDATION_NOTICE);
        assertThat(contact.getValidationEnd()).isEqualTo(end);
    }

    @Test
    void debtorWhoAskedToCeaseGetsNoDemandButGetsAPaidInFullLetter() throws Exception {
        long[] ids = debtor("Bo Chen", "NWB-3", "400", LocalDate.of(2025, 6, 1));
        long paidDebt = addDebt(ids[0], "NWB-4", "250");
        money.recordPayment(new PaymentRequest(paidDebt, new BigDecimal("250"), LocalDate.of(2026, 3, 5),
                PaymentMethod.BANK_TRANSFER, null, null));
        cease(ids[0]);

        LetterBatchReport report = letters.batch(new LetterBatchRequest(List.of(ids[1]), LetterTemplate.DEMAND, null,
                dir.resolve("out"), null), Progress.NONE);
        assertThat(report.made()).isZero();
        assertThat(report.blocked()).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo("US-CEASE");
            assertThat(b.reason()).isNotBlank();
            assertThat(b.compliance()).isTrue();
            assertThat(b.debtReference()).isEqualTo("NWB-3");
        });
        List<ComplianceLogEntry> log = db.read(s -> s.complianceLog().forDebtor(ids[0]));
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.getRules()).containsExactly("US-CEASE");
            assertThat(e.getSource()).isEqualTo(ComplianceLogEntry.Source.LETTER);
            assertThat(e.getChannel()).isEqualTo(Channel.LETTER);
        });
        assertThatThrownBy(() -> letters.produce(ids[1], LetterTemplate.DEMAND, null))
                .isInstanceOf(LetterBlockedException.class).hasMessageContaining("US-CEASE");
        assertThat(db.<List<ComplianceLogEntry>>read(s -> s.complianceLog().forDebtor(ids[0]))).hasSize(2);
        assertThat(letterContacts(ids[0])).isEmpty();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).isEmpty();
        }

        LetterView paid = letters.produce(paidDebt, LetterTemplate.PAID_IN_FULL, null);
        assertThat(text(letters.pdf(paid.id()))).contains("NWB-4", "5 March 2026");
        assertThat(letterContacts(ids[0])).singleElement()
                .satisfies(c -> assertThat(c.getLetterKind()).isEqualTo(LetterKind.TERMINATION_NOTICE));
    }

    @Test
    void timeBarredDebtGetsNoFinalNoticeThatThreatensSuit() {
        long[] ids = debtor("Cy Diaz", "NWB-5", "700", LocalDate.of(2015, 1, 10));
        LetterDraft finalNotice = letters.draft(ids[1], LetterTemplate.FINAL_NOTICE, null, 30);
        assertThat(finalNotice.canProduce()).isFalse();
        assertThat(finalNotice.verdict().blockingRules()).containsExactly("US-TBD");
        assertThat(finalNotice.pages()).as("a blocked letter is not rendered").isEmpty();
        assertThatThrownBy(() -> letters.produce(ids[1], LetterTemplate.FINAL_NOTICE, null))
                .isInstanceOf(LetterBlockedException.class);
        assertThat(letterContacts(ids[0])).isEmpty();
        // a demand that does not mention suit may still go out
        assertThat(letters.draft(ids[1], LetterTemplate.DEMAND, null, 30).canProduce()).isTrue();
    }

    @Test
    void eachBatchGetsItsOwnFolderNamedByTimeAndTemplateWithThePrintFileBesideItsLetters() throws IOException {
        Path first = letters.newBatchFolder(dir, LetterTemplate.FINAL_NOTICE);
        assertThat(first).hasParentRaw(dir).hasFileName("20260310-150000-final-notice");
        Files.createDirectories(first);
        assertThat(letters.newBatchFolder(dir, LetterTemplate.FINAL_NOTICE)).hasFileName("20260310-150000-final-notice-2");
        assertThat(LetterService.printFileIn(first, LetterTemplate.FINAL_NOTICE))
                .hasParentRaw(first).hasFileName("print-all-final-notice.pdf");
    }

    @Test
    void lettersThatCannotBeMadeFromWhatIsStoredAreReportedAsData() {
        long[] ids = debtor("Di Fox", "NWB-6", "100", LocalDate.of(2025, 6, 1));
        LetterDraft paid = letters.draft(ids[1], LetterTemplate.PAID_IN_FULL, null, 30);
        assertThat(paid.problem()).contains("not PAID or SETTLED");
        LetterDraft plan = letters.draft(ids[1], LetterTemplate.PLAN_CONFIRMATION, null, 30);
        assertThat(plan.problem()).contains("no active repayment plan");
        LetterBatchReport report = letters.batch(new LetterBatchRequest(List.of(ids[1]),
                LetterTemplate.PLAN_CONFIRMATION, null, null, null), Progress.NONE);
        assertThat(report.blocked()).extracting(BlockedLetter::rule).containsExactly("LETTER-DATA");
        assertThat(db.<List<ComplianceLogEntry>>read(s -> s.complianceLog().forDebtor(ids[0]))).isEmpty();
    }

    @Test
    void batchStoresEveryLetterWritesItsFileAndOnePrintFile() throws Exception {
        List<Long> debts = new ArrayList<>();
        List<Long> debtors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long[] ids = debtor("Person " + i, "B-" + i, "10" + i, LocalDate.of(2025, 6, 1));
            debtors.add(ids[0]);
            debts.add(ids[1]);
        }
        cease(debtors.get(2));
        Path out = dir.resolve("batch");
        Path print = dir.resolve("print").resolve("all.pdf");
        LetterBatchReport report = letters.batch(new LetterBatchRequest(debts, LetterTemplate.DEMAND,
                LetterLanguageChoice.EN_ZH, out, print), Progress.NONE);

        assertThat(report.requested()).isEqualTo(6);
        assertThat(report.made()).isEqualTo(5);
        assertThat(report.blocked()).extracting(BlockedLetter::debtReference).containsExactly("B-2");
        assertThat(report.cancelled()).isFalse();
        assertThat(report.printFile()).isEqualTo(print);
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(5);
        assertThat(files.get(0).getFileName().toString())
                .matches("demand_debtor-\\d+_debt-\\d+_B-0_person-0\\.pdf");
        int pages = 0;
        for (int i = 0; i < 6; i++) {
            List<LetterView> stored = letters.lettersOf(debtors.get(i));
            if (i == 2) {
                assertThat(stored).isEmpty();
                continue;
            }
            assertThat(stored).singleElement().satisfies(v -> assertThat(v.language()).isEqualTo(LetterLanguageChoice.EN_ZH));
            LetterView v = stored.get(0);
            Path file = files.stream().filter(f -> f.getFileName().toString().contains("_debt-" + v.debtId() + "_"))
                    .findFirst().orElseThrow();
            assertThat(sha256(Files.readAllBytes(file))).isEqualTo(v.sha256());
            assertThat(letterContacts(debtors.get(i))).hasSize(1);
            pages += v.pages();
        }
        assertThat(report.printPages()).isEqualTo(pages);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(print))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Person 0", "Person 5", "付款催告函").doesNotContain("Person 2");
        }
    }

    @Test
    void cancelledBatchKeepsTheLettersMadeBeforeTheStopWholeAndNothingElse() throws Exception {
        List<Long> debts = new ArrayList<>();
        db.write(s -> {
            for (int i = 0; i < 130; i++) {
                Debtor debtor = new Debtor(DebtorKind.PERSON, "Many " + i, null, Language.EN, NOW);
                debtor.addLocation(Location.address(i + " Main St", "Chicago", "IL", "60601", "US", "America/Chicago", false));
                s.debtors().save(debtor);
                Debt debt = new Debt(clientId, debtor.getId(), "M-" + i, Product.CREDIT_CARD, "USD", NOW);
                s.debts().save(debt);
                s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.of(2026, 2, 1), NOW,
                        Money.of("250", "USD"), Money.zero("USD"), Money.zero("USD")));
                debts.add(debt.getId());
            }
            return null;
        });
        // slices of 50: the first is stored whole; the stop comes half-way through the second, which is dropped
        LetterService sliced = new LetterService(db, CLOCK, compliance, money, RENDERER, 50);
        AtomicLong done = new AtomicLong();
        Progress cancelAt75 = new Progress() {
            @Override
            public void update(long d, long total, String message) {
                done.set(d);
            }

            @Override
            public boolean isCancelled() {
                return done.get() >= 75;
            }
        };
        Path out = dir.resolve("cancelled");
        Path print = dir.resolve("cancelled.pdf");
        LetterBatchReport report = sliced.batch(new LetterBatchRequest(debts, LetterTemplate.DEMAND, null, out, print),
                cancelAt75);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.made()).isEqualTo(50);
        assertThat(report.notReached()).isEqualTo(130 - report.made());
        long stored = db.read(s -> s.letters().count());
        assertThat(stored).isEqualTo(report.made());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(report.made());
        }
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(print))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(report.printPages()).isEqualTo(report.made());
        }
        long letterContacts = 0;
        for (long debtId : debts) {
            long debtorId = db.read(s -> s.debts().find(debtId).orElseThrow().getDebtorId());
            letterContacts += letterContacts(debtorId).size();
        }
        assertThat(letterContacts).isEqualTo(report.made());
        assertThat(db.<List<String>>read(s -> s.integrity().problems())).isEmpty();
    }

    @Test
    void wordingWithAnUnknownPlaceholderIsRefusedNamingIt() throws Exception {
        assertThatThrownBy(() -> letters.saveWording(LetterTemplate.DEMAND, Language.EN, "intro",
                "Dear {debtor.nmae}, we act for {client.name} about {debt.ballance}."))
                .isInstanceOf(WordingRejectedException.class)
                .satisfies(e -> assertThat(((WordingRejectedException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("{debtor.nmae}"))
                        .anySatisfy(p -> assertThat(p).contains("{debt.ballance}")));
        assertThat(letters.wording(LetterTemplate.DEMAND, Language.EN))
                .filteredOn(b -> b.name().equals("intro")).singleElement()
                .satisfies(b -> assertThat(b.changed()).isFalse());
        assertThatThrownBy(() -> letters.saveWording(LetterTemplate.DEMAND, Language.EN, "nosuchblock", "Hello"))
                .isInstanceOf(WordingRejectedException.class).hasMessageContaining("nosuchblock");

        letters.saveWording(LetterTemplate.DEMAND, Language.EN, "intro",
                "We act for {client.name}. Our reference is {debt.reference}; {{braces}} print as they are.");
        long[] ids = debtor("Eve Gray", "NWB-7", "90", LocalDate.of(2025, 6, 1));
        LetterView letter = letters.produce(ids[1], LetterTemplate.DEMAND, LetterLanguageChoice.EN);
        assertThat(text(letters.pdf(letter.id()))).contains("We act for Northwind Bank. Our reference is NWB-7;",
                "{braces} print as they are.");
        letters.resetWording(LetterTemplate.DEMAND, Language.EN, "intro");
        assertThat(letters.wording(LetterTemplate.DEMAND, Language.EN))
                .filteredOn(b -> b.name().equals("intro")).singleElement()
                .satisfies(b -> assertThat(b.changed()).isFalse());
    }

    @Test
    void letterheadIsValidatedBeforeItIsSaved() {
        LetterheadForm good = letters.letterhead().orElseThrow();
        assertThatThrownBy(() -> letters.saveLetterhead(new LetterheadForm(" ", null, null, null, null, null, null,
                "Jane", null, null, null, null))).hasMessageContaining("letterhead.name");
        assertThatThrownBy(() -> letters.saveLetterhead(new LetterheadForm("A", null, null, null, null, "not-mail",
                null, "Jane", null, null, null, null))).hasMessageContaining("letterhead.email");
        assertThatThrownBy(() -> letters.saveLetterhead(new LetterheadForm("A", null, null, null, null, null,
                new byte[] {1, 2, 3, 4, 5}, "Jane", null, null, null, null))).hasMessageContaining("letterhead.logo");
        assertThatThrownBy(() -> letters.saveLetterhead(new LetterheadForm("A 頔 Agency", null, null, null, null, null,
                null, "Jane", null, null, null, null))).hasMessageContaining("頔");
        assertThat(letters.letterhead()).contains(good);
    }

    @Test
    void chineseLetterFromTheDatabaseHasItsChineseTextAndOnlyEmbeddedFonts() throws Exception {
        long[] ids = db.write(s -> {
            Debtor debtor = new Debtor(DebtorKind.PERSON, "Zhang Kun", "张堃", Language.ZH, NOW);
            debtor.addLocation(Location.address("朝阳区建国路88号", "北京", null, "100022", "CN", "Asia/Shanghai", false));
            s.debtors().save(debtor);
            Debt debt = new Debt(clientId, debtor.getId(), "CN-1", Product.LOAN, "CNY", NOW);
            s.debts().save(debt);
            s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.of(2026, 2, 1), NOW,
                    Money.of("8800", "CNY"), Money.zero("CNY"), Money.zero("CNY")));
            return new long[] {debtor.getId(), debt.getId()};
        });
        LetterView letter = letters.produce(ids[1], LetterTemplate.CN_DEMAND, null);
        assertThat(letter.language()).isEqualTo(LetterLanguageChoice.ZH);
        byte[] pdf = letters.pdf(letter.id());
        assertThat(text(pdf)).contains("张堃", "催收函", "朝阳区建国路88号", "¥8,800.00");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
        }
    }
}
