package org.recoup.ui.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Frequency;
import org.recoup.domain.Language;
import org.recoup.domain.Money;
import org.recoup.domain.PlanKind;
import org.recoup.domain.PlanStatus;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PlanPreview;
import org.recoup.service.money.PlanRequest;
import org.recoup.ui.I18n;
import org.recoup.ui.money.PlanEditorViewModel.Choice;

class PlanEditorViewModelTest {

    private static final LocalDate JAN_31 = LocalDate.parse("2027-01-31");

    @TempDir
    Path dir;

    private MoneyUiFixture f;
    private MoneyService money;
    private long debt;
    private final MoneyTexts texts = new MoneyTexts(new I18n(Language.EN));
    private final MoneyUiFixture.Direct background = new MoneyUiFixture.Direct();
    private final MoneyUiFixture.Manual pause = new MoneyUiFixture.Manual();

    @BeforeEach
    void open() {
        f = new MoneyUiFixture(dir, "2027-01-15");
        money = f.workspace.money();
        debt = f.debt("U-1", "USD", "1000.00", "2026-06-01", null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private PlanEditorViewModel model() {
        return new PlanEditorViewModel(debt, money.balance(debt).owedWithAccrued(), f.today, texts, money, background, pause);
    }

    private static List<String> lines(PlanPreview preview) {
        return preview.lines().stream().map(l -> l.number() + " " + l.due() + " " + l.amount().toPlainString() + " "
                + l.balanceAfter().toPlainString()).toList();
    }

    @Test
    void startsFromTheWholeBalanceAndPreviewsItOnceTheUserPauses() {
        PlanEditorViewModel model = model();
        assertThat(model.totalProperty().get()).isEqualTo("1000.00");
        assertThat(model.previewProperty().get()).isNull();
        pause.flush();
        assertThat(model.previewProperty().get().lines()).hasSize(6);
        assertThat(model.canSaveBinding().get()).isTrue();
    }

    @Test
    void previewFollowsEveryEditAndAsksOnlyOnceForABurstOfEdits() {
        PlanEditorViewModel model = model();
        pause.flush();
        int before = background.calls.get();

        model.countProperty().set(4);
        model.countProperty().set(5);
        model.countProperty().set(3);
        model.startProperty().set(JAN_31);
        assertThat(pause.hasPending()).isTrue();
        assertThat(model.previewProperty().get().lines()).as("nothing asked before the pause").hasSize(6);
        pause.flush();

        assertThat(background.calls.get() - before).isEqualTo(1);
        PlanPreview expected = money.previewPlan(debt, PlanRequest.instalments(null, 3, Frequency.MONTHLY, JAN_31, true));
        assertThat(lines(model.previewProperty().get())).isEqualTo(lines(expected));
        assertThat(model.previewProperty().get().lines()).extracting(PlanPreview.Line::due)
                .containsExactly(JAN_31, LocalDate.parse("2027-02-28"), LocalDate.parse("2027-03-31"));
        assertThat(model.rows()).hasSize(4);
        assertThat(model.rows().get(3).totals()).isTrue();
        assertThat(model.rows().get(3).amount()).isEqualTo("$1,000.00");
        assertThat(model.rows().get(3).balanceAfter()).isEqualTo("$0.00");

        model.frequencyProperty().set(Frequency.WEEKLY);
        pause.flush();
        assertThat(model.previewProperty().get().lines()).extracting(PlanPreview.Line::due)
                .containsExactly(JAN_31, LocalDate.parse("2027-02-07"), LocalDate.parse("2027-02-14"));

        model.downPaymentProperty().set("100");
        pause.flush();
        assertThat(model.previewProperty().get().lines()).extracting(l -> l.number() + " " + l.amount().toPlainString())
                .containsExactly("0 100.00", "1 300.00", "2 300.00", "3 300.00");
        assertThat(model.rows().get(0).number()).isEqualTo("Down");
        assertThat(money.plans(debt)).as("a preview writes nothing").isEmpty();
    }

    @Test
    void anAnswerToAnOlderEditIsDropped() {
        List<Runnable> answers = new ArrayList<>();
        Background later = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                answers.add(() -> {
                    try {
                        onDone.accept(work.call());
                    } catch (Exception e) {
                        onError.accept(e);
                    }
                });
            }
        };
        PlanEditorViewModel model = new PlanEditorViewModel(debt, money.balance(debt).owedWithAccrued(), f.today, texts,
                money, later, Runnable::run);
        model.countProperty().set(2);
        model.countProperty().set(4);
        assertThat(model.previewingProperty().get()).isTrue();
        answers.get(answers.size() - 1).run();
        answers.get(answers.size() - 2).run();
        assertThat(model.previewProperty().get().lines()).hasSize(4);
        assertThat(model.previewingProperty().get()).isFalse();
    }

