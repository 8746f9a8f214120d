package org.residencedesk.masterdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.CodeTable;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.Spelling;
import org.residencedesk.domain.masterdata.MasterData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Master data packaged in the jar under {@code forms/} (ADR 0012). Nothing is read at construction:
 * the first call loads and indexes everything once (about 33 000 divisions), thread-safely, so the
 * window opens without waiting for it.
 */
public final class ClasspathMasterData implements MasterData {
    public static final String DEFAULT_MANIFEST = "forms/codes/manifest.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(ClasspathMasterData.class);

    private final String manifestResource;
    /** Read on first use, off the window's start (the readings are hundreds of milliseconds of YAML, ADR 0371). */
    private final java.util.function.Supplier<PinyinReadings> pinyinReadings;
    private volatile Loaded loaded;

    /** Everything read from the jar. */
    private record Loaded(Map<String, CodeTable> tables, DivisionIndex divisions,
                          Set<String> countyCodes, MasterDataManifest manifest) { }

    public ClasspathMasterData() {
        this.manifestResource = DEFAULT_MANIFEST;
        this.pinyinReadings = PinyinReadings::shared;
    }

    ClasspathMasterData(String manifestResource, PinyinReadings pinyin) {
        this.manifestResource = manifestResource;
        this.pinyinReadings = () -> pinyin;
    }

    @Override
    public CodeTable codeTable(String tableName) {
        CodeTable t = data().tables().get(tableName);
        if (t == null) throw new IllegalArgumentException("no code table named " + tableName);
        return t;
    }

    /** Platform names of the packaged tables, in manifest order. */
    public Set<String> codeTableNames() {
        return data().tables().keySet();
    }

    @Override
    public Optional<Division> division(String code) {
        return Optional.ofNullable(data().divisions().get(code));
    }

    @Override
    public List<Division> children(String parentCode) {
        return data().divisions().children(parentCode);
    }

    @Override
    public List<Division> searchDivisions(String query, DivisionLevel level, String withinCode, int limit) {
        return data().divisions().search(query, level, withinCode, limit, LookupContext.none());
    }

    @Override
    public List<Division> searchDivisions(String query, DivisionLevel level, String withinCode, int limit,
                                          LookupContext context) {
        return data().divisions().search(query, level, withinCode, limit, context);
    }

    /** Whether a 6-digit code is a county in the packaged table (for {@code IdNumberParser}). */
    @Override
    public boolean isKnownCounty(String code) {
        return code != null && data().countyCodes().contains(code);
    }

    /** Number of divisions at one level, for diagnostics. */
    public long divisionCount(DivisionLevel level) {
        return data().divisions().count(level);
    }

    /** Version of the packaged division tables (the statistics bureau's reference date). */
    public String divisionsVersion() {
        return data().manifest().divisions().version();
    }

    /** Loads everything now instead of on first use, e.g. from a background thread at start-up. */
    public void preload() {
        data();
    }

    private Loaded data() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = load();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Loaded load() {
        long start = System.nanoTime();
        MasterDataManifest manifest = MasterDataManifest.fromClasspath(manifestResource);
        String base = manifestResource.substring(0, manifestResource.lastIndexOf('/') + 1);
        Map<String, CodeTable> tables = new LinkedHashMap<>();
        for (MasterDataManifest.TableEntry t : manifest.codeTables()) {
            tables.put(t.name(), codeTable(base + t.file(), t));
        }
        MasterDataManifest.DivisionsEntry div = manifest.divisions();
        String divBase = normalize(base + div.directory() + "/");
        List<DivisionIndex.Row> rows = new ArrayList<>();
        for (DivisionLevel level : DivisionLevel.values()) {
            String file = div.files().get(level);
            if (file != null) addDivisionRows(CsvTable.fromClasspath(divBase + file), level, rows);
        }
        DivisionIndex index = DivisionIndex.build(rows, Set.copyOf(div.placeholderNames()), pinyin());
        Loaded l = new Loaded(Collections.unmodifiableMap(tables), index, index.codesOf(DivisionLevel.COUNTY), manifest);
        LOG.info("master data loaded: {} code tables, {} divisions (version {}) in {} ms",
                tables.size(), index.size(), div.version(), (System.nanoTime() - start) / 1_000_000);
        return l;
    }

