package org.residencedesk.domain.registration;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.residencedesk.domain.form.CrossFieldRule;
import org.residencedesk.domain.form.CrossFieldRules;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.RuleContext;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * The document kind, the number and the nationality must agree (ADR 0171). Two form rules:
 * <ul>
 *   <li>{@code documentKindMatchesNumber}: a 居民身份证 (or temporary one) carries a citizen number, never an
 *       81/82/83 or 9… number; a 港澳台居民居住证 an 81/82/83 number; a 外国人永久居留身份证 a 2017 or 2023 one.</li>
 *   <li>{@code nationalityMatchesIdNumber}: a 2017 number's three letters are a GB/T 2659 alpha-3 code, a 2023
 *       number's province of acceptance is a province and its three digits a GB/T 2659 numeric code; each
 *       names the nationality the form must carry. 81/82/83 name 中国香港/中国澳门/中国台湾.</li>
 * </ul>
 * Each message is the form's text for the rule followed by the detail from {@code i18n.identity}.
 */
public final class DocumentKindRules {
    /** Option values of the form's {@code documentType} field. */
    public static final String ID_CARD = "id-card";
    public static final String TEMPORARY_ID_CARD = "temporary-id-card";
    public static final String HMT_RESIDENCE_PERMIT = "hmt-residence-permit";
    public static final String FOREIGN_PERMANENT_RESIDENCE = "foreign-permanent-residence";
    /** The code tables of GB/T 2659 (alpha-3 and numeric, the same rows under the same names). */
    public static final String NATIONALITY_TABLE = "nationality";
    public static final String NATIONALITY_NUMERIC_TABLE = "nationality-numeric";

    private static final ResourceBundle IDENTITY = ResourceBundle.getBundle("i18n.identity");
    private static final Map<String, String> HMT_REGION = Map.of("81", "HKG", "82", "MAC", "83", "TWN");
    private static final Set<String> CHINA = Set.of("CHN", "HKG", "MAC", "TWN");
    private static final Map<String, String> ROLES = Map.of("documentType", "documentType", "idNumber", "idNumber",
            "nationality", "nationality");

    private DocumentKindRules() {
    }

    /** Adds both rules to {@code rules}; returns it. */
    public static CrossFieldRules register(CrossFieldRules rules, IdNumberParser parser, MasterData masterData) {
        return rules
                .register("documentKindMatchesNumber", CrossFieldRule.of(
                        Map.of("documentType", "documentType", "idNumber", "idNumber"),
                        ctx -> parsed(parser, ctx).flatMap(c -> kindMismatch(ctx.value("documentType"), c.type()))
                                .map(detail -> List.of(error(ctx, "idNumber", detail)))
                                .orElse(List.of())))
                .register("nationalityMatchesIdNumber", CrossFieldRule.of(ROLES,
                        ctx -> parsed(parser, ctx).map(c -> nationalityProblems(ctx, c, masterData))
                                .orElse(List.of())));
    }

    /** Why the number does not fit the chosen document kind, or empty when it fits (or no kind is chosen). */
    static Optional<String> kindMismatch(String documentKind, IdNumberType type) {
        boolean fits = switch (documentKind) {
            case ID_CARD, TEMPORARY_ID_CARD -> type == IdNumberType.CITIZEN || type == IdNumberType.LEGACY_15;
            case HMT_RESIDENCE_PERMIT -> type == IdNumberType.HK_MO_TW;
            case FOREIGN_PERMANENT_RESIDENCE -> type == IdNumberType.FOREIGN_PR_2017
                    || type == IdNumberType.FOREIGN_PR_2023;
            default -> true;
        };
        return fits ? Optional.empty() : Optional.of(text("id.kind.numberIs." + type.name()));
    }

    private static List<FieldError> nationalityProblems(RuleContext ctx, IdNumberCheck c, MasterData masterData) {
        String number = c.normalized();
        String chosen = ctx.value("nationality");
        List<FieldError> errors = new ArrayList<>();
        Optional<String> expected = Optional.empty();
        switch (c.type()) {
            case FOREIGN_PR_2017 -> {
                String alpha = number.substring(0, 3);
                if (masterData.codeTable(NATIONALITY_TABLE).byCode(alpha).isEmpty()) {
                    errors.add(error(ctx, "idNumber", text("id.nationality.unknownAlpha", alpha)));
                } else {
                    expected = Optional.of(alpha);
                }
            }
            case FOREIGN_PR_2023 -> {
                String province = number.substring(1, 3);
                if (masterData.division(province).filter(d -> d.level() == DivisionLevel.PROVINCE).isEmpty()) {
                    errors.add(error(ctx, "idNumber", text("id.nationality.unknownProvince", province)));
                }
                String numeric = number.substring(3, 6);
                Optional<CodeEntry> byNumber = masterData.codeTable(NATIONALITY_NUMERIC_TABLE).byCode(numeric);
                if (byNumber.isEmpty()) {
                    errors.add(error(ctx, "idNumber", text("id.nationality.unknownNumeric", numeric)));
                } else {
                    expected = masterData.codeTable(NATIONALITY_TABLE).byName(byNumber.get().name())
                            .map(CodeEntry::code);
                }
            }
            case HK_MO_TW -> expected = Optional.of(HMT_REGION.get(number.substring(0, 2)));
            default -> {
                return errors;
            }
        }
        if (c.type() != IdNumberType.HK_MO_TW && CHINA.contains(chosen)) {
            errors.add(error(ctx, "nationality", text("id.nationality.foreignerNotChinese")));
        } else if (expected.isPresent() && !chosen.isEmpty() && !chosen.equals(expected.get())) {
            String name = masterData.codeTable(NATIONALITY_TABLE).byCode(expected.get())
                    .map(CodeEntry::name).orElse("");
            errors.add(error(ctx, "nationality", text("id.nationality.mismatch", expected.get(), name)));
        }
        return errors;
    }

    private static Optional<IdNumberCheck> parsed(IdNumberParser parser, RuleContext ctx) {
        String raw = ctx.value("idNumber");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        IdNumberCheck check = parser.check(raw);
        return check.valid() ? Optional.of(check) : Optional.empty();
    }

    private static FieldError error(RuleContext ctx, String role, String detail) {
        return new FieldError(ctx.fieldId(role), ctx.message() + "：" + detail);
    }

    private static String text(String key, Object... args) {
        String pattern = IDENTITY.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
