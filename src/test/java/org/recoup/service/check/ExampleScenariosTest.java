package org.recoup.service.check;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared examples of SCENARIO-FORMAT.md (a copy), each checked as {@code recoup check} would. */
class ExampleScenariosTest {

    static Stream<String> examples() throws Exception {
        return ScenarioFiles.under("compliance/examples");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGivesItsExpectedVerdictCodesAndEarliestCompliant(String resource) throws Exception {
        ScenarioFiles.runAndCompare(resource);
    }
}
