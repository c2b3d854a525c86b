package org.recoup.letters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one sample PDF of every template in every language into a folder, for looking at them
 * (docs/letters/README.md says how the pictures there are made from these).
 */
public final class RenderSamples {

    private RenderSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/letters");
        Files.createDirectories(dir);
        LetterRenderer renderer = new LetterRenderer();
        for (TemplateId template : TemplateId.values()) {
            for (LetterLanguage language : LetterLanguage.values()) {
                RenderedLetter letter = renderer.render(SampleLetters.sample(template, language));
                String name = template.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                        + language.code().replace('+', '-') + ".pdf";
                Files.write(dir.resolve(name), letter.pdf());
                System.out.printf("%s  %d page(s)  %,d bytes%n", name, letter.pages(), letter.pdf().length);
            }
        }
    }
}
