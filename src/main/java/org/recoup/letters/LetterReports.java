package org.recoup.letters;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/** The compiled letter report, one per paper, loaded once (compiled at build time, never here). */
final class LetterReports {

    private static final Map<Paper, JasperReport> REPORTS = new EnumMap<>(Paper.class);

    private LetterReports() {
    }

    static synchronized JasperReport get(Paper paper) {
        return REPORTS.computeIfAbsent(paper, p -> {
            String resource = "reports/letter-" + p.name() + ".jasper";
            try (InputStream in = LetterReports.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new LetterException("compiled report " + resource + " is missing (built by ReportCompiler)");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new LetterException("cannot load " + resource, e);
            }
        });
    }
}
