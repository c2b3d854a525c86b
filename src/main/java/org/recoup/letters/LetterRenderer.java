package org.recoup.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Produces letters as PDF: one at a time, as page images for a preview, or in batches (one
 * print-ready PDF of all letters and/or one PDF per letter, each with its SHA-256).
 *
 * <p>The compiled report is loaded once; a batch fills many letters as one report (a letter per
 * group, chunk by chunk) and writes the PDFs with PDFBox, on as many threads as the renderer was
 * given. Thread-safe: one renderer may serve the whole application.
 */
public final class LetterRenderer {

    /** Letters filled together as one report in a batch. */
    static final int CHUNK = 50;

    private final int threads;

    /** A renderer using every processor for batches. */
    public LetterRenderer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public LetterRenderer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /**
     * One letter as a PDF.
     *
     * @throws LetterException when the request lacks what its template needs, a text block is wrong,
     *                         or the text has a character the font cannot print
     */
    public RenderedLetter render(LetterRequest request) {
        ComposedLetter letter = prepare(request);
        Paper paper = request.effectivePaper();
        JasperPrint print = fill(paper, List.of(letter), () -> false);
        PdfWriter writer = new PdfWriter();
        writer.addPages(print, 0, print.getPages().size());
        return finish(letter, paper, writer);
    }

    /** The pages of a letter as images, for a preview (rendered from the PDF it would print). */
    public List<BufferedImage> preview(LetterRequest request, float dpi) {
        return pages(render(request).pdf(), dpi);
    }

    /**
     * Checks whether a letter can be produced (without producing it): the request has what its
     * template needs, its text blocks are right and the font has every character.
     *
     * @return null when it can, else why not
     */
    public static SkippedLetter problem(int index, LetterRequest request) {
        try {
            prepare(request);
            return null;
        } catch (FontException e) {
            return new SkippedLetter(index, request.letterId(), SkippedLetter.FONT, e.getMessage());
        } catch (LetterException e) {
            return new SkippedLetter(index, request.letterId(), SkippedLetter.DATA, e.getMessage());
        }
    }

    /**
     * Produces a batch. Each letter is first put to {@code options.check()}; blocked letters, and
     * letters that cannot be produced, are reported in {@link BatchResult#skipped()} and left out.
     */
    public BatchResult renderBatch(List<LetterRequest> requests, BatchOptions options) {
        return renderBatch(requests, options, null);
    }

