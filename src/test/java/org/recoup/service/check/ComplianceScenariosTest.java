package org.recoup.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's own scenarios, grouped by rule in compliance/scenarios/RULE/, each pinning a rule
 * at a boundary or an exception. Expected values are worked out by hand from RULES.md.
 */
class ComplianceScenariosTest {

    static Stream<String> scenarios() throws Exception {
        return ScenarioFiles.under("compliance/scenarios");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioGivesItsExpectedVerdictCodesAndEarliestCompliant(String resource) throws Exception {
        ScenarioFiles.runAndCompare(resource);
    }

    @Test
    void thereAreAtLeastEightyScenarios() throws Exception {
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(80);
    }
}
