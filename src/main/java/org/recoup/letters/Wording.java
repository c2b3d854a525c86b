package org.recoup.letters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.recoup.domain.Language;

/**
 * Text blocks: the named paragraphs of each template in each language, with {@code {placeholder}}
 * names from {@link Placeholders}. {@code {{} and {@code }}} write a literal brace.
 *
 * <p>Substitution is plain text replacement in one pass: a value is inserted as it is and never
 * scanned again, and no user text is ever evaluated. The default blocks are resources
 * ({@code org/recoup/letters/wording/TEMPLATE_LANG.txt}, plus {@code COMMON_LANG.txt}); the user's
 * overrides are passed in with each letter, keyed {@code "en.NAME"} or {@code "zh.NAME"}.
 */
public final class Wording {

    private static final Map<String, Map<String, String>> DEFAULTS = new ConcurrentHashMap<>();

    private Wording() {
    }

    /**
     * Checks a text: each unknown placeholder is a problem naming it, and so is each unbalanced
     * brace. An empty list means the text can be saved.
     */
    public static List<WordingProblem> validate(String text) {
        return validate(null, text);
    }

    /** As {@link #validate(String)}, the problems naming the block they are in. */
    public static List<WordingProblem> validate(String block, String text) {
        List<WordingProblem> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{') {
                if (i + 1 < n && text.charAt(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                int close = text.indexOf('}', i + 1);
                int nextOpen = text.indexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    problems.add(new WordingProblem(block, i, "unbalanced brace: '{' is not closed"));
                    i++;
                    continue;
                }
                String name = text.substring(i + 1, close).trim();
                if (name.isEmpty()) {
                    problems.add(new WordingProblem(block, i, "empty placeholder {}"));
                } else if (!Placeholders.isKnown(name)) {
                    problems.add(new WordingProblem(block, i, "unknown placeholder {" + name + "}"));
                }
                i = close + 1;
            } else if (c == '}') {
                if (i + 1 < n && text.charAt(i + 1) == '}') {
                    i += 2;
                    continue;
                }
                problems.add(new WordingProblem(block, i, "unbalanced brace: '}' without '{'"));
                i++;
            } else {
                i++;
            }
        }
        return problems;
    }

    /**
     * Checks a set of overrides for one template: each key must be {@code en.NAME} or
     * {@code zh.NAME} of a block that template has, and each text must validate.
     */
    public static List<WordingProblem> validateOverrides(TemplateId template, Map<String, String> overrides) {
        List<WordingProblem> problems = new ArrayList<>();
        overrides.forEach((key, text) -> {
            Language language = languageOfKey(key);
            String name = language == null ? null : key.substring(3);
            if (language == null || !defaults(template, language).containsKey(name)) {
                problems.add(new WordingProblem(key, 0, "unknown text block '" + key + "' for " + template
                        + "; known: " + blockKeys(template)));
            } else {
                problems.addAll(validate(key, text));
            }
        });
        return problems;
    }

    /** The keys ({@code en.NAME}, {@code zh.NAME}) of every block a template has. */
    public static List<String> blockKeys(TemplateId template) {
        List<String> keys = new ArrayList<>();
        for (Language language : Language.values()) {
            defaults(template, language).keySet().forEach(k -> keys.add(language.code() + "." + k));
        }
        return keys;
    }

    /**
     * Replaces each placeholder with its value, in one pass. A placeholder that is unknown, or has no
     * value, is an error naming it (a text that passed {@link #validate} has none of the first kind).
     */
    public static String fill(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{') {
                if (i + 1 < n && text.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int close = text.indexOf('}', i + 1);
                if (close < 0) {
                    throw new LetterException("unbalanced brace: '{' is not closed in \"" + text + "\"");
                }
                String name = text.substring(i + 1, close).trim();
                String value = values.get(name);
                if (value == null) {
                    throw new LetterException(Placeholders.isKnown(name)
                            ? "placeholder {" + name + "} has no value for this letter"
                            : "unknown placeholder {" + name + "}");
                }
                out.append(value);
                i = close + 1;
            } else if (c == '}' && i + 1 < n && text.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Makes a value safe to print: control characters other than line breaks and tabs are dropped. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean drop = Character.isISOControl(c) && c != '\n' && c != '\t';
            if (drop && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    /** The default blocks of a template in a language (common blocks included), by name. */
    public static Map<String, String> defaults(TemplateId template, Language language) {
        return DEFAULTS.computeIfAbsent(template.name() + "_" + language.code(), key -> {
            Map<String, String> blocks = new LinkedHashMap<>(load("COMMON_" + language.code()));
            blocks.putAll(load(key));
            return java.util.Collections.unmodifiableMap(blocks);
        });
    }

    /** The text of one block: the user's override when there is one, else the default. */
    static String block(TemplateId template, Language language, String name, Map<String, String> overrides) {
        String override = overrides.get(language.code() + "." + name);
        if (override != null) {
            return override;
        }
        String text = defaults(template, language).get(name);
        if (text == null) {
            throw new LetterException("template " + template + " has no text block '" + name + "' in " + language.code());
        }
        return text;
    }

    static Language languageOfKey(String key) {
        if (key != null && key.length() > 3 && key.charAt(2) == '.') {
            String code = key.substring(0, 2);
            for (Language l : Language.values()) {
                if (l.code().equals(code)) {
                    return l;
                }
            }
        }
        return null;
    }

    /**
     * Reads a block file: a line {@code [name]} starts a block, the lines after it are its text
     * (blank lines around it are dropped; inner line breaks are kept), {@code #} starts a comment line.
     */
    static Map<String, String> load(String resource) {
        String path = "wording/" + resource + ".txt";
        Map<String, String> blocks = new LinkedHashMap<>();
        try (InputStream in = Wording.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new LetterException("missing wording resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name = null;
            StringBuilder text = new StringBuilder();
            for (String line; (line = reader.readLine()) != null;) {
                if (line.startsWith("#")) {
                    continue;
                }
                String trimmed = line.strip();
                if (trimmed.startsWith("[") && trimmed.endsWith("]") && trimmed.length() > 2
                        && trimmed.indexOf(' ') < 0) {
                    if (name != null) {
                        blocks.put(name, text.toString().strip());
                    }
                    name = trimmed.substring(1, trimmed.length() - 1);
                    text.setLength(0);
                } else if (name != null) {
                    text.append(line.stripTrailing()).append('\n');
                }
            }
            if (name != null) {
                blocks.put(name, text.toString().strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocks;
    }
}
