package org.recoup.service.bench;

import java.util.List;
import java.util.Map;

import org.recoup.letters.LetterRenderer;
import org.recoup.letters.LetterRequest;
import org.recoup.letters.RenderedLetter;

/**
 * {@code letters.size}: the size in bytes of a one-page en+zh letter as its own PDF: the largest of
 * 100 different letters (each embeds the subset of the font it uses).
 */
public final class LettersSize implements Benchmark {

    @Override
    public List<String> figures() {
        return List.of("letters.size");
    }

    @Override
    public Map<String, Number> run(BenchContext context) {
        LetterRenderer renderer = LetterBench.renderer();
        List<LetterRequest> letters = LetterBench.letters().subList(0, 100);
        long largest = 0;
        long total = 0;
        for (LetterRequest letter : letters) {
            RenderedLetter pdf = renderer.render(letter);
            if (pdf.pages() != 1) {
                throw new IllegalStateException(letter.letterId() + " has " + pdf.pages() + " pages, expected 1");
            }
            largest = Math.max(largest, pdf.pdf().length);
            total += pdf.pdf().length;
        }
        context.say(String.format("letters.size: %d letters, largest %d bytes, average %d bytes",
                letters.size(), largest, total / letters.size()));
        return Map.of("letters.size", largest);
    }
}
