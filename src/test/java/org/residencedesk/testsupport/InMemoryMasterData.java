package org.residencedesk.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.CodeTable;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Small in-memory master data for form tests: a few real rows of each standard table (codes and names
 * as in /work/shared/data) and a slice of the division tree, with hand-written pinyin initials. Full
 * names are built from short names, as {@code ClasspathMasterData} builds them (ADR 0140).
 */
public final class InMemoryMasterData implements MasterData {
    private final Map<String, CodeTable> tables = new LinkedHashMap<>();
    private final Map<String, Division> divisions = new LinkedHashMap<>();

    public InMemoryMasterData() {
        table("sex", "0,未知的性别,wzdxb", "1,男,n", "2,女,n", "9,未说明的性别,wsmdxb");
        table("ethnic-groups", "01,汉族,hz", "02,蒙古族,mgz", "03,回族,hz", "05,维吾尔族,wwez", "56,基诺族,jnz", "97,其他,qt");
        table("marital-status", "10,未婚,wh", "20,已婚,yh", "21,初婚,ch", "30,丧偶,so", "40,离婚,lh");
        table("education", "21,大学本科毕业,dxbkby", "31,大学专科毕业,dxzkby", "61,普通高中毕业,ptgzby",
                "71,初中毕业,czby", "81,小学毕业,xxby", "90,其他,qt");
        table("occupation", "2,专业技术人员,zyjsry", "3,办事人员和有关人员,bsryhygry",
                "4,社会生产服务和生活服务人员,shscfwhshfwry", "6,生产制造及有关人员,sczzjygry");
        table("family-relationship", "10,配偶,po", "20,子,z", "30,女,n", "51,父亲,fq", "52,母亲,mq", "99,非亲属,fqs");
        table("residence-reasons", "01,务工,wg", "02,务农,wn", "03,经商,js", "06,借读培训,jdpx", "09,投靠亲友,tkqy",
                "13,在校学生,zxxs", "14,其他,qt");
        table("residence-types", "21,机关,jg", "24,学校,xx", "31,居民家中,jmjz", "33,购买房屋,gmfw", "34,租赁房屋,zlfw",
                "41,流动性施工单位,ldxsgdw", "99,其他,qt");
        table("nationality", "GBR,英国,yg", "HKG,中国香港,zgxg", "JPN,日本,rb", "KOR,韩国,hg", "MAC,中国澳门,zgam",
                "TWN,中国台湾,zgtw", "USA,美国,mg", "CHN,中国,zg");
        table("nationality-numeric", "156,中国,zg", "158,中国台湾,zgtw", "344,中国香港,zgxg", "392,日本,rb",
                "410,韩国,hg", "446,中国澳门,zgam", "826,英国,yg", "840,美国,mg");
        table("intended-stay", "1,一个月,yyy", "2,三个月,sgy", "3,六个月,lgy", "4,一年,yn", "6,三年及以上,snjys");

        division("11", "北京市", null, "bjs", "北京市");
        division("1101", "市辖区", "11", "sxq", "北京市");
        division("110105", "朝阳区", "1101", "cyq", "北京市朝阳区");
        division("110105001", "建外街道", "110105", "jwjd", "北京市朝阳区建外街道");
        division("110105001001", "建国门外社区", "110105001", "jgmwsq", "北京市朝阳区建外街道建国门外社区");
        division("34", "安徽省", null, "ahs", "安徽省");
        division("3405", "马鞍山市", "34", "mass", "安徽省马鞍山市");
        division("340524", "含山县", "3405", "hsx", "安徽省马鞍山市含山县");
        division("42", "湖北省", null, "hbs", "湖北省");
        division("4201", "武汉市", "42", "whs", "湖北省武汉市");
        division("420111", "洪山区", "4201", "hsq", "湖北省武汉市洪山区");
        division("420111002", "关山街道", "420111", "gsjd", "湖北省武汉市洪山区关山街道");
        division("420111002003", "海核社区居民委员会", "420111002", "hhsqjmwyh", "湖北省武汉市洪山区关山街道海核社区");
        division("420111002005", "南望社区居民委员会", "420111002", "nwsqjmwyh", "湖北省武汉市洪山区关山街道南望社区");
        division("420111002007", "邮科院社区居民委员会", "420111002", "ykysqjmwyh", "湖北省武汉市洪山区关山街道邮科院社区");
    }

    private void table(String name, String... rows) {
        List<CodeEntry> entries = new ArrayList<>();
        for (String r : rows) {
            String[] p = r.split(",");
            entries.add(new CodeEntry(p[0], p[1], null, p[2]));
        }
        tables.put(name, new CodeTable(name, 1, entries));
    }

    private void division(String code, String name, String parent, String initials, String fullName) {
        divisions.put(code, new Division(code, name, DivisionLevel.ofCode(code), parent, initials, fullName));
    }

    @Override
    public CodeTable codeTable(String tableName) {
        CodeTable t = tables.get(tableName);
        if (t == null) throw new IllegalArgumentException("no such table " + tableName);
        return t;
    }

    @Override
    public Optional<Division> division(String code) {
        return Optional.ofNullable(code == null ? null : divisions.get(code.trim()));
    }

    @Override
    public List<Division> children(String parentCode) {
        return divisions.values().stream().filter(d -> parentCode.equals(d.parentCode())).toList();
    }

    @Override
    public List<Division> searchDivisions(String query, DivisionLevel level, String withinCode, int limit) {
        String q = query == null ? "" : query.trim();
        String lower = q.toLowerCase(Locale.ROOT);
        return divisions.values().stream()
                .filter(d -> level == null || d.level() == level)
                .filter(d -> withinCode == null || d.code().startsWith(withinCode))
                .filter(d -> q.isEmpty() || d.code().startsWith(q) || d.name().contains(q) || d.initials().startsWith(lower))
                .limit(limit)
                .toList();
    }
}
