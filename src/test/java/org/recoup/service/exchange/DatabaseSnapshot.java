package org.recoup.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.recoup.domain.view.DebtorFilter;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;

/** Everything a workspace holds, as text, to tell whether anything changed. */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    static List<String> of(Workspace workspace, Path scratch) throws Exception {
        List<String> lines = new ArrayList<>();
        workspace.clients().all().forEach(c -> lines.add("client " + c));
        for (ExportService.What what : ExportService.What.values()) {
            Path file = scratch.resolve("snapshot-" + what.key() + "-" + System.nanoTime() + ".csv");
            workspace.exports().export(DebtorFilter.ALL, what, ExportService.Format.CSV, file, Progress.NONE);
            lines.addAll(Files.readAllLines(file));
            Files.delete(file);
        }
        lines.add("debts " + workspace.debtCount());
        lines.addAll(workspace.integrityProblems());
        return lines;
    }
}
