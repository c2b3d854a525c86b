package org.recoup.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Scenario files with an {@code expect} object, run through the same path as {@code recoup check}. */
final class ScenarioFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScenarioFiles() {
    }

    /** Every .json file under a test-resource folder, as paths relative to it, sorted. */
    static Stream<String> under(String folder) throws IOException, URISyntaxException {
        Path root = Path.of(ScenarioFiles.class.getResource("/" + folder).toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".json"))
                    .forEach(p -> names.add(folder + "/" + root.relativize(p).toString().replace('\\', '/')));
        }
        names.sort(null);
        return names.stream();
    }

    static String read(String resource) throws IOException, URISyntaxException {
        return Files.readString(Path.of(ScenarioFiles.class.getResource("/" + resource).toURI()), StandardCharsets.UTF_8);
    }

    /** Runs the scenario through {@link ScenarioCheck#check} and compares with its {@code expect}. */
    static void runAndCompare(String resource) throws Exception {
        String json = read(resource);
        JsonNode expect = MAPPER.readTree(json).get("expect");
        assertThat(expect).as("%s has an expect object", resource).isNotNull();
        JsonNode out = MAPPER.readTree(ScenarioCheck.check(json));

        assertThat(out.get("verdict").asText()).as("%s verdict; got %s", resource, out).isEqualTo(expect.get("verdict").asText());
        Set<String> codes = new TreeSet<>();
        out.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        Set<String> expectedCodes = new TreeSet<>();
        expect.get("codes").forEach(c -> expectedCodes.add(c.asText()));
        assertThat(codes).as("%s codes; got %s", resource, out).isEqualTo(expectedCodes);

        out.get("findings").forEach(f -> {
            assertThat(f.get("message").asText()).as("%s: English message", resource).isNotBlank();
            assertThat(f.get("messageZh").asText()).as("%s: Chinese message", resource).containsPattern("\\p{IsHan}");
            assertThat(f.get("citation").asText()).as("%s: citation", resource).isNotBlank();
        });
        Set<String> earliest = new TreeSet<>();
        out.get("findings").forEach(f -> {
            boolean timed = Set.of("INCONVENIENT_TIME", "CALL_FREQUENCY", "CONVERSATION_COOLDOWN").contains(f.get("code").asText());
            if (f.has("earliestCompliant")) {
                assertThat(timed).as("%s: earliestCompliant only on time and frequency findings", resource).isTrue();
                earliest.add(f.get("earliestCompliant").asText());
            }
        });
        if (expect.has("earliestCompliant")) {
            JsonNode e = expect.get("earliestCompliant");
            if (e.isNull()) {
                assertThat(earliest).as("%s: no earliestCompliant; got %s", resource, out).isEmpty();
            } else {
                assertThat(earliest).as("%s earliestCompliant; got %s", resource, out).containsExactly(e.asText());
                out.get("findings").forEach(f -> {
                    boolean timed = Set.of("INCONVENIENT_TIME", "CALL_FREQUENCY", "CONVERSATION_COOLDOWN").contains(f.get("code").asText());
                    assertThat(f.has("earliestCompliant")).as("%s: every time or frequency finding carries it", resource).isEqualTo(timed);
                });
            }
        }
    }
}
