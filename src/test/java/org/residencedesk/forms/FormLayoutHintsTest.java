package org.residencedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.Section;
import org.residencedesk.domain.form.SectionLayout;
import org.residencedesk.testsupport.RegistrationFixture;

/** The layout hints of a form file (ADR 0280) and its proposed defaults (ADR 0282), and their Chinese refusals. */
class FormLayoutHintsTest {
    private final YamlFormLoader loader = new YamlFormLoader(RegistrationFixture.rules());

    @Test
    void thePackagedFormPutsTheCardBlockBesideThePersonalSectionWithThePhotoAside() {
        FormDefinition form = RegistrationFixture.form();
        Section identity = form.sections().get(0);
        assertThat(identity.id()).isEqualTo("identity");
        assertThat(identity.layout()).isEqualTo(new SectionLayout(2, true, "photo"));
        assertThat(form.sections().get(1).layout()).isEqualTo(SectionLayout.single());
        assertThat(form.sections()).filteredOn(s -> s.id().equals("residence")).singleElement()
                .satisfies(s -> assertThat(s.layout().columns()).isEqualTo(3));
        assertThat(form.field("hukouAddress").orElseThrow().span()).isEqualTo(2);
        assertThat(form.field("name").orElseThrow().span()).isEqualTo(1);
        assertThat(form.field("residenceReason").orElseThrow().defaultValue()).isEqualTo("01");
        assertThat(form.field("residenceReason").orElseThrow().defaultWhen().referencedFields())
                .containsExactly("workplaceCreditCode");
        assertThat(form.tabOrder().indexOf("houseCode")).as("the house pick opens 居住信息")
                .isEqualTo(form.tabOrder().indexOf("residenceDivision") - 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "columns: 4|        |          | 7|     | BAD_COLUMNS|    分区“a”的键“columns”（每行字段数）只能是 1、2 或 3，而不是“4”",
            "columns: 2|span: 3 |          |12| x   | SPAN_TOO_WIDE|  键“span”为 3，超过了本分区的“columns”（2）",
            "          |        |aside: y  | 7|     | BAD_ASIDE|      键“aside”须是分区“a”中的一个字段（不能是重复组），“y”不是",
            "          |defaultWhen: {field: x, notEmpty: true}| |11| x | MISSING_KEY| 缺少必需的键“default”",
            "besideNext: true|  |          | 7|     | BESIDE_NOTHING| 分区“a”是最后一个分区，后面没有分区可以并排，不能写键“besideNext”",
    })
    void wrongHintsAreRefusedInChineseWithTheirLine(String sectionKey, String fieldKey, String asideKey, int line,
                                                     String fieldId, FormLoadProblem problem, String text) {
        String yaml = "form: t\nversion: 1\ntitle: 测试\nsections:\n  - id: a\n    title: 甲\n"
                + (sectionKey == null ? "" : "    " + sectionKey + "\n")
                + (asideKey == null ? "" : "    " + asideKey + "\n")
                + "    fields:\n      - id: x\n        type: text\n        label: 乙\n"
                + (fieldKey == null ? "" : "        " + fieldKey + "\n");
        FormDefinitionException e = catchThrowableOfType(FormDefinitionException.class,
                () -> loader.load("t.yaml", new StringReader(yaml)));
        assertThat(e).as(yaml).isNotNull();
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.fieldId()).isEqualTo(fieldId);
        assertThat(e.getMessage()).startsWith("t.yaml 第" + line + "行").endsWith(text);
    }
}
