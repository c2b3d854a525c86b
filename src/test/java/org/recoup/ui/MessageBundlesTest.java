package org.recoup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.domain.view.SearchHit;
import org.recoup.ui.debtors.DebtorListViewModel;

/** Every word of the window exists in English and in Simplified Chinese. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/recoup/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndChineseBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load("messages_zh.properties").stringPropertyNames());
        assertThat(chinese).as("keys missing from messages_zh.properties")
                .containsAll(english);
        assertThat(english).as("keys missing from messages.properties")
                .containsAll(chinese);
    }

    @Test
    void chineseBundleIsActuallyTranslated() throws IOException {
        Properties chinese = load("messages_zh.properties");
        long withHanzi = chinese.stringPropertyNames().stream()
                .filter(k -> chinese.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withHanzi).isGreaterThan(chinese.size() * 9L / 10);
    }

    @Test
    void everyKeyTheWindowNamesLiterallyExists() throws IOException {
        Properties english = load("messages.properties");
        Pattern literal = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.]+)\"[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/recoup/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefixOfEnumKeys = english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                    if (!english.containsKey(key) && !prefixOfEnumKeys) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumValueShownInTheWindowHasItsWords() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_zh.properties"}) {
            Properties words = load(bundle);
            assertKeys(words, bundle, "status", DebtStatus.values());
            assertKeys(words, bundle, "debtor.kind", DebtorKind.values());
            assertKeys(words, bundle, "language", Language.values());
            assertKeys(words, bundle, "phoneType", PhoneType.values());
            assertKeys(words, bundle, "product", Product.values());
            assertKeys(words, bundle, "channel", Channel.values());
            assertKeys(words, bundle, "outcome", ContactOutcome.values());
            assertKeys(words, bundle, "search.match", SearchHit.Match.values());
            assertKeys(words, bundle, "debtors.filter.contact", DebtorListViewModel.ContactAge.values());
        }
    }

    private static void assertKeys(Properties words, String bundle, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertThat(words.getProperty(prefix + "." + value.name())).as(bundle + ": " + prefix + "." + value.name())
                    .isNotBlank();
        }
    }

    @Test
    void i18nFillsArgumentsInTheChosenLanguage() {
        assertThat(new I18n(Language.EN).t("debtors.count", 12345)).isEqualTo("12,345 debtors");
        assertThat(new I18n(Language.ZH).t("debtors.count", 3)).isEqualTo("3 位债务人");
        assertThat(new I18n(Language.ZH).t("status", DebtStatus.DISPUTED)).isEqualTo("有异议");
    }
}
