package org.residencedesk.port;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Spreadsheets of collected rows (社会化采集): reads CSV and XLSX row by row without holding the file, and writes
 * the XLSX template. Which file is which is told by its content, not its name.
 */
public interface CollectionFiles {
    /** Receives one row: its number as a spreadsheet shows it (the first row is 1) and its cells as text. */
    @FunctionalInterface
    interface RowVisitor {
        void row(int rowNumber, List<String> cells);
    }

    /**
     * Streams the rows of a CSV file (UTF-8 with or without byte-order mark, or GB18030 as Excel saves it on a
     * Chinese PC) or the first sheet of an XLSX workbook. Dates in XLSX cells come as ISO text.
     *
     * @return rows read
     * @throws Unreadable the file is missing, unreadable, neither CSV nor XLSX, or damaged
     */
    long read(Path file, RowVisitor visitor) throws Unreadable;

    /** Writes the template workbook to {@code out} (left open). */
    void writeTemplate(Template template, OutputStream out) throws IOException;

    /** Why a collection file could not be read. */
    enum Problem { MISSING, NOT_READABLE, NOT_A_SPREADSHEET, DAMAGED }

    final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        public Unreadable(Problem problem, Throwable cause) {
            super(problem.name(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * One template workbook: a data sheet with the Chinese headers, a hidden row of column ids under them and one
     * example row, and a sheet of code lists.
     *
     * @param labels   the header cells (Chinese)
     * @param ids      the column ids, one per label (the hidden second row)
     * @param helps    a comment per header cell (blank: none)
     * @param example  the example row, one cell per column
     * @param codeRows the code-list sheet's rows below its header: field label, code, name
     */
    record Template(String dataSheet, List<String> labels, List<String> ids, List<String> helps,
                    List<String> example, String codeSheet, List<String> codeHeader, List<List<String>> codeRows) {
    }
}
