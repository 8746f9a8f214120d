package org.residencedesk.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.CodeTable;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;

/** A few real divisions and codes, for service tests that need master data but not all of it. */
public final class SmallMasterData implements MasterData {
    private final List<Division> divisions = List.of(
            new Division("42", "湖北省", DivisionLevel.PROVINCE, null, "hbs", "湖北省"),
            new Division("4201", "武汉市", DivisionLevel.CITY, "42", "whs", "湖北省武汉市"),
            new Division("420111", "洪山区", DivisionLevel.COUNTY, "4201", "hsq", "湖北省武汉市洪山区"),
            new Division("420111002", "关山街道", DivisionLevel.TOWNSHIP, "420111", "gsjd", "湖北省武汉市洪山区关山街道"));
    private final Map<String, CodeTable> tables = Map.of("sex", new CodeTable("sex", 1, List.of(
            new CodeEntry("1", "男", null, "n"), new CodeEntry("2", "女", null, "n"))));

    @Override
    public CodeTable codeTable(String tableName) {
        CodeTable t = tables.get(tableName);
        if (t == null) {
            throw new IllegalArgumentException("no code table " + tableName);
        }
        return t;
    }

    @Override
    public Optional<Division> division(String code) {
        return divisions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    @Override
    public List<Division> children(String parentCode) {
        return divisions.stream().filter(d -> parentCode.equals(d.parentCode())).toList();
    }

    @Override
    public List<Division> searchDivisions(String query, DivisionLevel level, String withinCode, int limit) {
        return divisions.stream()
                .filter(d -> level == null || d.level() == level)
                .filter(d -> withinCode == null || d.code().startsWith(withinCode))
                .filter(d -> d.code().startsWith(query) || d.name().contains(query) || d.initials().startsWith(query))
                .limit(limit)
                .toList();
    }
}
