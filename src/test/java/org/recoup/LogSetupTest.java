package org.recoup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;

/** Logging is set up in code, found through Logback's service loader. */
class LogSetupTest {

    @Test
    void logsGoToStandardErrorAtWarnWithNoisyLibrariesQuieter() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
        assertThat(context.getLogger("org.hibernate.orm").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.recoup.store").getEffectiveLevel()).isEqualTo(Level.WARN);
    }
}