    @Test
    void fieldsAreCheckedAsTypedAndAWrongFieldHoldsThePreview() {
        PlanEditorViewModel model = model();
        model.totalProperty().set("1000.001");
        assertThat(model.totalErrorProperty().get()).isEqualTo("USD amounts have at most 2 decimals");
        model.totalProperty().set("1200");
        assertThat(model.totalErrorProperty().get()).isEqualTo("Cannot be more than the balance ($1,000.00)");
        pause.flush();
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.previewMessageProperty().get()).contains("once the fields are filled in correctly");
        assertThat(model.canSaveBinding().get()).isFalse();
        model.totalProperty().set("1000");
        model.countProperty().set(0);
        assertThat(model.countErrorProperty().get()).isEqualTo("From 1 to 1,200");
        model.countProperty().set(3);
        model.startProperty().set(f.today.minusDays(1));
        assertThat(model.startErrorProperty().get()).isEqualTo("Cannot be before today");
        model.startProperty().set(f.today);
        model.downPaymentProperty().set("1000");
        assertThat(model.downPaymentErrorProperty().get()).isEqualTo("Must be less than the total");
        model.downPaymentProperty().set("");
        pause.flush();
        assertThat(model.previewProperty().get()).isNotNull();
    }

    @Test
    void aSettlementMustComeBelowTheBalanceAndShowsWhatIsWrittenOff() {
        PlanEditorViewModel model = model();
        model.choiceProperty().set(Choice.SETTLEMENT_LUMP_SUM);
        assertThat(model.totalProperty().get()).as("the whole balance is no settlement").isEmpty();
        assertThat(model.totalErrorProperty().get()).startsWith("Enter the agreed settlement total");
        model.totalProperty().set("1000.00");
        assertThat(model.totalErrorProperty().get()).isEqualTo("A settlement must be below the balance ($1,000.00)");
        model.totalProperty().set("600");
        model.startProperty().set(JAN_31);
        pause.flush();

        PlanPreview preview = model.previewProperty().get();
        assertThat(preview.kind()).isEqualTo(PlanKind.SETTLEMENT);
        assertThat(preview.lines()).hasSize(1);
        assertThat(preview.discount().toPlainString()).isEqualTo("400.00");
        assertThat(model.showWrittenOffProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo(
                "Balance today $1,000.00 · settlement $600.00 · written off at the end $400.00");
        assertThat(model.request()).isEqualTo(new PlanRequest(PlanKind.SETTLEMENT, new java.math.BigDecimal("600"),
                null, 1, Frequency.MONTHLY, JAN_31, true));

        model.choiceProperty().set(Choice.SETTLEMENT_INSTALMENTS);
        model.countProperty().set(3);
        pause.flush();
        assertThat(model.previewProperty().get().lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("200.00", "200.00", "200.00");

        model.choiceProperty().set(Choice.INSTALMENTS);
        assertThat(model.totalProperty().get()).as("kept: below the balance is a valid instalment total").isEqualTo("600");
    }

    @Test
    void aPlanRunningPastTheLimitationDateSaysSoClearly() {
        long soon = f.debt("S-1", "USD", "500.00", "2024-04-20", 3);
        PlanEditorViewModel model = new PlanEditorViewModel(soon, Money.of("500.00", "USD"), f.today, texts, money,
                background, pause);
        model.countProperty().set(6);
        pause.flush();
        assertThat(model.runsPastLimitationProperty().get()).isTrue();
        assertThat(model.warnings()).singleElement().asString()
                .contains("20 Apr 2027").contains("limitation period runs out");
    }

    @Test
    void savingAgreesThePlanTheUserSaw() {
        PlanEditorViewModel model = model();
        model.countProperty().set(3);
        model.startProperty().set(JAN_31);
        pause.flush();
        PlanPreview seen = model.previewProperty().get();
        model.save();

        assertThat(model.agreementProperty().get()).isNotNull();
        var plan = money.plan(debt).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.instalments()).extracting(i -> i.due() + " " + i.amount().toPlainString())
                .containsExactlyElementsOf(seen.lines().stream().map(l -> l.due() + " " + l.amount().toPlainString()).toList());
        assertThat(model.canSaveBinding().get()).isFalse();
    }
}
