package org.residencedesk.reliability;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.CommandLines;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.collection.CollectedPeople;
import org.residencedesk.service.collection.CollectionFileRefused;
import org.residencedesk.service.collection.ImportResult;
import org.residencedesk.service.collection.RegisterRows;
import org.residencedesk.service.registration.ActiveRegistrationExists;
import org.residencedesk.service.registration.Registered;

/** Runs one catalogue entry through its real code path and describes the outcome in the catalogue's words. */
final class CatalogueRunner {
    private final AppContext ctx;
    private final Operator staff;
    private final Operator grid;
    private final Path cliData;
    private final Path files;
    private final Clock clock;
    private FileInputs fileInputs;

    /** The config, override, photo and inbox areas. */
    CatalogueRunner withFileInputs(FileInputs inputs) {
        this.fileInputs = inputs;
        return this;
    }

    CatalogueRunner(AppContext ctx, Operator staff, Operator grid, Path cliData, Path files, Clock clock) {
        this.ctx = ctx;
        this.staff = staff;
        this.grid = grid;
        this.cliData = cliData;
        this.files = files;
        this.clock = clock;
    }

    String run(CatalogueEntry e, int attempt) throws Exception {
        try {
            return switch (e.area()) {
                case "form" -> form(e);
                case "import" -> importFile(e, attempt);
                case "cli" -> cli(e);
                case "config" -> fileInputs.config(e, attempt);
                case "override" -> fileInputs.override(e);
                case "photo" -> fileInputs.photo(e, number(e));
                case "inbox" -> fileInputs.inbox(e, attempt);
                default -> throw new IllegalArgumentException("unknown area " + e.area());
            };
        } catch (RuntimeException escaped) {
            return "EXCEPTION:" + escaped.getClass().getSimpleName() + ":" + Escapes.show(String.valueOf(escaped.getMessage()));
        }
    }

