package org.recoup.service.letters;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.recoup.domain.AuditEntry;
import org.recoup.domain.Channel;
import org.recoup.domain.ComplianceLogEntry;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.Direction;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Location;
import org.recoup.domain.LocationKind;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.RecoupException;
import org.recoup.domain.UserInputException;
import org.recoup.domain.Validate;
import org.recoup.domain.ValidationException;
import org.recoup.domain.view.LedgerLine;
import org.recoup.letters.BatchOptions;
import org.recoup.letters.BatchResult;
import org.recoup.letters.DebtFacts;
import org.recoup.letters.Instalment;
import org.recoup.letters.Itemization;
import org.recoup.letters.LetterDates;
import org.recoup.letters.LetterException;
import org.recoup.letters.LetterRenderer;
import org.recoup.letters.LetterRequest;
import org.recoup.letters.Letterhead;
import org.recoup.letters.PaymentAccount;
import org.recoup.letters.Placeholders;
import org.recoup.letters.PrintFile;
import org.recoup.letters.Recipient;
import org.recoup.letters.RenderedLetter;
import org.recoup.letters.SampleLetters;
import org.recoup.letters.SkippedLetter;
import org.recoup.letters.ValidationPeriod;
import org.recoup.letters.Wording;
import org.recoup.letters.WordingProblem;
import org.recoup.service.Progress;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.compliance.DebtorFacts;
import org.recoup.service.compliance.Proposal;
import org.recoup.service.money.ItemizationView;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PlanView;
import org.recoup.store.Database;
import org.recoup.store.LedgerLines;
import org.recoup.store.LetterSettings;
import org.recoup.store.Letters;
import org.recoup.store.StoreSession;

/**
 * Letters from the database: one at a time (draft with preview and verdict, then produce) or in
 * batches; the letterhead and the wording they are written with.
 *
 * <p>Every letter is checked by the compliance engine just before it is produced, as a LETTER of its
 * template's kind; a blocked letter is not produced and the attempt goes to the compliance log. A
 * produced letter is stored with its PDF and SHA-256 and logged as a LETTER contact on its debtor
 * about its debt, in one transaction (docs/decisions/0064 to 0066).
 */
public final class LetterService {

    /** Letters read, made and stored together in a batch: one transaction each (decision 0066). */
    static final int SLICE = 200;
    /** Days from the letter's date to its pay-by date, and to a UK default notice's remedy date. */
    static final int PAY_DAYS = 21;
    static final int MAX_LOGO_BYTES = 512 * 1024;
    /** The audit trail's action for a letter produced. */
    public static final String LETTER_SENT = "LETTER_SENT";

    private final Database database;
    private final Clock clock;
    private final ComplianceService compliance;
    private final MoneyService money;
    private final LetterRenderer renderer;
    private final int slice;

    public LetterService(Database database, Clock clock, ComplianceService compliance, MoneyService money,
                         LetterRenderer renderer) {
        this(database, clock, compliance, money, renderer, SLICE);
    }

    /** With slices of another size (tests). */
    LetterService(Database database, Clock clock, ComplianceService compliance, MoneyService money,
                  LetterRenderer renderer, int slice) {
        this.database = database;
        this.clock = clock;
        this.compliance = compliance;
        this.money = money;
        this.renderer = renderer;
        this.slice = slice;
    }

    // ---------------------------------------------------------------- letterhead

    /** The agency's letterhead, when one was saved. */
    public Optional<LetterheadForm> letterhead() {
        return database.read(s -> s.letterSettings().letterhead()).map(r -> new LetterheadForm(r.name(),
                r.nativeName(), r.address(), r.licence(), r.phone(), r.email(), r.logo(), r.signatory(),
                r.signatoryTitle(), r.payAccountName(), r.payBank(), r.payAccountNumber()));
    }

    /**
     * Checks and saves the letterhead.
     *
     * @throws ValidationException naming the field at fault (nothing is saved then)
     */
    public LetterheadForm saveLetterhead(LetterheadForm form) {
        LetterheadForm clean = validate(form);
        Instant now = clock.instant();
        database.write(s -> {
            s.letterSettings().saveLetterhead(new LetterSettings.LetterheadRow(clean.name(), clean.nativeName(),
                    clean.address(), clean.licence(), clean.phone(), clean.email(), clean.logo(), clean.signatory(),
                    clean.signatoryTitle(), clean.payAccountName(), clean.payBank(), clean.payAccountNumber(), now));
            s.audit().append(new AuditEntry(now, AuditEntry.Subject.SETTINGS, 0, "LETTERHEAD", null,
                    clip(clean.name(), 200), null));
            return null;
        });
        return clean;
    }

