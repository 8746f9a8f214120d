package org.residencedesk.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.residencedesk.forms.YamlFormLoader;
import org.residencedesk.testsupport.InMemoryMasterData;
import org.residencedesk.testsupport.RegistrationFixture;

class FormValidatorTest {
    private static final FormDefinition FORM = RegistrationFixture.form();
    private final FormValidator validator = RegistrationFixture.validator(FORM);

    private static Arguments bad(String label, UnaryOperator<FormValues.Builder> change, String path, String message,
                                 String... alsoBlamed) {
        return Arguments.of(label, change, path, message, List.of(alsoBlamed));
    }

    private static UnaryOperator<FormValues.Builder> set(String field, String value) {
        return b -> b.set(field, value);
    }

    private static UnaryOperator<FormValues.Builder> companion(String name, String id, String rel) {
        return b -> b.addRow("companions", Map.of("name", name, "idNumber", id, "relationship", rel, "minor", "false"));
    }

    static Stream<Arguments> badInputs() {
        String fiftyOneJi = "𠮷".repeat(51);
        return Stream.of(
                bad("12-digit mobile", set("mobile", "138123456789"), "mobile", "手机号码应为以1开头的11位数字"),
                bad("10-digit mobile", set("mobile", "1381234567"), "mobile", "手机号码应为以1开头的11位数字"),
                bad("mobile not starting with 1", set("mobile", "23812345678"), "mobile", "手机号码应为以1开头的11位数字"),
                bad("mobile with spaces inside", set("mobile", "138 1234 5678"), "mobile", "手机号码应为以1开头的11位数字"),
                bad("missing mobile", set("mobile", ""), "mobile", "此项必填"),
                bad("blank name", set("name", "   "), "name", "此项必填"),
                bad("digit in name", set("name", "张三3"), "name", "姓名只能由汉字和间隔号“·”组成（外籍人员可用英文字母）"),
                bad("name starting with dot", set("name", "·阿依古丽"), "name", "姓名只能由汉字和间隔号“·”组成（外籍人员可用英文字母）"),
                bad("line break in name", set("name", "张\n三"), "name", "不能包含换行、制表符等控制字符"),
                bad("lone surrogate in name", set("name", "张\uD842"), "name", "不能包含换行、制表符等控制字符"),
                bad("51 characters outside the BMP", set("name", fiftyOneJi), "name", "不能超过50个字"),
                bad("bidi override in address", set("hukouAddress", "北京市\u202E朝阳区"), "hukouAddress", "不能包含换行、制表符等控制字符"),
                bad("tab in street", set("street", "珞喻路\t1号"), "street", "不能包含换行、制表符等控制字符"),
                bad("over-long street", set("street", "路".repeat(51)), "street", "不能超过50个字"),
                bad("over-long address", set("hukouAddress", "址".repeat(101)), "hukouAddress", "不能超过100个字"),
                bad("February 30th", set("birthDate", "2023-02-30"), "birthDate", "日期无效，请按“年-月-日”填写，如2024-03-15"),
                bad("slashes in date", set("birthDate", "1949/12/31"), "birthDate", "日期无效，请按“年-月-日”填写，如2024-03-15"),
                bad("compact date left unconverted", set("birthDate", "19491231"), "birthDate", "日期无效，请按“年-月-日”填写，如2024-03-15"),
                bad("birth before 1900", set("birthDate", "1850-01-01"), "birthDate", "日期无效，请按“年-月-日”填写，如2024-03-15"),
                bad("birth in the future", set("birthDate", "2026-11-29"), "birthDate", "出生日期不能晚于今天", "arrivalDate"),
                bad("arrival in the future", set("arrivalDate", "2026-12-01"), "arrivalDate", "来本地日期不能晚于今天"),
                bad("arrival before birth", set("arrivalDate", "1940-01-01"), "arrivalDate", "来本地日期不能早于出生日期"),
                bad("ID card issued in the future", set("validFrom", "2027-01-01"), "validFrom", "不能晚于今天"),
                bad("validity ends before it starts", set("validUntil", "2009-12-31"), "validUntil", "证件有效期截止日期应晚于起始日期"),
                bad("validity word not accepted", set("validUntil", "永久"), "validUntil", "日期无效，请按“年-月-日”填写，如2024-03-15"),
                bad("unknown sex code", set("sex", "5"), "sex", "代码表中没有此项，请从列表中选择"),
                bad("unknown ethnic group", set("ethnicGroup", "57"), "ethnicGroup", "代码表中没有此项，请从列表中选择"),
                bad("education given by name", set("education", "本科"), "education", "代码表中没有此项，请从列表中选择"),
                bad("unknown marital status", set("maritalStatus", "99"), "maritalStatus", "代码表中没有此项，请从列表中选择"),
                bad("unknown hukou division", set("hukouDivision", "999999"), "hukouDivision", "没有这个行政区划，请从列表中选择"),
                bad("residence only down to township", set("residenceDivision", "420111002"), "residenceDivision", "行政区划级别不对，请选到规定的级别"),
                bad("residence outside Hubei", set("residenceDivision", "110105001001"), "residenceDivision", "居住地须在湖北省内"),
                bad("short fixed phone", set("fixedPhone", "12345"), "fixedPhone", "固定电话应为“区号-号码”，如027-87654321"),
                bad("fixed phone without area code", set("fixedPhone", "87654321"), "fixedPhone", "固定电话应为“区号-号码”，如027-87654321"),
                bad("emergency contact without phone", set("emergencyContact", "王五"), "emergencyPhone", "此项必填"),
                bad("emergency phone garbage", b -> b.set("emergencyContact", "王五").set("emergencyPhone", "110-abc"),
                        "emergencyPhone", "请填写11位手机号码或“区号-号码”的固定电话"),
                bad("rented flat without landlord", set("landlordName", ""), "landlordName", "此项必填"),
                bad("landlord 12-digit mobile", set("landlordPhone", "139000011112"), "landlordPhone", "手机号码应为以1开头的11位数字"),
                bad("house code with dash", set("houseCode", "AB-12"), "houseCode", "房屋编码只能由数字和字母组成"),
                bad("ID number bad check character", set("idNumber", "110105194912310021"), "idNumber", RegistrationFixture.BAD_ID_MESSAGE),
                bad("ID number 17 digits", set("idNumber", "11010519491231002"), "idNumber", RegistrationFixture.BAD_ID_MESSAGE),
                bad("ID number 19 characters", set("idNumber", "11010519491231002XX"), "idNumber", RegistrationFixture.BAD_ID_MESSAGE),
                bad("over-long workplace", set("workplaceName", "司".repeat(101)), "workplaceName", "不能超过100个字"),
                bad("credit code too short", set("workplaceCreditCode", "123"), "workplaceCreditCode", RegistrationFixture.BAD_USCC_MESSAGE),
                bad("worker without workplace", set("workplaceName", ""), "workplaceName", "此项必填"),
                bad("contract ends before start", b -> b.set("contractStart", "2025-01-01").set("contractEnd", "2024-12-31"),
                        "contractEnd", "劳动合同终止日期应晚于起始日期"),
                bad("contract start without end", set("contractStart", "2025-01-01"), "contractEnd", "此项必填"),
                bad("month 13", set("insuranceStartMonth", "2026-13"), "insuranceStartMonth", "年月无效，请按“年-月”填写，如2024-03"),
                bad("insurance month in the future", set("insuranceStartMonth", "2026-12"), "insuranceStartMonth", "不能晚于今天"),
                bad("insurance before birth", set("insuranceStartMonth", "1940-01"), "insuranceStartMonth", "参保起始年月不能早于出生年月"),
                bad("student without school", set("residenceReason", "13"), "schoolName", "此项必填"),
                bad("privacy notice not accepted", set("privacyConsent", "false"), "privacyConsent", "须向本人告知个人信息处理规则并取得同意后才能登记"),
                bad("privacy notice left empty", set("privacyConsent", ""), "privacyConsent", "须向本人告知个人信息处理规则并取得同意后才能登记"),
                bad("unknown declarant", set("declarant", "boss"), "declarant", "请从列表中选择"),
                bad("minor declaring for themselves", b -> b.set("birthDate", "2015-06-01").set("idNumber", "110105201506010024"), "declarant",
                        "未满16周岁本人申报的，须有监护人陪同（勾选“监护人陪同”并填写监护人信息），或由监护人、近亲属代为申报"),
                bad("minor with a guardian present but no guardian named", b -> b.set("birthDate", "2015-06-01")
                        .set("idNumber", "110105201506010024").set("guardianPresent", "true"), "guardianName", "此项必填",
                        "guardianIdNumber"),
                bad("enrolment before birth", b -> b.set("residenceReason", "13").set("schoolName", "武汉大学")
                        .set("schoolEnrolmentDate", "1949-09-01"), "schoolEnrolmentDate", "入学日期不能早于出生日期"),
                bad("enrolment in the future", b -> b.set("residenceReason", "13").set("schoolName", "武汉大学")
                        .set("schoolEnrolmentDate", "2026-11-29"), "schoolEnrolmentDate", "不能晚于今天"),
                bad("birth date not that of the ID number", set("birthDate", "1950-01-01"), "birthDate", "出生日期与证件号码不一致"),
                bad("sex not that of the ID number", set("sex", "1"), "sex", "性别与证件号码不一致"),
                bad("guardian declarant without name", set("declarant", "guardian"), "guardianName", "此项必填", "guardianIdNumber"),
                bad("companion without name", companion("", "34052419800101001X", "20"), "companions[0].name", "此项必填"),
                bad("companion unknown relationship", companion("张小明", "34052419800101001X", "98"),
                        "companions[0].relationship", "代码表中没有此项，请从列表中选择"),
                bad("companion bad ID number", companion("张小明", "340524198001010010", "20"),
                        "companions[0].idNumber", RegistrationFixture.BAD_ID_MESSAGE),
                bad("eleven companions", b -> {
                    for (int i = 0; i < 11; i++) companion("张小明", "34052419800101001X", "20").apply(b);
                    return b;
                }, "companions", "最多填写10行"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void eachBadInputGivesItsChineseMessageOnTheRightField(String label, UnaryOperator<FormValues.Builder> change,
                                                            String path, String message, List<String> alsoBlamed) {
        ValidationResult result = validator.validate(change.apply(RegistrationFixture.valid().toBuilder()).build());

        assertThat(result.messageFor(path)).as(label + " -> " + result.errors()).contains(message);
        assertThat(result.errors()).as("only the changed field is blamed: " + result.errors())
                .extracting(FieldError::fieldPath).containsExactlyInAnyOrderElementsOf(concat(path, alsoBlamed));
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    @Test
    void theValidBaselinePasses() {
        assertThat(validator.validate(RegistrationFixture.valid()).errors()).isEmpty();
    }

    @Test
    void namesOutsideTheBmpAndWithMiddleDotAreAccepted() {
        for (String name : List.of("𠮷", "𠮷野家", "阿依古丽·买买提", "𠮷".repeat(50), "JOHN SMITH")) {
            FormValues v = RegistrationFixture.valid().toBuilder().set("name", name).build();
            assertThat(validator.validate(v).errors()).as(name).isEmpty();
        }
    }

    @Test
    void aMinorDeclaresInPersonWithAGuardianPresent() {
        // art. 9: a guardian MAY declare for a minor; the minor in person with a guardian present is allowed (ADR 0173)
        FormValues v = RegistrationFixture.valid().toBuilder().set("birthDate", "2011-06-01")
                .set("idNumber", "110105201106010025").set("guardianPresent", "true").set("guardianName", "张建国")
                .set("guardianIdNumber", "34052419800101001X").build();
        assertThat(validator.validate(v).errors()).isEmpty();
        FormValues byGuardian = v.toBuilder().set("guardianPresent", "").set("declarant", "guardian").build();
        assertThat(validator.validate(byGuardian).errors()).isEmpty();
    }

    @Test
    void hiddenFieldsAreNeitherRequiredNorChecked() {
        FormValues v = RegistrationFixture.valid().toBuilder()
                .set("residenceType", "21").set("landlordName", "").set("landlordPhone", "12").build();
        assertThat(validator.validate(v).errors()).isEmpty();
    }

    @Test
    void systemFilledFieldsAreNotValidated() {
        FormValues v = RegistrationFixture.valid().toBuilder().set("registrationDate", "").set("operator", "").build();
        assertThat(validator.validate(v).errors()).isEmpty();
    }

    @Test
    void companionSchoolNeedsOnlyCountForMinors() {
        FormValues v = RegistrationFixture.valid().toBuilder().addRow("companions",
                Map.of("name", "张小明", "idNumber", "34052419800101001X", "relationship", "20",
                        "minor", "false", "schoolNeeds", "university")).build();
        assertThat(validator.validate(v).errors()).isEmpty();

        FormValues minor = v.toBuilder().setInRow("companions", 0, "minor", "true").build();
        assertThat(validator.validate(minor).messageFor("companions[0].schoolNeeds")).contains("请从列表中选择");
    }

    @Test
    void aMissingPluggedValidatorIsAStartupError() {
        assertThatThrownBy(() -> new FormValidator(FORM, new InMemoryMasterData(), RegistrationFixture.clock(),
                new FieldTypeValidators(), RegistrationFixture.rules(), FormMessages.fromBundle()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("id-number");
    }

    @Test
    void anExtraRuleIsRegisteredInOneLineAndReferencedFromYaml() throws Exception {
        CrossFieldRules rules = CrossFieldRules.standard().register("birthDateMatchesIdNumber",
                CrossFieldRule.of(Map.of("idNumber", "idNumber", "birthDate", "birthDate"),
                        ctx -> ctx.value("idNumber").substring(6, 14).equals(ctx.value("birthDate").replace("-", ""))
                                ? List.of() : List.of(ctx.errorOn("birthDate"))));
        String yaml = """
                form: tiny
                version: 1
                title: 测试
                sections:
                  - id: s
                    title: 身份
                    fields:
                      - {id: idNumber, type: text, label: 证件号码}
                      - {id: dob, type: date, label: 出生日期}
                rules:
                  - rule: birthDateMatchesIdNumber
                    fields: {birthDate: dob}
                    message: 出生日期与证件号码不一致
                """;
        FormDefinition tiny = new YamlFormLoader(rules).load("tiny.yaml", new StringReader(yaml));
        FormValidator v = new FormValidator(tiny, new InMemoryMasterData(), RegistrationFixture.clock(),
                new FieldTypeValidators(), rules, FormMessages.fromBundle());

        FormValues mismatch = FormValues.builder().set("idNumber", "11010519491231002X").set("dob", "1950-01-01").build();
        assertThat(v.validate(mismatch).errors()).containsExactly(new FieldError("dob", "出生日期与证件号码不一致"));
        FormValues match = mismatch.toBuilder().set("dob", "1949-12-31").build();
        assertThat(v.validate(match).isValid()).isTrue();
    }

    @Test
    void aPluggedValidatorWithoutItsOwnMessageFallsBackToTheGenericOne() {
        FieldTypeValidators tv = RegistrationFixture.testTypeValidators()
                .register(FieldType.SOCIAL_CREDIT_CODE, x -> Optional.of(""));
        FormValidator v = new FormValidator(FORM, new InMemoryMasterData(), RegistrationFixture.clock(), tv,
                RegistrationFixture.rules(), FormMessages.fromBundle());
        FormValues values = RegistrationFixture.valid().toBuilder().set("workplaceCreditCode", "91420100MA4K").build();
        assertThat(v.validate(values).messageFor("workplaceCreditCode")).contains("号码不正确");
    }
}
