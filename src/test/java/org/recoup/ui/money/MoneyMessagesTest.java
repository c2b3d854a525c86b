package org.recoup.ui.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.recoup.domain.Bucket;
import org.recoup.domain.DayCount;
import org.recoup.domain.Frequency;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PlanStatus;
import org.recoup.service.money.LimitationView;
import org.recoup.service.money.MoneyWarning;

/** Every word the money tab builds from an enum or a warning code exists in English and in Chinese. */
class MoneyMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MoneyMessagesTest.class.getResourceAsStream("/org/recoup/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        add(keys, "money.method", PaymentMethod.values());
        add(keys, "money.entry", LedgerEntryType.values());
        add(keys, "money.bucket", Bucket.values());
        add(keys, "money.frequency", Frequency.values());
        add(keys, "money.dayCount", DayCount.values());
        add(keys, "money.planStatus", PlanStatus.values());
        add(keys, "money.instalment", InstalmentStates.Shown.values());
        add(keys, "money.plan.choice", PlanEditorViewModel.Choice.values());
        add(keys, "money.limitation.basis", LimitationView.StartBasis.values());
        for (LedgerActionViewModel.Action action : LedgerActionViewModel.Action.values()) {
            keys.add("money.action." + action.name() + ".title");
            keys.add("money.action." + action.name() + ".save");
        }
        for (Field field : MoneyWarning.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add(MoneyTexts.warningKey(new MoneyWarning((String) field.get(null), "")));
            }
        }
        return keys;
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + "." + value.name());
        }
    }

    @Test
    void everyEnumValueAndWarningCodeOfTheMoneyTabHasItsWordsInBothLanguages() throws Exception {
        List<String> keys = keys();
        assertThat(keys).contains("money.warning.limitation.expired", "money.warning.plan.pastLimitation");
        for (String bundle : new String[] {"messages.properties", "messages_zh.properties"}) {
            Properties words = load(bundle);
            for (String key : keys) {
                assertThat(words.getProperty(key)).as(bundle + ": " + key).isNotBlank();
            }
        }
    }
}
