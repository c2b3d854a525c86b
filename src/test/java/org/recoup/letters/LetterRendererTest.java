package org.recoup.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoup.domain.Language;

class LetterRendererTest {

    private static final LetterRenderer RENDERER = new LetterRenderer(2);

    static Stream<Arguments> everyTemplateInEveryLanguage() {
        List<Arguments> all = new ArrayList<>();
        for (TemplateId t : TemplateId.values()) {
            for (LetterLanguage l : LetterLanguage.values()) {
                all.add(Arguments.of(t, l));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyTemplateInEveryLanguage")
    void everyTemplateRendersInEveryLanguageWithEmbeddedFonts(TemplateId template, LetterLanguage language)
            throws IOException {
        LetterRequest request = SampleLetters.sample(template, language);
        RenderedLetter letter = RENDERER.render(request);

        assertThat(new String(letter.pdf(), 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
        assertThat(letter.sha256()).isEqualTo(PdfWriter.sha256Hex(letter.pdf()));
        assertThat(letter.language()).isEqualTo(language);
        try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(letter.pages()).isBetween(1, 3);
            assertThat(fonts(doc)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("+NotoSansSC-");
            });
            String text = text(doc);
            assertThat(text).contains(request.debt().reference());
            if (language.includes(Language.ZH)) {
                assertThat(text).contains("张堃");
            }
            if (language.includes(Language.EN)) {
                assertThat(text).contains("Zhang Kun");
            }
            PDPage first = doc.getPage(0);
            Paper paper = request.effectivePaper();
            assertThat(first.getMediaBox().getWidth()).isEqualTo(paper.widthPoints());
            assertThat(first.getMediaBox().getHeight()).isEqualTo(paper.heightPoints());
        }
    }

    @Test
    void chineseDemandCarriesItsChineseText() throws IOException {
        RenderedLetter letter = RENDERER.render(SampleLetters.sample(TemplateId.CN_DEMAND, LetterLanguage.ZH));
        try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
            String text = text(doc);
            assertThat(text).contains("催收函", "致：张堃", "委托方", "欠款金额", "还款期限", "户名", "联系方式",
                    "特此函告", "2026年12月7日", "¥");
        }
    }

    @Test
    void validationNoticeShowsTheEndDateItWasGiven() throws IOException {
        LocalDate end = LocalDate.of(2027, 1, 8);
        LetterRequest request = SampleLetters.sample(TemplateId.VALIDATION_NOTICE, LetterLanguage.EN_ZH).toBuilder()
                .dates(LetterDates.of(SampleLetters.LETTER_DATE).withValidationEndDate(end)).build();
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(request).pdf())) {
            String text = text(doc);
            assertThat(text).contains("Call or write to us by 8 January 2027").contains("2027年1月8日之前");
            assertThat(text).contains("How can you dispute the debt?", "What else can you do?",
                    "How do you want to respond?", "Total amount of the debt now:", "This is not my debt.");
        }
    }

    @Test
    void aLetterWithOnlyWhatItNeedsRenders() throws IOException {
        Letterhead bare = new Letterhead("Acme Collections", null, List.of(), null, null, null, null, null, null);
        for (TemplateId template : TemplateId.values()) {
            LetterRequest full = SampleLetters.sample(template, LetterLanguage.EN_ZH);
            LetterRequest request = full.toBuilder()
                    .letterhead(bare)
                    .recipient(new Recipient("Kim Lee", null, List.of(), null, null))
                    .debt(new DebtFacts("R-1", "Client", null, null, full.debt().balance(), full.debt().arrears()))
                    .payTo(null)
                    .build();
            try (PDDocument doc = Loader.loadPDF(RENDERER.render(request).pdf())) {
                assertThat(text(doc)).contains("Acme Collections", "Kim Lee", "R-1");
            }
        }
    }