    /**
     * Registrations (form, cli, photo, config, override) or rows in the collection queue (import), or for the inbox
     * the records a platform message can make (online applications, outflow periods, master-data tables).
     */
    long rowsOf(String area) throws SQLException {
        String sql = switch (area) {
            case "import" -> "SELECT COUNT(*) FROM COLLECTED_ROW";
            case "inbox" -> "SELECT (SELECT COUNT(*) FROM ONLINE_APPLICATION) + (SELECT COUNT(*) FROM OUTFLOW_PERIOD)"
                    + " + (SELECT COUNT(*) FROM PLATFORM_MASTER_DATA) FROM SYSIBM.SYSDUMMY1";
            default -> "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION";
        };
        try (Connection c = ctx.database().openConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int number(CatalogueEntry e) {
        return Integer.parseInt(e.id().replaceAll("\\D", ""));
    }

    // ---- form: one field of an otherwise valid registration, through RegistrationService.register ----

    private String form(CatalogueEntry e) {
        FormValues person = CollectedPeople.person(20_000 + number(e));
        String value = input(e.input(), person.get("idNumber"));
        FormValues typed = person.toBuilder().set(e.where(), value).build();
        try {
            Registered r = ctx.registration().register(staff, typed);
            String stored = ctx.registration().open(staff, r.registrationId()).values().get(e.where());
            return "accepted:" + Escapes.show(stored);
        } catch (ValidationFailure f) {
            String mine = f.fieldMessages().get(e.where());
            if (mine != null && f.fieldMessages().size() == 1) {
                return "message:" + Escapes.show(mine);
            }
            return "messages:" + Escapes.show(f.fieldMessages().toString());
        } catch (ActiveRegistrationExists exists) {
            return "exists";
        }
    }

    /** {@code {id}} is the person's valid ID number; prefixes fullwidth:, math:, lower: rewrite it. */
    static String input(String raw, String idNumber) {
        String text = Escapes.unescape(raw.replace("{id}", idNumber));
        if (raw.startsWith("fullwidth:")) {
            return digits(text.substring("fullwidth:".length()), 0xFF10);
        }
        if (raw.startsWith("math:")) {
            return digits(text.substring("math:".length()), 0x1D7CE);
        }
        if (raw.startsWith("lower:")) {
            return text.substring("lower:".length()).toLowerCase();
        }
        return text;
    }

    private static String digits(String s, int zero) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp >= '0' && cp <= '9') {
                b.appendCodePoint(zero + cp - '0');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    // ---- import: a real file handed to CollectionImport.collect ----

    private String importFile(CatalogueEntry e, int attempt) throws IOException {
        String[] spec = e.where().split(":", 2);
        RecordKind kind = switch (spec[0]) {
            case "registrations" -> RecordKind.REGISTRATION;
            case "houses" -> RecordKind.HOUSE;
            case "employers" -> RecordKind.EMPLOYER;
            case "outflow" -> RecordKind.OUTFLOW;
            default -> throw new IllegalArgumentException(spec[0]);
        };
        String suffix = spec.length > 1 ? spec[1] : "csv";
        Path file = files.resolve(e.id() + "." + suffix);
        if (attempt == 1) {
            write(file, kind, number(e), e.input());
        }
        try {
            ImportResult r = ctx.collectionImport().collect(grid, kind, CollectorKind.GRID_WORKER, file);
            return "accepted=" + r.accepted() + " rejected=" + r.rejected() + " duplicates=" + r.duplicates()
                    + r.errors().stream().map(p -> " row" + p.row() + ":" + p.field() + ":" + Escapes.show(p.message()))
                    .collect(Collectors.joining());
        } catch (CollectionFileRefused refused) {
            return "refused:" + Escapes.show(refused.userMessage().replace(file.toString(), "FILE"));
        }
    }

    private void write(Path file, RecordKind kind, int n, String mutation) throws IOException {
        switch (mutation) {
            case "missing" -> {
                return;
            }
            case "directory" -> {
                Files.createDirectories(file);
                return;
            }
            case "empty" -> {
                Files.write(file, new byte[0]);
                return;
            }
            case "bom" -> {
                Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                return;
            }
            case "png" -> {
                Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
                return;
            }
            case "junk" -> {
                byte[] junk = new byte[4096];
                new java.util.Random(n).nextBytes(junk);
                Files.write(file, junk);
                return;
            }
            default -> { }
        }
        Path good = file.resolveSibling(file.getFileName() + ".good.csv");
        String[] m = mutation.split("=", 3);
        writeGood(good, kind, n, m[0].equals("cell") ? m[1] : null, m[0].equals("cell") ? Escapes.unescape(m[2]) : null,
                mutation.equals("twice") ? 2 : 1);
        String text = Files.readString(good, StandardCharsets.UTF_8);
        Files.delete(good);
        String header = text.substring(0, text.indexOf('\n') + 1);
        switch (m[0]) {
            case "good", "cell", "twice" -> Files.writeString(file, text, StandardCharsets.UTF_8);
            case "gbk" -> Files.write(file, text.replace("\uFEFF", "").getBytes(Charset.forName("GBK")));
            case "crlf" -> Files.writeString(file, text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
            case "lf" -> Files.writeString(file, text.replace("\r\n", "\n"), StandardCharsets.UTF_8);
            case "bomgood" -> Files.writeString(file, (text.startsWith("\uFEFF") ? "" : "\uFEFF") + text, StandardCharsets.UTF_8);
            case "header" -> Files.writeString(file, header, StandardCharsets.UTF_8);
            case "noheader" -> Files.writeString(file, text.substring(header.length()), StandardCharsets.UTF_8);
            case "short" -> {
                String row = text.substring(header.length()).strip();
                Files.writeString(file, header + row.substring(0, row.length() / 3) + "\n", StandardCharsets.UTF_8);
            }
            case "extra" -> {
                String row = text.substring(header.length()).strip();
                Files.writeString(file, header + row + ",多余,列,\n", StandardCharsets.UTF_8);
            }
            case "quote" -> {
                String row = text.substring(header.length()).strip();
                Files.writeString(file, header + "\"" + row + "\n", StandardCharsets.UTF_8);
            }
            case "nul" -> Files.writeString(file, text.replaceFirst(",", ",\0"), StandardCharsets.UTF_8);
            case "truncated" -> Files.writeString(file, text.substring(0, header.length() + 20), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("unknown file mutation " + mutation);
        }
    }

    private void writeGood(Path file, RecordKind kind, int n, String field, String value, int copies) throws IOException {
        switch (kind) {
            case REGISTRATION -> {
                FormValues v = CollectedPeople.person(40_000 + n);
                if (field != null) {
                    v = v.toBuilder().set(field, value).build();
                }
                List<FormValues> rows = new ArrayList<>();
                for (int i = 0; i < copies; i++) {
                    rows.add(v);
                }
                CollectedPeople.writeCsv(file, new FormColumns(ctx.registration().form(), ctx.masterData()), rows);
            }
            case HOUSE -> rows(file, RegisterRows.HOUSE, RegisterRows.house("HBR" + n, "珞喻路", n + "号", "801"), field, value, copies);
            case EMPLOYER -> rows(file, RegisterRows.EMPLOYER, RegisterRows.employer(500 + n, "武汉某物流有限公司" + n), field, value, copies);
            case OUTFLOW -> rows(file, RegisterRows.OUTFLOW, RegisterRows.outflow(300 + 2 * n, "2026-03-01"), field, value, copies);
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private static void rows(Path file, List<String> header, List<String> row, String field, String value, int copies)
            throws IOException {
        List<String> r = field == null ? row : RegisterRows.with(row, header, field, value);
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            all.add(r);
        }
        RegisterRows.writeCsv(file, header, all);
    }

    // ---- cli: the real command tree, arguments separated by ¦ ----

    private String cli(CatalogueEntry e) {
        String[] args = e.input().split(" ¦ ", -1);
        for (int i = 0; i < args.length; i++) {
            args[i] = Escapes.unescape(args[i].replace("{files}", files.toString())
                    .replace("{pw}", files.resolve("staff.txt").toString()));
        }
        CommandLines.Run run = CommandLines.run(cliData, clock, args);
        String all = run.out() + run.err();
        if (all.contains("Exception") || all.contains("\tat ")) {
            return "STACKTRACE:exit" + run.exitCode() + ":" + Escapes.show(all);
        }
        // the first line is the message; the usage text picocli prints after it belongs to the CLI's own tests
        String[] lines = run.err().strip().replace(files.toString(), "FILES").split("\\R", 2);
        String err = lines[0] + (lines.length > 1 ? " +more" : "");
        String out = run.out().strip();
        return "exit:" + run.exitCode() + (out.startsWith("{") ? " out:" + Escapes.show(out) : "")
                + (err.isEmpty() ? "" : " err:" + Escapes.show(err));
    }
}