    /** Saves the sample agency's letterhead when none is set (demo portfolios); true when it did. */
    public boolean useSampleLetterheadIfNone() {
        if (letterhead().isPresent()) {
            return false;
        }
        Letterhead sample = SampleLetters.agency("US");
        PaymentAccount pay = new PaymentAccount("Harbour Recoveries LLC Client Trust", "First Keystone Bank, Philadelphia",
                "Routing 031000053 · Account 8812 0045 21", null);
        saveLetterhead(new LetterheadForm(sample.name(), sample.nativeName(), String.join("\n", sample.address()),
                sample.licence(), sample.phone(), sample.email(), sample.logo(), sample.signatory(),
                sample.signatoryTitle(), pay.accountName(), pay.bank(), pay.accountNumber()));
        return true;
    }

    private LetterheadForm validate(LetterheadForm f) {
        String name = Validate.required(f.name(), "letterhead.name", 200);
        String nativeName = Validate.optional(f.nativeName(), "letterhead.nativeName", 200);
        String address = Validate.optional(f.address(), "letterhead.address", 1000);
        if (address != null) {
            address = String.join("\n", address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            if (address.lines().count() > 6) {
                throw new ValidationException("letterhead.address", "has more than 6 lines");
            }
        }
        String licence = Validate.optional(f.licence(), "letterhead.licence", 100);
        String phone = Validate.optional(f.phone(), "letterhead.phone", 40);
        String email = f.email() == null || f.email().isBlank() ? null : Validate.email(f.email(), "letterhead.email");
        String signatory = Validate.required(f.signatory(), "letterhead.signatory", 200);
        String title = Validate.optional(f.signatoryTitle(), "letterhead.signatoryTitle", 200);
        String payName = Validate.optional(f.payAccountName(), "letterhead.payAccountName", 200);
        String payBank = Validate.optional(f.payBank(), "letterhead.payBank", 200);
        String payNumber = Validate.optional(f.payAccountNumber(), "letterhead.payAccountNumber", 100);
        if ((payName != null || payBank != null) && payNumber == null) {
            throw new ValidationException("letterhead.payAccountNumber", "is required when the account is given");
        }
        byte[] logo = f.logo() == null || f.logo().length == 0 ? null : f.logo();
        if (logo != null) {
            checkLogo(logo);
        }
        LetterheadForm clean = new LetterheadForm(name, nativeName, address, licence, phone, email, logo, signatory,
                title, payName, payBank, payNumber);
        // every character must be printable by the letter font: try it on a bilingual sample letter
        LetterRequest sample = SampleLetters.sample(org.recoup.letters.TemplateId.DEMAND,
                org.recoup.letters.LetterLanguage.EN_ZH).toBuilder().letterhead(letterhead(clean)).payTo(payTo(clean))
                .build();
        SkippedLetter problem = LetterRenderer.problem(0, sample);
        if (problem != null) {
            throw new ValidationException("letterhead", problem.reason().replaceFirst("^letter \\S+ ", ""));
        }
        return clean;
    }

    private static void checkLogo(byte[] logo) {
        if (logo.length > MAX_LOGO_BYTES) {
            throw new ValidationException("letterhead.logo", "is larger than 512 KB; use a smaller PNG or JPEG image");
        }
        boolean png = logo.length > 8 && (logo[0] & 0xFF) == 0x89 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G';
        boolean jpeg = logo.length > 3 && (logo[0] & 0xFF) == 0xFF && (logo[1] & 0xFF) == 0xD8 && (logo[2] & 0xFF) == 0xFF;
        if (!png && !jpeg) {
            throw new ValidationException("letterhead.logo", "must be a PNG or JPEG image");
        }
        try {
            if (ImageIO.read(new ByteArrayInputStream(logo)) == null) {
                throw new ValidationException("letterhead.logo", "cannot be read as an image");
            }
        } catch (IOException e) {
            throw new ValidationException("letterhead.logo", "cannot be read as an image: " + e.getMessage());
        }
    }

    static Letterhead letterhead(LetterheadForm f) {
        return new Letterhead(f.name(), f.nativeName(), f.addressLines(), f.licence(), f.phone(), f.email(), f.logo(),
                f.signatory(), f.signatoryTitle());
    }

    static PaymentAccount payTo(LetterheadForm f) {
        return f.payAccountNumber() == null ? null
                : new PaymentAccount(f.payAccountName(), f.payBank(), f.payAccountNumber(), null);
    }

    private LetterheadForm requireLetterhead() {
        return letterhead().orElseThrow(() -> new UserInputException(
                "there is no agency letterhead yet: set it in Settings > Letterhead before making letters"));
    }

    // ---------------------------------------------------------------- wording

    /** What each placeholder stands for, in catalogue order (the wording editor's help). */
    public Map<String, String> placeholders() {
        return Placeholders.catalogue();
    }

    /** The blocks of a template in a language, each with its default and the user's text. */
    public List<WordingBlock> wording(LetterTemplate template, Language language) {
        Map<String, String> user = database.read(s -> s.letterSettings().wording(template.name()));
        List<WordingBlock> blocks = new ArrayList<>();
        Wording.defaults(template.id(), language).forEach((name, text) ->
                blocks.add(new WordingBlock(name, text, user.get(language.code() + "." + name))));
        return blocks;
    }

    /**
     * What is wrong with a text for a block (empty: it can be saved): each unknown placeholder and
     * unbalanced brace, named; a block the template does not have; a character the letter font cannot
     * print. Pure and quick: the editor calls it as the user types.
     */
    public List<String> wordingProblems(LetterTemplate template, Language language, String block, String text) {
        String key = language.code() + "." + block;
        List<String> problems = new ArrayList<>();
        for (WordingProblem p : Wording.validateOverrides(template.id(), Map.of(key, text == null ? "" : text))) {
            problems.add(p.toString());
        }
        if (problems.isEmpty()) {
            LetterRequest sample = SampleLetters.sample(template.id(), org.recoup.letters.LetterLanguage.EN_ZH)
                    .toBuilder().wording(Map.of(key, text == null ? "" : text)).build();
            SkippedLetter problem = LetterRenderer.problem(0, sample);
            if (problem != null) {
                problems.add(key + ": " + problem.reason().replaceFirst("^letter \\S+ ", ""));
            }
        }
        return problems;
    }

    /**
     * Saves the user's text of a block. No text is ever evaluated: placeholders are replaced by plain
     * substitution when a letter is made.
     *
     * @throws WordingRejectedException listing every problem (naming each unknown placeholder); nothing saved
     */
    public void saveWording(LetterTemplate template, Language language, String block, String text) {
        String body = text == null ? "" : text.strip();
        if (body.length() > 8000) {
            throw new WordingRejectedException("wording." + language.code() + "." + block,
                    List.of("the text is longer than 8000 characters"));
        }
        List<String> problems = wordingProblems(template, language, block, body);
        if (!problems.isEmpty()) {
            throw new WordingRejectedException("wording." + language.code() + "." + block, problems);
        }
        Instant now = clock.instant();
        database.write(s -> {
            s.letterSettings().saveWording(template.name(), language.code(), block, body, now);
            s.audit().append(new AuditEntry(now, AuditEntry.Subject.SETTINGS, 0, "LETTER_WORDING", null,
                    clip(template.name() + " " + language.code() + "." + block, 200), null));
            return null;
        });
    }

    /** Drops the user's text of a block: letters print the default again. */
    public void resetWording(LetterTemplate template, Language language, String block) {
        Instant now = clock.instant();
        database.write(s -> {
            s.letterSettings().removeWording(template.name(), language.code(), block);
            s.audit().append(new AuditEntry(now, AuditEntry.Subject.SETTINGS, 0, "LETTER_WORDING_RESET", null,
                    clip(template.name() + " " + language.code() + "." + block, 200), null));
            return null;
        });
    }

    /**
     * A sample letter of a template (a made-up debtor), with the saved letterhead (the sample
     * agency's when none is saved) and the saved wording, plus {@code pending} texts not saved yet
     * (keys {@code en.NAME} / {@code zh.NAME}).
     *
     * @throws UserInputException when a pending text cannot be used
     */
    public List<BufferedImage> sample(LetterTemplate template, LetterLanguageChoice language,
                                      Map<String, String> pending, float dpi) {
        Map<String, String> wording = new HashMap<>(database.read(s -> s.letterSettings().wording(template.name())));
        if (pending != null) {
            wording.putAll(pending);
        }
        LetterRequest.Builder b = SampleLetters.sample(template.id(), language.core()).toBuilder().wording(wording);
        letterhead().ifPresent(h -> b.letterhead(letterhead(h)).payTo(payTo(h)));
        try {
            return renderer.preview(b.build(), dpi);
        } catch (LetterException e) {
            throw new UserInputException(e.getMessage().replaceFirst("^letter \\S+ ", ""), e);
        }
    }

    // ---------------------------------------------------------------- one letter

    /**
     * The letter as it would be produced now: its pages and the compliance verdict (nothing is
     * stored). A letter a rule blocks has no pages: it is not to be seen as if it could be sent.
     * {@code language} null: the debtor's preferred language.
     */
    public LetterDraft draft(long debtId, LetterTemplate template, LetterLanguageChoice language, float dpi) {
        LetterheadForm head = requireLetterhead();
        Prepared p = prepareOne(debtId, template, language, head);
        if (p.problem() != null) {
            return new LetterDraft(p.debtorId(), debtId, p.debtReference(), template, language, p.letterDate(),
                    null, p.problem(), List.of());
        }
        CheckResult verdict = compliance.check(p.snapshot(), p.proposal());
        if (verdict.blocks()) {
            return new LetterDraft(p.debtorId(), debtId, p.debtReference(), template, p.language(), p.letterDate(),
                    verdict, null, List.of());
        }
        List<BufferedImage> pages;
        try {
            pages = renderer.preview(p.request(), dpi);
        } catch (LetterException e) {
            return new LetterDraft(p.debtorId(), debtId, p.debtReference(), template, p.language(), p.letterDate(),
                    verdict, e.getMessage().replaceFirst("^letter \\S+ ", ""), List.of());
        }
        return new LetterDraft(p.debtorId(), debtId, p.debtReference(), template, p.language(), p.letterDate(), verdict,
                null, pages);
    }

    /**
     * Checks the letter against the debtor as stored now and, unless a rule blocks it, produces it,
     * stores it with its SHA-256 and logs it as a LETTER contact (one transaction).
     *
     * @throws LetterBlockedException when a rule blocks it (the attempt is in the compliance log)
     * @throws UserInputException     when it cannot be made from what is stored
     */
    public LetterView produce(long debtId, LetterTemplate template, LetterLanguageChoice language) {
        LetterheadForm head = requireLetterhead();
        Prepared p = prepareOne(debtId, template, language, head);
        if (p.problem() != null) {
            throw new UserInputException("The letter cannot be made: " + p.problem());
        }
        CheckResult verdict = compliance.check(p.snapshot(), p.proposal());
        if (verdict.blocks()) {
            compliance.logBlocked(p.debtorId(), p.proposal(), verdict, null, ComplianceLogEntry.Source.LETTER);
            throw new LetterBlockedException(verdict);
        }
        RenderedLetter letter;
        try {
            letter = renderer.render(p.request());
        } catch (LetterException e) {
            throw new UserInputException("The letter cannot be made: " + e.getMessage().replaceFirst("^letter \\S+ ", ""), e);
        }
        Instant now = clock.instant();
        long id = database.write(s -> archive(s, List.of(new Made(p, letter)), now)[0]);
        return database.read(s -> s.letters().find(id)).map(LetterService::view).orElseThrow();
    }

    /** The debtor's letters, newest first. */
    public List<LetterView> lettersOf(long debtorId) {
        return database.read(s -> s.letters().forDebtor(debtorId)).stream().map(LetterService::view).toList();
    }

    /** The PDF of a stored letter, as produced. */
    public byte[] pdf(long letterId) {
        return database.read(s -> s.letters().pdf(letterId))
                .orElseThrow(() -> new UserInputException("there is no letter with id " + letterId));
    }

    /** The pages of a stored letter as images (to show or print it). */
    public List<BufferedImage> pages(long letterId, float dpi) {
        return LetterRenderer.pages(pdf(letterId), dpi);
    }

    /** Writes a stored letter's PDF to a file. */
    public void savePdf(long letterId, Path target) {
        write(target, pdf(letterId));
    }

    /** Writes a stored letter to a temporary file (to open it in the system's viewer). */
    public Path exportToTemp(long letterId) {
        LetterView v = database.read(s -> s.letters().find(letterId)).map(LetterService::view)
                .orElseThrow(() -> new UserInputException("there is no letter with id " + letterId));
        try {
            Path file = Files.createTempFile("recoup-" + v.template().name().toLowerCase(Locale.ROOT) + "-" + v.debtId()
                    + "-", ".pdf");
            write(file, pdf(letterId));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new RecoupException("Cannot write a temporary file: " + e.getMessage(), e);
        }
    }

    /** Where the window's batches keep their files: {@code letters/} beside the database. */
    public Path archiveFolder() {
        return database.file().directory().resolve("letters");
    }

    /**
     * A new folder for a batch's files inside {@code parent} (e.g. {@link #archiveFolder()}), named by
     * the time and template, so that batches never mix their files.
     */
    public Path newBatchFolder(Path parent, LetterTemplate template) {
        String name = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + template.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Path folder = parent.resolve(name);
        for (int i = 2; Files.exists(folder); i++) {
            folder = parent.resolve(name + "-" + i);
        }
        return folder;
    }

    /** The print file of a batch written to {@code folder}: beside its letters, one PDF of them all. */
    public static Path printFileIn(Path folder, LetterTemplate template) {
        return folder.resolve("print-all-" + template.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf");
    }

    /** Copies a file made by a batch (its print file) to where the user wants it. */
    public void copyFile(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RecoupException("Cannot write " + to + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- batches

    /**
     * Makes one letter per debt, slice by slice ({@value #SLICE} letters each): the slice is read,
     * each letter checked by the compliance engine and produced, then the slice is stored in one
     * transaction (letters with their SHA-256 and LETTER contacts, blocked attempts in the compliance
     * log) and its files written. Cancelling stops between letters; every letter made before the
     * stop is stored whole and in the folder and print file, the rest are not made (decision 0066).
     *
     * @throws UserInputException when there is no letterhead, or the folder cannot be used
     */
    public LetterBatchReport batch(LetterBatchRequest request, Progress progress) {
        long start = System.nanoTime();
        LetterheadForm head = requireLetterhead();
        LetterTemplate template = request.template();
        Map<String, String> wording = database.read(s -> s.letterSettings().wording(template.name()));
        if (request.folder() != null) {
            createFolder(request.folder());
        }
        if (request.printFile() != null && request.printFile().getParent() != null) {
            createFolder(request.printFile().getParent());
        }
        PrintFile print = request.printFile() == null ? null
                : new PrintFile("Recoup letters " + template.name() + " " + LocalDate.now(clock));
        List<Long> ids = request.debtIds();
        int total = ids.size();
        int made = 0;
        List<BlockedLetter> blocked = new ArrayList<>();
        boolean cancelled = false;
        Set<String> names = new java.util.HashSet<>();
        progress.update(0, total, null);
        for (int from = 0; from < total && !cancelled; from += slice) {
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            List<Long> part = ids.subList(from, Math.min(total, from + slice));
            Instant now = clock.instant();
            List<Prepared> prepared = database.read(s -> prepare(s, part, template, request.language(), head,
                    wording, now));
            Map<String, Prepared> byId = new LinkedHashMap<>();
            Map<String, ComplianceLetterCheck.Subject> subjects = new HashMap<>();
            List<LetterRequest> requests = new ArrayList<>();
            List<BlockedLetter> dataProblems = new ArrayList<>();
            for (Prepared p : prepared) {
                if (p.problem() != null) {
                    dataProblems.add(new BlockedLetter(p.debtorId(), p.debtorName(), p.debtId(), p.debtReference(),
                            SkippedLetter.DATA, p.problem(), p.problem(), false));
                } else {
                    byId.put(p.request().letterId(), p);
                    subjects.put(p.request().letterId(), new ComplianceLetterCheck.Subject(p.snapshot(), p.proposal()));
                    requests.add(p.request());
                }
            }
            int base = from + dataProblems.size();
            ComplianceLetterCheck check = new ComplianceLetterCheck(compliance, subjects);
            BatchOptions options = new BatchOptions(check, false, true,
                    (done, count) -> progress.update(base + done, total, null), progress::isCancelled);
            BatchResult result = renderer.renderBatch(requests, options, print);
            // a cancelled slice keeps the letters made whole before the stop, and only their blocked neighbours
            List<Made> produced = new ArrayList<>();
            for (RenderedLetter letter : result.letters()) {
                produced.add(new Made(byId.get(letter.letterId()), letter));
            }
            List<Logged> logged = new ArrayList<>();
            List<BlockedLetter> sliceBlocked = new ArrayList<>(dataProblems);
            for (SkippedLetter skipped : result.skipped()) {
                Prepared p = byId.get(skipped.letterId());
                CheckResult verdict = check.result(skipped.letterId());
                boolean rules = verdict != null && verdict.blocks();
                sliceBlocked.add(new BlockedLetter(p.debtorId(), p.debtorName(), p.debtId(), p.debtReference(),
                        skipped.rule(), skipped.reason().replaceFirst("^letter \\S+ ", ""),
                        rules ? ComplianceLetterCheck.blockingSummaryZh(verdict)
                                : skipped.reason().replaceFirst("^letter \\S+ ", ""), rules));
                if (rules) {
                    logged.add(new Logged(p, verdict));
                }
            }
            Instant stored = clock.instant();
            database.write(s -> {
                archive(s, produced, stored);
                for (Logged l : logged) {
                    compliance.logBlocked(s, l.prepared().debtorId(), l.prepared().proposal(), l.verdict(), null,
                            ComplianceLogEntry.Source.LETTER);
                }
                return null;
            });
            if (request.folder() != null) {
                for (Made m : produced) {
                    write(request.folder().resolve(LetterFiles.unique(names, LetterFiles.name(template,
                            m.prepared().debtorId(), m.prepared().debtId(), m.prepared().debtReference(),
                            m.prepared().debtorName()))), m.letter().pdf());
                }
            }
            made += produced.size();
            blocked.addAll(sliceBlocked);
            cancelled = result.cancelled();
        }
        Path printPath = null;
        int printPages = 0;
        if (print != null) {
            PrintFile.Result file = print.finish();
            if (file != null) {
                write(request.printFile(), file.pdf());
                printPath = request.printFile();
                printPages = file.pages();
            }
        }
        progress.update(made + blocked.size(), total, null);
        return new LetterBatchReport(template, total, made, blocked, (System.nanoTime() - start) / 1e9, cancelled,
                request.folder(), printPath, printPages);
    }

    // ---------------------------------------------------------------- preparing letters from the database

    /** A letter as read from the database: its request, or why it cannot be made, and what it is checked against. */
    private record Prepared(long debtId, long debtorId, String debtorName, String debtReference,
                            LetterLanguageChoice language, LocalDate letterDate, LetterRequest request, String problem,
                            ComplianceService.Snapshot snapshot, Proposal proposal, LetterKind kind,
                            LocalDate validationEnd, Long addressId) {
    }

    private record Made(Prepared prepared, RenderedLetter letter) {
    }

    private record Logged(Prepared prepared, CheckResult verdict) {
    }

    private Prepared prepareOne(long debtId, LetterTemplate template, LetterLanguageChoice language,
                                LetterheadForm head) {
        Map<String, String> wording = database.read(s -> s.letterSettings().wording(template.name()));
        Instant now = clock.instant();
        return database.read(s -> prepare(s, List.of(debtId), template, language, head, wording, now)).get(0);
    }

    private List<Prepared> prepare(StoreSession s, List<Long> debtIds, LetterTemplate template,
                                   LetterLanguageChoice language, LetterheadForm head, Map<String, String> wording,
                                   Instant now) {
        Letterhead letterhead = letterhead(head);
        PaymentAccount payTo = payTo(head);
        Map<Long, DebtorFacts> facts = new HashMap<>();
        Map<Long, ComplianceService.Snapshot> snapshots = new HashMap<>();
        Map<Long, String> clients = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>(debtIds.size());
        for (long debtId : debtIds) {
            Debt debt = s.debts().find(debtId)
                    .orElseThrow(() -> new ValidationException("debt", "there is no debt with id " + debtId));
            DebtorFacts f = facts.computeIfAbsent(debt.getDebtorId(), id -> ComplianceService.facts(s, id));
            ComplianceService.Snapshot snapshot = snapshots.computeIfAbsent(debt.getDebtorId(),
                    id -> ComplianceService.Snapshot.of(f));
            String client = clients.computeIfAbsent(debt.getClientId(),
                    id -> s.clients().find(id).map(c -> c.getName()).orElse("?"));
            prepared.add(prepare(s, debt, f, snapshot, client, template, language, letterhead, payTo, wording, now));
        }
        return prepared;
    }

    private Prepared prepare(StoreSession s, Debt debt, DebtorFacts facts, ComplianceService.Snapshot snapshot,
                             String clientName, LetterTemplate template, LetterLanguageChoice language,
                             Letterhead letterhead, PaymentAccount payTo, Map<String, String> wording, Instant now) {
        Debtor debtor = facts.debtor();
        long debtId = debt.getId();
        ZoneId zone = debtor.homeZone().map(ZoneId::of).orElse(clock.getZone());
        LocalDate letterDate = now.atZone(zone).toLocalDate();
        LetterLanguageChoice effective = language != null ? language : LetterLanguageChoice.of(debtor.getPreferredLanguage());
        Location address = debtor.getLocations().stream().filter(l -> l.getKind() == LocationKind.ADDRESS)
                .findFirst().orElse(null);
        LetterKind kind = template.ruleKind();
        String problem = null;
        if (address == null) {
            problem = "the debtor has no postal address";
        } else if (template.forOpenDebts() && debt.getStatus().isClosed()) {
            problem = "the debt is " + debt.getStatus() + ": this letter is for debts still being collected";
        } else if (!template.forOpenDebts() && debt.getStatus() != DebtStatus.PAID
                && debt.getStatus() != DebtStatus.SETTLED) {
            problem = "the debt is " + debt.getStatus() + ", not PAID or SETTLED";
        }
        String currency = debt.getCurrency();
        LedgerLines.Summary sums = s.ledgerLines().summary(debtId);
        Money balance = Money.of(sums.principal().add(sums.interest()).add(sums.fees()), currency);
        Money arrears = null;
        LetterDates dates = LetterDates.of(letterDate);
        Itemization itemization = null;
        List<Instalment> plan = List.of();
        Money settlement = null;
        LocalDate validationEnd = null;
        LocalDate remedy = null;
        if (problem == null) {
            try {
                switch (template) {
                    case VALIDATION_NOTICE -> {
                        ItemizationView v = money.itemization(debtId);
                        itemization = new Itemization(v.itemizationDate(), v.amountOnItemizationDate(), v.interest(),
                                v.fees(), v.paymentsAndCredits(), v.current());
                        balance = v.current();
                        validationEnd = ValidationPeriod.endDate(letterDate);
                        dates = dates.withValidationEndDate(validationEnd);
                    }
                    case DEMAND, FINAL_NOTICE, CN_DEMAND -> dates = dates.withPayBy(letterDate.plusDays(PAY_DAYS));
                    case PLAN_CONFIRMATION -> {
                        PlanView p = money.plan(debtId).filter(v -> v.status() == PlanStatus.ACTIVE).orElse(null);
                        if (p == null || p.instalments().isEmpty()) {
                            problem = "the debt has no active repayment plan";
                        } else {
                            plan = p.instalments().stream().map(i -> new Instalment(i.due(), i.amount())).toList();
                        }
                    }
                    case PAID_IN_FULL -> {
                        LocalDate paid = facts.lastPayments().get(debtId);
                        dates = dates.withPaidDate(paid != null ? paid : letterDate);
                        if (debt.getStatus() == DebtStatus.SETTLED) {
                            settlement = paymentsTotal(s.ledgerLines().forDebt(debtId), currency);
                        }
                    }
                    case UK_DEFAULT_NOTICE -> {
                        remedy = letterDate.plusDays(PAY_DAYS);
                        dates = dates.withRemedyDate(remedy);
                        arrears = arrears(debtId, balance);
                    }
                }
            } catch (ValidationException e) {
                problem = e.getMessage();
            }
        }
        Proposal proposal = new Proposal(Channel.LETTER, now, Party.DEBTOR, address == null ? null : address.getId(),
                null, Set.of(debtId), false, null, new Proposal.LetterFacts(kind, validationEnd,
                template.mentionsSuit(), itemizationFacts(itemization), letterDate, null, remedy));
        String name = debtor.getName();
        if (problem != null) {
            return new Prepared(debtId, debtor.getId(), name, debt.getReference(), effective, letterDate, null, problem,
                    snapshot, proposal, kind, validationEnd, null);
        }
        Recipient recipient = new Recipient(name, debtor.getNativeName(), addressLines(address), address.getCountry(),
                debtor.getPreferredLanguage());
        DebtFacts debtFacts = new DebtFacts(debt.getReference(), clientName, null, debt.getOriginalCreditor(), balance,
                arrears);
        LetterRequest request = LetterRequest.builder(letterId(debtId), template.id())
                .language(language == null ? null : language.core())
                .letterhead(letterhead)
                .recipient(recipient)
                .debt(debtFacts)
                .dates(dates)
                .itemization(itemization)
                .plan(plan)
                .payTo(payTo)
                .settlement(settlement)
                .wording(wording)
                .build();
        return new Prepared(debtId, debtor.getId(), name, debt.getReference(), effective, letterDate, request, null,
                snapshot, proposal, kind, validationEnd, address.getId());
    }

    static String letterId(long debtId) {
        return "debt-" + debtId;
    }

    private static List<String> addressLines(Location a) {
        List<String> lines = new ArrayList<>();
        if (a.getAddressLine() != null) {
            a.getAddressLine().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        StringBuilder town = new StringBuilder();
        if (a.getCity() != null && !a.getCity().isBlank()) {
            town.append(a.getCity().strip());
        }
        if (a.getRegion() != null && !a.getRegion().isBlank()) {
            town.append(town.length() > 0 ? ", " : "").append(a.getRegion().strip());
        }
        if (a.getPostalCode() != null && !a.getPostalCode().isBlank()) {
            town.append(town.length() > 0 ? " " : "").append(a.getPostalCode().strip());
        }
        if (town.length() > 0) {
            lines.add(town.toString());
        }
        return lines;
    }

    /** The payments a debt received, reversed ones left out (what a settled debt was settled for). */
    private static Money paymentsTotal(List<LedgerLine> lines, String currency) {
        Set<Long> reversed = new java.util.HashSet<>();
        for (LedgerLine l : lines) {
            if (l.reversesId() != null) {
                reversed.add(l.reversesId());
            }
        }
        Money total = Money.zero(currency);
        for (LedgerLine l : lines) {
            if (l.type() == LedgerEntryType.PAYMENT && !reversed.contains(l.id())) {
                total = total.plus(l.credit().minus(l.owedChange()));
            }
        }
        return total;
    }

    /** A UK default notice's arrears: the instalments of an active plan that are due or missed, else the balance. */
    private Money arrears(long debtId, Money balance) {
        Optional<PlanView> plan = money.plan(debtId).filter(p -> p.status() == PlanStatus.ACTIVE);
        if (plan.isPresent()) {
            Money due = Money.zero(balance.currency());
            for (PlanView.InstalmentView i : plan.get().instalments()) {
                if (i.state() == PlanView.InstalmentState.MISSED || i.state() == PlanView.InstalmentState.DUE) {
                    due = due.plus(i.remaining());
                }
            }
            if (due.isPositive()) {
                return due;
            }
        }
        return balance;
    }

    private static Proposal.ItemizationFacts itemizationFacts(Itemization i) {
        if (i == null) {
            return null;
        }
        return new Proposal.ItemizationFacts(i.itemizationDate(), i.amountOnItemizationDate().amount(),
                i.interest().amount(), i.fees().amount(), i.paymentsAndCredits().amount(), i.totalNow().amount());
    }

    // ---------------------------------------------------------------- storing

    /** Stores letters, their LETTER contacts and audit lines in the open transaction; returns their ids. */
    private long[] archive(StoreSession s, List<Made> made, Instant now) {
        if (made.isEmpty()) {
            return new long[0];
        }
        List<Letters.NewLetter> rows = new ArrayList<>(made.size());
        for (Made m : made) {
            Prepared p = m.prepared();
            RenderedLetter l = m.letter();
            LetterLanguageChoice language = LetterLanguageChoice.of(l.language());
            Contact contact = new Contact(p.debtorId(), now, Channel.LETTER, Direction.OUTBOUND, Party.DEBTOR,
                    p.addressId(), null, notes(p, language, l), Set.of(p.debtId()), now)
                    .asLetter(p.kind(), p.validationEnd());
            rows.add(new Letters.NewLetter(p.debtorId(), p.debtId(), contact, l.template().name(), language.code(),
                    p.letterDate(), now, l.sha256(), l.pages(), l.pdf()));
        }
        long[] ids = s.letters().archive(rows);
        for (int i = 0; i < ids.length; i++) {
            Letters.NewLetter row = rows.get(i);
            s.audit().append(new AuditEntry(now, AuditEntry.Subject.LETTER, ids[i], LETTER_SENT, null,
                    row.template() + " " + row.language() + " debt " + row.debtId() + " contact "
                            + row.contact().getId(), "sha256 " + row.sha256()));
        }
        return ids;
    }

    private static String notes(Prepared p, LetterLanguageChoice language, RenderedLetter l) {
        return "Letter " + l.template().name() + " (" + language.code() + "), " + l.pages() + " page"
                + (l.pages() == 1 ? "" : "s") + ", SHA-256 " + l.sha256().substring(0, 16) + "…";
    }

    private static LetterView view(Letters.Row r) {
        return new LetterView(r.id(), r.debtorId(), r.debtId(), r.debtReference(), LetterTemplate.fromId(r.template()),
                LetterLanguageChoice.fromCode(r.language()), r.letterDate(), r.producedAt(), r.sha256(), r.pages(),
                r.sizeBytes());
    }

    // ---------------------------------------------------------------- files

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserInputException("Cannot create the folder " + folder + " (" + e.getMessage()
                    + "): choose a folder you may write to", e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new RecoupException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