    @Test
    void aParagraphLongerThanAPageContinuesOnTheNextPage() throws IOException {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            paragraph.append("[").append(i).append("] This sentence makes a long paragraph, 这句话重复多次以形成很长的段落。 ");
        }
        LetterRequest request = SampleLetters.sample(TemplateId.DEMAND, LetterLanguage.EN).toBuilder()
                .wording(Map.of("en.help", paragraph + "THE END.")).build();
        RenderedLetter letter = RENDERER.render(request);
        assertThat(letter.pages()).isGreaterThanOrEqualTo(2);
        try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
            String text = text(doc);
            assertThat(text).contains("THE END.");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(text);
            List<Integer> numbers = new ArrayList<>();
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
            assertThat(numbers).as("every sentence printed once, in order")
                    .isEqualTo(java.util.stream.IntStream.range(0, 120).boxed().toList());
        }
    }

    @Test
    void usLettersAreLetterSizeAndOthersA4() {
        assertThat(SampleLetters.sample(TemplateId.VALIDATION_NOTICE, LetterLanguage.EN).effectivePaper())
                .isEqualTo(Paper.LETTER);
        assertThat(SampleLetters.sample(TemplateId.UK_DEFAULT_NOTICE, LetterLanguage.EN).effectivePaper())
                .isEqualTo(Paper.A4);
    }

    @Test
    void languageDefaultsToTheDebtorsPreferredOne() throws IOException {
        LetterRequest request = SampleLetters.sample(TemplateId.DEMAND, LetterLanguage.EN).toBuilder()
                .language(null).build();
        assertThat(request.recipient().preferred()).isEqualTo(Language.ZH);
        RenderedLetter letter = RENDERER.render(request);
        assertThat(letter.language()).isEqualTo(LetterLanguage.ZH);
        try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
            assertThat(text(doc)).contains("付款催告函").doesNotContain("Formal demand");
        }
    }

    @Test
    void userWordingReplacesADefaultBlock() throws IOException {
        LetterRequest request = SampleLetters.sample(TemplateId.DEMAND, LetterLanguage.EN).toBuilder()
                .wording(Map.of("en.help", "Questions? Call {agency.phone} and quote {debt.reference}.")).build();
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(request).pdf())) {
            assertThat(text(doc)).contains("Questions? Call +1 215 555 0142 and quote HR-US-100000.");
        }
    }

    @Test
    void wrongWordingOrMissingDataIsRefusedWithAReason() {
        LetterRequest unknown = SampleLetters.sample(TemplateId.DEMAND, LetterLanguage.EN).toBuilder()
                .wording(Map.of("en.help", "Call {agency.fax}.")).build();
        assertThatThrownBy(() -> RENDERER.render(unknown)).hasMessageContaining("{agency.fax}");

        LetterRequest noEndDate = SampleLetters.sample(TemplateId.VALIDATION_NOTICE, LetterLanguage.EN).toBuilder()
                .dates(LetterDates.of(SampleLetters.LETTER_DATE)).build();
        assertThatThrownBy(() -> RENDERER.render(noEndDate)).isInstanceOf(LetterException.class)
                .hasMessageContaining("validation end date");
    }

    @Test
    void batchMakesOnePrintFileAndOneFilePerLetterAndReportsBlockedOnes() throws IOException {
        List<LetterRequest> letters = new ArrayList<>(SampleLetters.batch(TemplateId.DEMAND, LetterLanguage.EN_ZH, 120, 5));
        Recipient rare = letters.get(7).recipient();
        letters.set(7, letters.get(7).toBuilder().recipient(new Recipient(rare.name(), "吴頔", rare.address(),
                rare.country(), rare.preferred())).build());
        AtomicInteger progress = new AtomicInteger();
        LetterCheck check = r -> r.letterId().endsWith("-3")
                ? LetterCheck.Verdict.block("US-CEASE", "the debtor asked us to stop")
                : LetterCheck.Verdict.PASS;

        BatchResult result = RENDERER.renderBatch(letters, BatchOptions.both().withCheck(check)
                .withProgress((done, total) -> progress.accumulateAndGet(done, Math::max)));

        assertThat(result.cancelled()).isFalse();
        assertThat(result.skipped()).extracting(SkippedLetter::index, SkippedLetter::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "US-CEASE"),
                        org.assertj.core.groups.Tuple.tuple(7, SkippedLetter.FONT));
        assertThat(result.skipped().get(1).reason()).contains("頔");
        assertThat(progress.get()).isEqualTo(120);
        assertThat(result.letters()).hasSize(118);
        assertThat(result.letters().get(0).letterId()).isEqualTo(letters.get(0).letterId());
        assertThat(result.letters().get(2).letterId()).isEqualTo(letters.get(3).letterId());
        int pages = 0;
        for (RenderedLetter letter : result.letters()) {
            assertThat(letter.sha256()).isEqualTo(PdfWriter.sha256Hex(letter.pdf()));
            pages += letter.pages();
        }
        assertThat(result.printFilePages()).isEqualTo(pages);
        assertThat(result.printFileSha256()).isEqualTo(PdfWriter.sha256Hex(result.printFile()));
        try (PDDocument print = Loader.loadPDF(result.printFile())) {
            assertThat(print.getNumberOfPages()).isEqualTo(pages);
            assertThat(fonts(print)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(print)).contains(letters.get(3).debt().reference());
        }
        try (PDDocument one = Loader.loadPDF(result.letters().get(5).pdf())) {
            assertThat(text(one)).contains(letters.get(6).debt().reference())
                    .contains(letters.get(6).recipient().nativeName());
        }
    }

    @Test
    void separateLettersOfABatchEmbedValidFontsThatRenderTheirOwnText() throws IOException {
        List<LetterRequest> letters = SampleLetters.batch(TemplateId.CN_DEMAND, LetterLanguage.EN_ZH, 6, 11);
        BatchResult result = RENDERER.renderBatch(letters, BatchOptions.separateFilesOnly());
        assertThat(result.letters()).hasSize(6);
        for (int i = 0; i < 6; i++) {
            try (PDDocument doc = Loader.loadPDF(result.letters().get(i).pdf())) {
                for (PDFont font : fonts(doc)) {
                    org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid = (org.apache.pdfbox.pdmodel.font.PDCIDFontType2)
                            ((org.apache.pdfbox.pdmodel.font.PDType0Font) font).getDescendantFont();
                    org.apache.fontbox.ttf.TrueTypeFont ttf = cid.getTrueTypeFont();
                    assertThat(ttf.getNumberOfGlyphs()).isBetween(2, 2000);
                    assertThat(ttf.getGlyph().getGlyph(ttf.getNumberOfGlyphs() - 1)).isNotNull();
                }
                assertThat(text(doc)).contains(letters.get(i).recipient().nativeName(), "催收函");
                BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 30);
                assertThat(page.getWidth()).isGreaterThan(200);
            }
        }
    }

    @Test
    void batchStopsWhenCancelled() {
        List<LetterRequest> letters = SampleLetters.batch(TemplateId.PAID_IN_FULL, LetterLanguage.EN, 400, 9);
        AtomicInteger done = new AtomicInteger();
        BatchResult result = RENDERER.renderBatch(letters, BatchOptions.both()
                .withProgress((d, total) -> done.set(d))
                .withCancel(() -> done.get() >= 60));
        assertThat(result.cancelled()).isTrue();
        assertThat(result.printFile()).isNull();
        assertThat(result.letters().size()).isLessThan(400);
    }

    @Test
    void sameLetterGivesTheSameBytes() {
        LetterRequest request = SampleLetters.sample(TemplateId.PLAN_CONFIRMATION, LetterLanguage.EN_ZH);
        assertThat(RENDERER.render(request).sha256()).isEqualTo(RENDERER.render(request).sha256());
    }

    @Test
    void previewShowsThePages() {
        List<BufferedImage> pages = RENDERER.preview(SampleLetters.sample(TemplateId.DEMAND, LetterLanguage.ZH), 50);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).getWidth()).isBetween(424, 425);
    }

    @Test
    void oneBilingualDemandFitsOnePageWithinSixtyKilobytes() {
        for (LetterRequest request : SampleLetters.batch(TemplateId.DEMAND, LetterLanguage.EN_ZH, 16, 3)) {
            RenderedLetter letter = RENDERER.render(request);
            assertThat(letter.pages()).isEqualTo(1);
            assertThat(letter.pdf().length).isLessThanOrEqualTo(60 * 1024);
        }
    }

    @Test
    void pdffontsListsOnlyEmbeddedFonts(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("pdffonts"), "poppler-utils is not installed");
        for (LetterLanguage language : LetterLanguage.values()) {
            Path pdf = dir.resolve("letter-" + language.name() + ".pdf");
            Files.write(pdf, RENDERER.render(SampleLetters.sample(TemplateId.VALIDATION_NOTICE, language)).pdf());
            Process p = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            List<String> rows = out.lines().skip(2).toList();
            assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("CID TrueType")
                    .containsPattern("Identity-H\\s+yes\\s+yes\\s+yes"));
        }
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
