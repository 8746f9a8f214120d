package org.residencedesk.service.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.residencedesk.service.export.CsvWriter;
import org.residencedesk.testing.IdNumbers;

/** Rows of houses, employers and outflow periods for collection files, written as CSV with field-id headers. */
public final class RegisterRows {
    public static final List<String> HOUSE = List.of("houseCode", "kind", "divisionCode", "street", "houseNumber",
            "building", "unit", "room", "managerKind", "managerName", "managerIdNumber", "managerCreditCode",
            "managerPhone", "rooms", "capacity", "note");
    public static final List<String> EMPLOYER = List.of("creditCode", "name", "divisionCode", "addressDetail",
            "contactName", "contactPhone", "industry");
    public static final List<String> OUTFLOW = List.of("idNumber", "name", "hukouDivision", "destinationDivision",
            "destinationAddress", "leftOn", "reason", "employer", "mobile", "leftBehindChildren", "leftBehindElderly",
            "leftBehindCount", "leftBehindNote", "reporterKind", "reporterName", "reporterRelation");
    public static final String VILLAGE = "420111002003";
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private RegisterRows() {
    }

    /** A landlord's rented flat: {@code code} blank for a house the station numbers. */
    public static List<String> house(String code, String street, String number, String room) {
        return Arrays.asList(code, "RENTAL", VILLAGE, street, number, "3栋", "2单元", room, "PERSON", "李四",
                "34052419800101001X", "", "13900001111", "3", "4", "");
    }

    /** An employer with a valid credit code made from {@code serial}. */
    public static List<String> employer(int serial, String name) {
        return Arrays.asList(creditCode(serial), name, VILLAGE, "珞喻路" + serial + "号", "王五", "027-87654321", "物流");
    }

    /** A person of 海核社区's hukou working in 深圳市南山区, reported by themself. */
    public static List<String> outflow(int sequence, String leftOn) {
        return Arrays.asList(IdNumbers.citizen("420111", "19900315", sequence), "李建国", VILLAGE, "440305",
                "科技园南区8栋", leftOn, "01", "深圳某电子有限公司", "13800138000", "", "", "", "", "SELF", "", "");
    }

    public static List<String> with(List<String> row, List<String> columns, String column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(columns.indexOf(column), value);
        return copy;
    }

    /** 统一社会信用代码 9142011100000NNNNN + its GB 32100 check character. */
    public static String creditCode(int serial) {
        String base = String.format("91420111%09d", serial);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARS.indexOf(base.charAt(i)) * CODE_WEIGHTS[i];
        }
        return base + CODE_CHARS.charAt((31 - sum % 31) % 31);
    }

    public static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); CsvWriter csv = new CsvWriter(out)) {
            csv.header(header);
            for (List<String> r : rows) {
                csv.row(r.stream().map(c -> c == null || c.isEmpty() ? null : c).toList());
            }
        }
    }
}
