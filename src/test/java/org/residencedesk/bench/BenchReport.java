package org.residencedesk.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one bench run found: the machine, the date (from the run's Clock), the git commit, the station size and
 * every figure. Written as bench/results.json (read back by the smoke run) and as bench/RESULTS.md.
 */
public record BenchReport(Map<String, String> machine, String date, String commit, long persons, boolean quick,
                          List<Figure> figures, List<String> notes) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BenchReport fromJson(String json) {
        try {
            return JSON.readValue(json, BenchReport.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a bench results file: " + e.getMessage(), e);
        }
    }

    public static BenchReport read(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The same report with {@code figure} in place of the figure of its id (appended when there was none). */
    public BenchReport with(Figure figure) {
        List<Figure> out = new java.util.ArrayList<>(figures);
        int at = -1;
        for (int i = 0; i < out.size(); i++) if (out.get(i).id().equals(figure.id())) at = i;
        if (at >= 0) out.set(at, figure);
        else out.add(figure);
        return new BenchReport(machine, date, commit, persons, quick, List.copyOf(out), notes);
    }

    public void write(Path json, Path markdown) throws IOException {
        Files.writeString(json, toJson(), StandardCharsets.UTF_8);
        if (markdown != null) Files.writeString(markdown, toMarkdown(), StandardCharsets.UTF_8);
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# Bench results\n\n");
        md.append("Written by `bench/run-all` (`org.residencedesk.bench.BenchSuite`); the same figures are in "
                + "`bench/results.json`, which `bench/smoke` compares against.\n\n");
        md.append(String.format(Locale.ROOT, "- station: %,d persons%s%n", persons, quick ? " (quick run: fewer "
                + "repetitions)" : ""));
        md.append("- date: ").append(date).append('\n');
        md.append("- commit: ").append(commit).append('\n');
        machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\nTimes in ms unless the unit says otherwise. Ratio = product median / floor median (for a "
                + "throughput floor / product), so above 1 means slower than the floor.\n\n");
        md.append("| figure | unit | n | median | p95 | max | target | floor (same run) | floor median | ratio "
                + "| meets |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            if (!f.isMeasured()) continue;
            Sample p = f.product();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    f.title(), f.unit(), p.count(), num(p.median()), num(p.p95()), num(p.max()), f.target(),
                    f.floorTitle() == null ? "—" : f.floorTitle(), f.floor() == null ? "—" : num(f.floor().median()),
                    f.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f", f.ratio()), f.meets()));
        }
        md.append("\n## Not measured\n\n| figure | target | why |\n|---|---|---|\n");
        for (Figure f : figures) {
            if (!f.isMeasured()) md.append("| ").append(f.title()).append(" | ").append(f.target()).append(" | ")
                    .append(f.notMeasured()).append(" |\n");
        }
        List<Figure> noted = figures.stream().filter(f -> f.note() != null).toList();
        if (!noted.isEmpty()) {
            md.append("\n## Notes on figures\n\n");
            noted.forEach(f -> md.append("- **").append(f.title()).append("**: ").append(f.note()).append('\n'));
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append(n).append("\n\n"));
        }
        return md.toString();
    }

    static String num(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