    /**
     * Produces a batch whose pages go to {@code printFile} (when not null) rather than to a print
     * file of its own: {@link BatchResult#printFile()} is then null, and the caller finishes
     * {@code printFile} after its last batch.
     *
     * <p>When the batch is cancelled (or the calling thread interrupted), it stops between letters:
     * the result then holds exactly the letters whose pages were added to the print file (whole
     * groups of letters, in batch order), and the skipped letters of those groups; letters after
     * them are neither produced nor reported.
     */
    public BatchResult renderBatch(List<LetterRequest> requests, BatchOptions options, PrintFile printFile) {
        int total = requests.size();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        BooleanSupplier stop = () -> {
            if (!cancelled.get() && options.cancelled().getAsBoolean()) {
                cancelled.set(true);
            }
            return cancelled.get();
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "recoup-letters");
            t.setDaemon(true);
            return t;
        });
        List<RenderedLetter> letters = new ArrayList<>();
        List<SkippedLetter> skipped = new ArrayList<>();
        PrintFile own = printFile == null && options.printFile() ? new PrintFile("Recoup letters") : null;
        PrintFile print = printFile != null ? printFile : own;
        try {
            List<Future<Chunk>> futures = new ArrayList<>();
            for (int from = 0; from < total; from += CHUNK) {
                int start = from;
                int end = Math.min(total, from + CHUNK);
                futures.add(pool.submit(() -> chunk(requests, start, end, options, stop, done, total)));
            }
            for (Future<Chunk> future : futures) {
                Chunk chunk = get(future, cancelled);
                if (chunk == null || chunk.cancelled) {
                    cancelled.set(true);
                    break;
                }
                skipped.addAll(chunk.skipped);
                letters.addAll(chunk.letters);
                if (print != null) {
                    for (Run run : chunk.runs) {
                        print.append(run.print, run.letters);
                    }
                }
                if (stop.getAsBoolean()) {
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        byte[] printBytes = null;
        String printSha = null;
        int printPages = 0;
        if (own != null && !cancelled.get()) {
            PrintFile.Result result = own.finish();
            if (result != null) {
                printBytes = result.pdf();
                printSha = result.sha256();
                printPages = result.pages();
            }
        }
        return new BatchResult(printBytes, printSha, printPages, List.copyOf(letters), List.copyOf(skipped),
                cancelled.get());
    }

    /**
     * The pages of a PDF (a letter produced before, say) as images, for showing or printing it.
     *
     * @throws LetterException when the bytes are not a readable PDF
     */
    public static List<BufferedImage> pages(byte[] pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new LetterException("cannot read the PDF: " + e.getMessage(), e);
        }
    }

    private Chunk chunk(List<LetterRequest> requests, int from, int to, BatchOptions options, BooleanSupplier stop,
            AtomicInteger done, int total) {
        Chunk chunk = new Chunk();
        List<ComposedLetter> composed = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (stop.getAsBoolean()) {
                chunk.cancelled = true;
                return chunk;
            }
            LetterRequest request = requests.get(i);
            LetterCheck.Verdict verdict = options.check().check(request);
            if (verdict != null && verdict.blocked()) {
                chunk.skipped.add(new SkippedLetter(i, request.letterId(), verdict.rule(), verdict.reason()));
                options.progress().update(done.incrementAndGet(), total);
                continue;
            }
            try {
                composed.add(prepare(request));
            } catch (FontException e) {
                chunk.skipped.add(new SkippedLetter(i, request.letterId(), SkippedLetter.FONT, e.getMessage()));
                options.progress().update(done.incrementAndGet(), total);
            } catch (LetterException e) {
                chunk.skipped.add(new SkippedLetter(i, request.letterId(), SkippedLetter.DATA, e.getMessage()));
                options.progress().update(done.incrementAndGet(), total);
            }
        }
        // runs of consecutive letters on the same paper: one report each
        int start = 0;
        while (start < composed.size()) {
            Paper paper = composed.get(start).request().effectivePaper();
            int end = start + 1;
            while (end < composed.size() && composed.get(end).request().effectivePaper() == paper) {
                end++;
            }
            List<ComposedLetter> run = composed.subList(start, end);
            JasperPrint print;
            try {
                print = fill(paper, run, stop);
            } catch (CancelledException e) {
                chunk.cancelled = true;
                return chunk;
            }
            chunk.runs.add(new Run(print, run));
            int[] starts = letterStarts(print, run.size());
            FontProgram.Shared[] shared = null;
            if (options.separateFiles() && run.size() > 1) {
                // the glyphs the first two letters have in common: compressed once, embedded in each
                int end2 = run.size() > 2 ? starts[2] : print.getPages().size();
                shared = PdfWriter.share(print, new int[] {starts[0], starts[1]}, new int[] {starts[1], end2});
            }
            for (int k = 0; k < run.size(); k++) {
                if (options.separateFiles()) {
                    if (stop.getAsBoolean()) {
                        chunk.cancelled = true;
                        return chunk;
                    }
                    PdfWriter writer = new PdfWriter(Deflater.BEST_SPEED, shared);
                    int last = k + 1 < run.size() ? starts[k + 1] : print.getPages().size();
                    writer.addPages(print, starts[k], last);
                    chunk.letters.add(finish(run.get(k), paper, writer));
                }
                options.progress().update(done.incrementAndGet(), total);
            }
            start = end;
        }
        return chunk;
    }

    private static RenderedLetter finish(ComposedLetter letter, Paper paper, PdfWriter writer) {
        LetterRequest r = letter.request();
        int pages = writer.pageCount();
        byte[] pdf = writer.finish(r.template() + " " + r.letterId(), r.letterId());
        return new RenderedLetter(r.letterId(), r.template(), r.effectiveLanguage(), paper, pdf,
                PdfWriter.sha256Hex(pdf), pages);
    }

    /** The index of the first page of each letter (the pages that carry the letter marker). */
    static int[] letterStarts(JasperPrint print, int letters) {
        int[] starts = new int[letters];
        int found = 0;
        List<JRPrintPage> pages = print.getPages();
        for (int p = 0; p < pages.size() && found < letters; p++) {
            for (JRPrintElement e : pages.get(p).getElements()) {
                if (PdfWriter.LETTER_MARKER.equals(e.getKey())) {
                    starts[found++] = p;
                    break;
                }
            }
        }
        if (found != letters) {
            throw new LetterException("expected " + letters + " letters in the filled report, found " + found);
        }
        return starts;
    }

    static ComposedLetter prepare(LetterRequest request) {
        List<WordingProblem> problems = Wording.validateOverrides(request.template(), request.wording());
        if (!problems.isEmpty()) {
            throw new LetterException("letter " + request.letterId() + ": " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        ComposedLetter letter = LetterComposer.compose(request);
        List<String> missing = LetterFont.missing(letter.allText());
        if (!missing.isEmpty()) {
            throw new FontException("letter " + request.letterId() + " has characters the letter font cannot print: "
                    + String.join(", ", missing));
        }
        return letter;
    }

    private static JasperPrint fill(Paper paper, List<ComposedLetter> letters, BooleanSupplier stop) {
        try {
            return JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(LetterReports.get(paper), new HashMap<>(), new LetterSource(letters, 1, stop));
        } catch (LetterSource.Cancelled e) {
            throw new CancelledException();
        } catch (JRException e) {
            if (e.getCause() instanceof LetterSource.Cancelled || stop.getAsBoolean()) {
                throw new CancelledException();
            }
            throw new LetterException("cannot fill the letter report: " + e.getMessage(), e);
        }
    }

    /** The chunk's result; null when the calling thread was interrupted (the batch is then cancelled). */
    private static Chunk get(Future<Chunk> future, AtomicBoolean cancelled) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            cancelled.set(true);
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new LetterException("letter batch failed: " + cause, cause);
        }
    }

    /** A character the font lacks. */
    static final class FontException extends LetterException {
        private static final long serialVersionUID = 1L;

        FontException(String message) {
            super(message);
        }
    }

    private static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private record Run(JasperPrint print, List<ComposedLetter> letters) {
    }

    private static final class Chunk {
        final List<Run> runs = new ArrayList<>();
        final List<RenderedLetter> letters = new ArrayList<>();
        final List<SkippedLetter> skipped = new ArrayList<>();
        boolean cancelled;
    }
}
