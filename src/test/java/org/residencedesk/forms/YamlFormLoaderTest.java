package org.residencedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.residencedesk.domain.form.Condition;
import org.residencedesk.domain.form.CrossFieldRules;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.masterdata.DivisionLevel;

class YamlFormLoaderTest {
    private final YamlFormLoader loader = new YamlFormLoader(org.residencedesk.testsupport.RegistrationFixture.rules());

    @Test
    void loadsThePackagedRegistrationForm() throws Exception {
        FormDefinition form = loader.loadClasspath("forms/registration.yaml");

        assertThat(form.id()).isEqualTo("registration");
        assertThat(form.sections()).extracting(s -> s.id())
                .containsExactly("identity", "personal", "residence", "work", "companions", "declaration");
        assertThat(form.tabOrder()).startsWith("documentType", "idNumber", "nationality", "name", "englishName", "passNumber", "issueCount",
                "formerName", "sex");
        FieldDefinition residence = form.field("residenceDivision").orElseThrow();
        assertThat(residence.type()).isEqualTo(FieldType.DIVISION);
        assertThat(residence.divisionLevel()).isEqualTo(DivisionLevel.VILLAGE);
        assertThat(residence.within()).isEqualTo("42");
        assertThat(form.field("education").orElseThrow().codeTable()).isEqualTo("education");
        assertThat(form.field("landlordName").orElseThrow().visibleWhen())
                .isEqualTo(new Condition.In("residenceType", java.util.List.of("31", "34")));
        FieldDefinition companions = form.field("companions").orElseThrow();
        assertThat(companions.columns()).extracting(FieldDefinition::id)
                .containsExactly("name", "idNumber", "relationship", "minor", "schoolNeeds");
        assertThat(form.field("privacyConsent").orElseThrow().requiredTrue()).isTrue();
        assertThat(form.field("registrationNumber").orElseThrow().readOnly()).isTrue();
        assertThat(form.rules()).extracting(r -> r.name()).contains("arrivalNotBeforeBirth", "minorNeedsGuardian",
                "documentKindMatchesNumber", "nationalityMatchesIdNumber", "enrolmentNotBeforeBirth");
    }

    @Test
    void loadsFromAFileAndNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("mini.yaml");
        Files.writeString(good, "form: mini\nversion: 2\ntitle: 小表\nsections:\n  - id: s\n    title: 分区\n"
                + "    fields:\n      - {id: name, type: name, label: 姓名, required: true}\n");
        assertThat(loader.loadFile(good).version()).isEqualTo(2);

        Path bad = dir.resolve("station-edit.yaml");
        Files.writeString(bad, Files.readString(good).replace("type: name", "type: nmae"));
        FormDefinitionException e = catchThrowableOfType(FormDefinitionException.class, () -> loader.loadFile(bad));
        assertThat(e.getMessage()).isEqualTo(bad + " 第8行（字段 name）：未知的字段类型“nmae”");

        FormDefinitionException missing = catchThrowableOfType(FormDefinitionException.class,
                () -> loader.loadFile(dir.resolve("absent.yaml")));
        assertThat(missing.problem()).isEqualTo(FormLoadProblem.UNREADABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unknown-type.yaml,            12, mobile,        UNKNOWN_TYPE,            未知的字段类型“phone”",
            "unknown-code-table.yaml,      10, sex,           UNKNOWN_CODE_TABLE,      未知的代码表“genders”",
            "unknown-rule.yaml,            12, ,              UNKNOWN_RULE,            未注册的校验规则“ageMatchesZodiac”",
            "duplicate-id.yaml,            14, mobile,        DUPLICATE_ID,            字段编号“mobile”重复",
            "duplicate-column.yaml,        15, name,          DUPLICATE_ID,            字段编号“name”重复",
            "unknown-key.yaml,             11, name,          UNKNOWN_KEY,             不认识的键“requird”",
            "unknown-field-reference.yaml,  8, landlordName,  UNKNOWN_FIELD_REFERENCE, 引用了不存在的字段“residenceTyp”",
            "bad-condition.yaml,           11, arrivalDate,   BAD_CONDITION,           条件应为",
            "unknown-level.yaml,           10, residenceDivision, UNKNOWN_DIVISION_LEVEL, 未知的区划级别“STREET”",
            "rule-field-missing.yaml,      12, birthDate,     UNKNOWN_FIELD_REFERENCE, 引用了不存在的字段“birthDate”",
            "key-not-for-type.yaml,        11, mobile,        KEY_NOT_FOR_TYPE,        键“codeTable”不能用于“phone-mobile”类型的字段",
    })
    void brokenFilesNameFileLineAndField(String file, int line, String fieldId, FormLoadProblem problem, String text) {
        String resource = "forms/broken/" + file;
        FormDefinitionException e = catchThrowableOfType(FormDefinitionException.class, () -> loader.loadClasspath(resource));

        assertThat(e).as(file).isNotNull();
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.fieldId()).isEqualTo(fieldId);
        assertThat(e.getMessage()).startsWith(resource + " 第" + line + "行").contains(text);
        if (fieldId != null) assertThat(e.getMessage()).contains("字段 " + fieldId);
    }

    @Test
    void yamlSyntaxErrorsCarryTheParsersLine() {
        FormDefinitionException e = catchThrowableOfType(FormDefinitionException.class,
                () -> loader.loadClasspath("forms/broken/syntax-error.yaml"));
        assertThat(e.problem()).isEqualTo(FormLoadProblem.SYNTAX);
        assertThat(e.line()).isBetween(10, 12);
        assertThat(e.getMessage()).startsWith("forms/broken/syntax-error.yaml 第" + e.line() + "行：YAML 格式错误");
    }

    @Test
    void duplicateKeysAndEmptyFilesAreRejected() {
        FormDefinitionException dup = catchThrowableOfType(FormDefinitionException.class,
                () -> loader.load("dup.yaml", new StringReader("form: a\nform: b\n")));
        assertThat(dup.problem()).isEqualTo(FormLoadProblem.DUPLICATE_KEY);
        assertThat(dup.line()).isEqualTo(2);

        FormDefinitionException empty = catchThrowableOfType(FormDefinitionException.class,
                () -> loader.load("empty.yaml", new StringReader("# only a comment\n")));
        assertThat(empty.problem()).isEqualTo(FormLoadProblem.EMPTY_FILE);
    }

    @Test
    void yamlTagsDoNotInstantiateAnything() {
        String yaml = "form: !!javax.script.ScriptEngineManager [x]\nversion: 1\n";
        FormDefinitionException e = catchThrowableOfType(FormDefinitionException.class,
                () -> loader.load("tag.yaml", new StringReader(yaml)));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
    }
}
