package org.residencedesk.masterdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.CodeTable;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.masterdata.Spelling;
import org.residencedesk.port.platform.MasterDataTable;
import org.residencedesk.port.platform.MasterDataUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's master data as the forms see it (ADR 0266): the tables the platform pushed (MASTER_DATA_UPDATED),
 * consulted first, over the packaged ones. {@link #install} swaps a whole table (or the whole division tree) at once,
 * so a running form's next look-up or validation sees the new version without a restart; callers never keep copies
 * (MasterData's contract). A platform code table keeps the packaged row's parent (education, residence-types group
 * their rows) when the code is the same; aliases are the packaged ones' too.
 */
public final class PlatformMasterData implements MasterData, MasterDataUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformMasterData.class);
    private static final String DIVISIONS = "divisions";
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final MasterData packaged;
    private final PinyinReadings pinyin;
    private final Map<String, CodeTable> tables = new ConcurrentHashMap<>();
    private volatile DivisionIndex divisions;

    public PlatformMasterData(MasterData packaged) {
        this(packaged, PinyinReadings.shared());
    }

    PlatformMasterData(MasterData packaged, PinyinReadings pinyin) {
        this.packaged = packaged;
        this.pinyin = pinyin;
    }

    @Override
    public void install(MasterDataTable table) {
        if (table.table().equals(DIVISIONS)) {
            List<DivisionIndex.Row> rows = new ArrayList<>(table.rows().size());
            table.rows().stream().sorted((a, b) -> a.code().length() != b.code().length()
                            ? Integer.compare(a.code().length(), b.code().length()) : a.code().compareTo(b.code()))
                    .forEach(r -> rows.add(new DivisionIndex.Row(r.code(), r.name(), parentOf(r.code()))));
            divisions = DivisionIndex.build(rows, PLACEHOLDERS, pinyin);
        } else {
            tables.put(table.table(), codeTable(table));
        }
        LOG.info("platform master data installed: {} version {} ({} rows)", table.table(), table.version(),
                table.rows().size());
    }

    private static String parentOf(String code) {
        DivisionLevel level = DivisionLevel.ofCode(code);
        return level.ordinal() == 0 ? null : code.substring(0, DivisionLevel.values()[level.ordinal() - 1].codeLength());
    }

    private CodeTable codeTable(MasterDataTable table) {
        Optional<CodeTable> before = packagedTable(table.table());
        List<CodeEntry> entries = new ArrayList<>(table.rows().size());
        for (MasterDataTable.Row r : table.rows()) {
            Optional<CodeEntry> old = before.flatMap(t -> t.byCode(r.code()));
            List<String> aliases = old.map(CodeEntry::aliases).orElse(List.of());
            List<String> aliasInitials = aliases.stream()
                    .map(w -> pinyin.initials(w, PinyinReadings.Kind.PLACE)).toList();
            List<Spelling> spellings = new ArrayList<>();
            spellings.add(Spelling.of(pinyin.syllables(r.name(), PinyinReadings.Kind.PLACE)));
            aliases.forEach(a -> spellings.add(Spelling.of(pinyin.syllables(a, PinyinReadings.Kind.PLACE))));
            entries.add(new CodeEntry(r.code(), r.name(), old.map(CodeEntry::parentCode).orElse(null),
                    pinyin.initials(r.name(), PinyinReadings.Kind.PLACE), aliases, aliasInitials, spellings));
        }
        return new CodeTable(table.table(), (int) Math.min(Integer.MAX_VALUE, table.version()), entries);
    }

    private Optional<CodeTable> packagedTable(String name) {
        try {
            return Optional.of(packaged.codeTable(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public CodeTable codeTable(String tableName) {
        CodeTable pushed = tables.get(tableName);
        return pushed != null ? pushed : packaged.codeTable(tableName);
    }

    @Override
    public Optional<Division> division(String code) {
        DivisionIndex d = divisions;
        return d == null ? packaged.division(code) : Optional.ofNullable(d.get(code));
    }

    @Override
    public List<Division> children(String parentCode) {
        DivisionIndex d = divisions;
        return d == null ? packaged.children(parentCode) : d.children(parentCode);
    }

    @Override
    public List<Division> searchDivisions(String query, DivisionLevel level, String withinCode, int limit) {
        return searchDivisions(query, level, withinCode, limit, LookupContext.none());
    }

    @Override
    public List<Division> searchDivisions(String query, DivisionLevel level, String withinCode, int limit,
                                          LookupContext context) {
        DivisionIndex d = divisions;
        return d == null ? packaged.searchDivisions(query, level, withinCode, limit, context)
                : d.search(query, level, withinCode, limit, context);
    }

    @Override
    public CodeTable optionTable(String tableName, Map<String, String> labelsByValue) {
        return packaged.optionTable(tableName, labelsByValue);
    }

    @Override
    public boolean isKnownCounty(String code) {
        DivisionIndex d = divisions;
        if (d == null) {
            return packaged.isKnownCounty(code);
        }
        Division found = code == null ? null : d.get(code);
        return found != null && found.level() == DivisionLevel.COUNTY;
    }
}
