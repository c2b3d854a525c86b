package org.recoup.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Writes a {@link ReportDocument} as PDF: one fill of the compiled report design and JasperReports'
 * PDF exporter, with the "Recoup Sans" font embedded (Identity-H, from the font extension).
 * Reports are few and their speed matters little; this favours the standard path over speed.
 */
public final class ReportPdf {

    private static final Map<ReportPaper, JasperReport> DESIGNS = new EnumMap<>(ReportPaper.class);

    private ReportPdf() {
    }

    /** The PDF of {@code document} on {@code paper}. */
    public static byte[] render(ReportDocument document, ReportPaper paper) {
        return render(document, paper, () -> false);
    }

    /**
     * The same, stopping with a {@link java.util.concurrent.CancellationException} soon after
     * {@code cancelled} says so (it is asked before each line is laid out).
     */
    public static byte[] render(ReportDocument document, ReportPaper paper, BooleanSupplier cancelled) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reportTitle", document.title());
        parameters.put("subtitle", document.subtitle());
        parameters.put("agency", document.agency());
        parameters.put("generated", document.generated());
        parameters.put("footerText", document.footer());
        parameters.put("pageBefore", document.pageWords().get(0));
        parameters.put("pageAfter", document.pageWords().get(1));
        parameters.put("totalBefore", document.pageWords().get(2));
        parameters.put("totalAfter", document.pageWords().get(3));
        try {
            JasperPrint print = JasperFillManager.fillReport(design(paper), parameters, new ReportSource(document.sections(), cancelled));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(document.title());
            configuration.setMetadataSubject(document.subtitle());
            configuration.setMetadataAuthor(document.agency() != null ? document.agency() : "Recoup");
            configuration.setMetadataCreator("Recoup");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new ReportException("cannot write the report '" + document.title() + "': " + e.getMessage(), e);
        }
    }

    private static synchronized JasperReport design(ReportPaper paper) {
        return DESIGNS.computeIfAbsent(paper, p -> {
            String resource = "designs/report-" + p.name() + ".jasper";
            try (InputStream in = ReportPdf.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ReportException("compiled report design " + resource + " is missing (built by ReportCompiler)");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new ReportException("cannot load " + resource, e);
            }
        });
    }
}
