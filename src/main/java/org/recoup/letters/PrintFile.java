package org.recoup.letters;

/**
 * One print-ready PDF built up over several batches ({@link LetterRenderer#renderBatch(java.util.List,
 * BatchOptions, PrintFile)}): a caller that produces thousands of letters slice by slice (to store
 * each slice as it is made) still gets a single file, with one font subset for all its pages.
 * Not thread-safe: one caller appends, batch after batch, then {@link #finish()}es it.
 */
public final class PrintFile {

    private final String title;
    private final PdfWriter writer = new PdfWriter();
    private final StringBuilder ids = new StringBuilder();
    private int letters;
    private boolean finished;

    /** @param title the document title (e.g. "Recoup letters DEMAND 2026-11-16") */
    public PrintFile(String title) {
        this.title = title == null || title.isBlank() ? "Recoup letters" : title;
    }

    /** The finished file. */
    public record Result(byte[] pdf, String sha256, int pages, int letters) {
    }

    synchronized void append(net.sf.jasperreports.engine.JasperPrint print, java.util.List<ComposedLetter> run) {
        if (finished) {
            throw new IllegalStateException("the print file is finished");
        }
        writer.addPages(print, 0, print.getPages().size());
        for (ComposedLetter letter : run) {
            ids.append(letter.request().letterId()).append('\n');
            letters++;
        }
    }

    /** Pages added so far. */
    public synchronized int pages() {
        return writer.pageCount();
    }

    /** Letters added so far. */
    public synchronized int letters() {
        return letters;
    }

    /** Writes the file; null when no page was added. May be called once. */
    public synchronized Result finish() {
        if (finished) {
            throw new IllegalStateException("the print file is finished");
        }
        finished = true;
        if (writer.pageCount() == 0) {
            return null;
        }
        int pages = writer.pageCount();
        byte[] pdf = writer.finish(title, ids.toString());
        return new Result(pdf, PdfWriter.sha256Hex(pdf), pages, letters);
    }
}
