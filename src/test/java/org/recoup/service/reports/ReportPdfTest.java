package org.recoup.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recoup.domain.Language;
import org.recoup.domain.ValidationException;
import org.recoup.service.Progress;

/** Each PDF report renders, embeds its fonts, and says the figures of {@link ReportFixture} in both languages. */
class ReportPdfTest {

    @TempDir
    static Path dir;

    static ReportFixture fixture;

    @BeforeAll
    static void build() throws Exception {
        fixture = new ReportFixture(dir);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static String render(ReportKind kind, Long client, Language language) throws IOException {
        byte[] pdf = fixture.reports.pdf(kind, client, ReportFixture.PERIOD, language);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("NotoSansSC");
            });
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void portfolioSummaryShowsOutstandingAgingRecoveryAndClientsByName() throws IOException {
        String text = render(ReportKind.PORTFOLIO, null, Language.EN);
        assertThat(text).contains("Portfolio summary", "All clients", "As of 2026-06-15", "Page 1 of",
                "Acme Bank", "华夏消费金融",
                "USD 2,285.00", "CNY 10,400.00",       // outstanding
                "1,050.10", "3,700.00", "28.4%",        // collected, placed, recovery (USD)
                "14,400.00", "21.5%",                   // placed, recovery (CNY)
                "1,150.00", "710.00", "2,800.00",       // aging
                "750.10",                               // collected in June (USD)
                "2 of 3 decided (66.7%)",               // promises kept
                "US-TIME-1", "CN-TIME-1");
    }

    @Test
    void portfolioSummaryOfOneClientInChinese() throws IOException {
        String text = render(ReportKind.PORTFOLIO, ReportFixture.HUAXIA, Language.ZH);
        assertThat(text).contains("资产组合概要", "委托方：华夏消费金融", "CNY 10,400.00", "21.5%", "第 1 页")
                .doesNotContain("Acme Bank", "2,285.00");
    }

    @Test
    void activityListsPaymentsReversalsContactsAndChangesOfStatus() throws IOException {
        String text = render(ReportKind.ACTIVITY, null, Language.EN);
        assertThat(text).contains("Activity", "Period: 2026-06-01 to 2026-06-14",
                "Zhang Wei 张伟", "USD 200.00", "USD -50.00", "USD 600.10", "CNY 3,000.00",
                "Reversal", "Total USD", "USD 750.10",
                "同意月底还款", "Conversation",            // the contact
                "On a plan Settled", "settlement 7 completed")  // the change of status
                .doesNotContain("USD 100.00");          // debt 3's payment was in April
    }

    @Test
    void complianceLogHasEveryBlockAndEveryOverrideWithItsReason() throws IOException {
        String text = render(ReportKind.COMPLIANCE, null, Language.EN);
        assertThat(text).contains("Compliance log", "US-TIME-1\nUS-FREQ-1", "Calls are allowed from 08:00 to 21:00",
                "Override reason: Debtor asked to be called at 22:00", "Override reason: Agreed callback 张伟的律师",
                "Overridden", "Blocked", "Bob Stone")
                .doesNotContain("Too late.");            // line 4 is before the period
    }

    @Test
    void complianceLogInChinese() throws IOException {
        String text = render(ReportKind.COMPLIANCE, ReportFixture.HUAXIA, Language.ZH);
        assertThat(text).contains("合规记录", "强制执行原因：Debtor asked to be called at 22:00", "张伟的律师")
                .doesNotContain("Calls are allowed from 08:00 to 21:00"); // line 1 is about Acme's debt only
    }

    @Test
    void clientStatementShowsCollectedCommissionAndDueToTheClient() throws IOException {
        String text = render(ReportKind.STATEMENT, ReportFixture.ACME, Language.EN);
        assertThat(text).contains("Client statement", "Client: Acme Bank", "25%", "800.10", "-50.00", "750.10",
                "Commission at 25%", "187.52", "562.58", "Zhang Wei 张伟")
                .doesNotContain("3,000.00");             // 华夏's payment
        String chinese = render(ReportKind.STATEMENT, ReportFixture.HUAXIA, Language.ZH);
        assertThat(chinese).contains("委托方对账单", "华夏消费金融", "未设置", "3,000.00", "应付委托方");
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void everyReportRendersInBothLanguagesForOneClient(ReportKind kind) throws IOException {
        for (Language language : Language.values()) {
            assertThat(render(kind, ReportFixture.ACME, language)).contains("Acme Bank");
        }
    }

    @Test
    void theAgencysLetterheadNameHeadsEveryReport() throws Exception {
        try (ReportFixture own = new ReportFixture(dir)) {
            own.db.write(s -> {
                s.letterSettings().saveLetterhead(new org.recoup.store.LetterSettings.LetterheadRow("Northgate Recoveries Ltd",
                        "北门催收", null, null, null, null, null, "Jane Doe", null, null, null, null,
                        java.time.Instant.parse("2026-06-01T09:00:00Z")));
                return null;
            });
            byte[] pdf = own.reports.pdf(ReportKind.STATEMENT, ReportFixture.ACME, ReportFixture.PERIOD, Language.EN);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Northgate Recoveries Ltd 北门催收", "Client statement");
            }
        }
        assertThat(render(ReportKind.STATEMENT, ReportFixture.ACME, Language.EN)).doesNotContain("Northgate");
    }

    @Test
    void aStatementNeedsAClient() {
        assertThatThrownBy(() -> fixture.reports.pdf(ReportKind.STATEMENT, null, ReportFixture.PERIOD, Language.EN))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aCancelledReportStops() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> fixture.reports.pdf(ReportKind.ACTIVITY, null, ReportFixture.PERIOD, Language.EN, cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void bothLanguagesHaveTheSameWords() throws IOException {
        Properties en = load("report.properties");
        Properties zh = load("report_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allSatisfy(key -> assertThat(zh.getProperty(key))
                .as(key).matches(v -> v.isEmpty() || !v.equals(en.getProperty(key)) || v.matches("[-–0-9 +{}A-Z]*")));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = ReportPdfTest.class.getResourceAsStream("/org/recoup/service/reports/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void paperFollowsTheCountry() {
        assertThat(org.recoup.reports.ReportPaper.forCountry("US")).isEqualTo(org.recoup.reports.ReportPaper.LETTER);
        assertThat(org.recoup.reports.ReportPaper.forCountry(Locale.CHINA.getCountry()))
                .isEqualTo(org.recoup.reports.ReportPaper.A4);
        assertThat(org.recoup.reports.ReportPaper.forCountry(null)).isEqualTo(org.recoup.reports.ReportPaper.A4);
    }
}
