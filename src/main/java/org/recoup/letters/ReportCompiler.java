package org.recoup.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Build-time only: compiles every {@code .jrxml} of a folder into one {@code .jasper} per paper
 * size ({@code NAME-A4.jasper}, {@code NAME-LETTER.jasper}). Maven runs it at process-classes
 * (see pom.xml); the application loads the compiled reports and never compiles.
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    /** {@code ReportCompiler SOURCE_DIR TARGET_DIR}. */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler SOURCE_DIR TARGET_DIR");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> designs;
        try (Stream<Path> files = Files.list(source)) {
            designs = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path jrxml : designs) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", "");
            for (Paper paper : Paper.values()) {
                JasperDesign design = JRXmlLoader.load(jrxml.toFile());
                paper.applyTo(design);
                Path out = target.resolve(name + "-" + paper.name() + ".jasper");
                JasperCompileManager.compileReportToFile(design, out.toString());
                System.out.println("compiled " + jrxml + " -> " + out);
            }
        }
    }
}