    /** Column of search words a table may carry (离退休人员 for 退（离）休人员), separated by {@value #ALIAS_SEPARATOR}. */
    static final String ALIAS_COLUMN = "aliases";
    static final String ALIAS_SEPARATOR = "|";

    private CodeTable codeTable(String resource, MasterDataManifest.TableEntry t) {
        CsvTable csv = CsvTable.fromClasspath(resource);
        int code = csv.column("code");
        int name = csv.column("name");
        int parent = t.parentColumn() == null ? -1 : csv.column(t.parentColumn());
        int aliases = csv.hasColumn(ALIAS_COLUMN) ? csv.column(ALIAS_COLUMN) : -1;
        List<CodeEntry> entries = new ArrayList<>(csv.rowCount());
        for (String[] row : csv.rows()) {
            String n = CsvTable.cell(row, name);
            String p = parent < 0 ? "" : CsvTable.cell(row, parent);
            List<String> words = aliases < 0 ? List.of() : splitAliases(CsvTable.cell(row, aliases));
            List<String> wordInitials = words.stream().map(w -> pinyin().initials(w, PinyinReadings.Kind.PLACE)).toList();
            entries.add(new CodeEntry(CsvTable.cell(row, code), n, p.isEmpty() ? null : p,
                    pinyin().initials(n, PinyinReadings.Kind.PLACE), words, wordInitials, spellings(n, words)));
        }
        return new CodeTable(t.name(), t.version(), entries);
    }

    /** Full pinyin of a name and its aliases, computed once when the table loads (ADR 0177). */
    private List<Spelling> spellings(String name, List<String> aliases) {
        List<Spelling> out = new ArrayList<>(1 + aliases.size());
        out.add(Spelling.of(pinyin().syllables(name, PinyinReadings.Kind.PLACE)));
        for (String a : aliases) out.add(Spelling.of(pinyin().syllables(a, PinyinReadings.Kind.PLACE)));
        return out;
    }

    /** A form's options with initials and full pinyin of their labels, searchable like a code table. */
    @Override
    public CodeTable optionTable(String tableName, Map<String, String> labelsByValue) {
        List<CodeEntry> rows = new ArrayList<>(labelsByValue.size());
        labelsByValue.forEach((value, label) -> rows.add(new CodeEntry(value, label, null,
                pinyin().initials(label, PinyinReadings.Kind.PLACE), List.of(), List.of(), spellings(label, List.of()))));
        return new CodeTable(tableName, 1, rows);
    }

    private static List<String> splitAliases(String cell) {
        List<String> out = new ArrayList<>();
        for (String w : cell.split(java.util.regex.Pattern.quote(ALIAS_SEPARATOR))) {
            if (!w.isBlank()) out.add(w.strip());
        }
        return out;
    }

    /** The parent of each level is named differently in each file; the code prefix tells it reliably. */
    private static void addDivisionRows(CsvTable csv, DivisionLevel level, List<DivisionIndex.Row> out) {
        int code = csv.column("code");
        int name = csv.column("name");
        for (String[] row : csv.rows()) {
            String c = CsvTable.cell(row, code);
            if (c.length() != level.codeLength()) {
                throw new IllegalStateException("division code of wrong length in " + level + " table: " + c);
            }
            String parent = level.ordinal() == 0 ? null
                    : c.substring(0, DivisionLevel.values()[level.ordinal() - 1].codeLength());
            out.add(new DivisionIndex.Row(c, CsvTable.cell(row, name), parent));
        }
    }

    /** Resolves "a/codes/../divisions/" to "a/divisions/" (class loaders do not). */
    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts) + "/";
    }

    private PinyinReadings pinyin() {
        return pinyinReadings.get();
    }
}
