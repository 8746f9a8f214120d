package org.residencedesk.service.backup;

import java.nio.file.Path;
import org.residencedesk.port.DatabaseBackups.Problem;
import org.residencedesk.service.Problems;

/**
 * A backup was not written, or a folder is not a usable backup; {@link #getMessage()} says why in Chinese
 * (bundle keys {@code backup.problem.<PROBLEM>}) and names the folder. Nothing half-written is left complete.
 */
public final class BackupFailed extends Exception {
    private static final long serialVersionUID = 1L;
    private final Problem problem;

    public BackupFailed(Problem problem, Path folder, Throwable cause) {
        super(Problems.message("backup.problem." + problem.name(), folder), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
