package org.recoup.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recoup.domain.Language;

class WordingTest {

    @Test
    void unknownPlaceholderIsAnErrorNamingIt() {
        assertThat(Wording.validate("Dear {debtor.name}, you owe {debt.amount}."))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown placeholder {debt.amount}"));
    }

    @Test
    void unbalancedBracesAreErrors() {
        assertThat(Wording.validate("Dear {debtor.name, hello")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'{' is not closed"));
        assertThat(Wording.validate("Pay now} please")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'}' without '{'"));
        assertThat(Wording.validate("{}")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty placeholder"));
    }

    @Test
    void knownPlaceholdersAndEscapedBracesAreFine() {
        assertThat(Wording.validate("{debtor.name}: {{not a placeholder}} {debt.balance} {plan.schedule}")).isEmpty();
        assertThat(Wording.fill("{{x}} {debtor.name}", Map.of("debtor.name", "张堃"))).isEqualTo("{x} 张堃");
    }

    @Test
    void substitutionIsOnePassAndNeverEvaluatesValues() {
        String filled = Wording.fill("Dear {debtor.name}, {debt.balance}",
                Map.of("debtor.name", "{debt.balance} ${7*7} #{1+1}", "debt.balance", "$10.00"));
        assertThat(filled).isEqualTo("Dear {debt.balance} ${7*7} #{1+1}, $10.00");
    }

    @Test
    void fillingAnUnknownPlaceholderFailsNamingIt() {
        assertThatThrownBy(() -> Wording.fill("{nope}", Map.of())).hasMessageContaining("{nope}");
    }

    @Test
    void everyDefaultBlockOfEveryTemplateAndLanguageIsValid() {
        for (TemplateId template : TemplateId.values()) {
            for (Language language : Language.values()) {
                Map<String, String> blocks = Wording.defaults(template, language);
                assertThat(blocks).containsKeys("closing", "signature.name", "label.reference");
                blocks.forEach((name, text) -> assertThat(Wording.validate(name, text))
                        .as(template + " " + language + " " + name).isEmpty());
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameBlocks() {
        for (TemplateId template : TemplateId.values()) {
            assertThat(Wording.defaults(template, Language.ZH).keySet()).as(template.name())
                    .isEqualTo(Wording.defaults(template, Language.EN).keySet());
        }
    }

    @Test
    void overridesAreCheckedByBlockAndPlaceholder() {
        assertThat(Wording.validateOverrides(TemplateId.DEMAND, Map.of("en.intro", "We act for {client.name}.")))
                .isEmpty();
        assertThat(Wording.validateOverrides(TemplateId.DEMAND, Map.of("en.intro", "We act for {client}.")))
                .singleElement().satisfies(p -> {
                    assertThat(p.block()).isEqualTo("en.intro");
                    assertThat(p.message()).contains("{client}");
                });
        assertThat(Wording.validateOverrides(TemplateId.DEMAND, Map.of("fr.intro", "x", "en.nothing", "y")))
                .hasSize(2);
    }

    @Test
    void catalogueNamesThePlaceholdersOfTheIssue() {
        assertThat(Placeholders.names()).contains("debtor.name", "debtor.nativeName", "debt.reference",
                "debt.balance", "debt.currency", "client.name", "agency.name", "letter.date",
                "validation.endDate", "plan.schedule", "remedy.date");
    }
}
