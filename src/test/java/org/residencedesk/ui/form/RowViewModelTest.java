package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testsupport.RegistrationFixture;

/** One 随迁人员 row of the packaged registration form, without a window. */
class RowViewModelTest {
    private final FormViewModel form = new FormViewModel(RegistrationFixture.validator(RegistrationFixture.form()));

    @Test
    void aNewRowHasEveryColumnEmptyWithoutMessagesAndHidesSchoolNeedsUntilMinor() {
        RowViewModel row = form.addRow("companions");

        assertThat(row.snapshot()).containsOnlyKeys("name", "idNumber", "relationship", "minor", "schoolNeeds")
                .allSatisfy((column, value) -> assertThat(value).isEmpty());
        assertThat(row.message("name").get()).isEmpty();
        assertThat(row.visible("name").get()).isTrue();
        assertThat(row.visible("schoolNeeds").get()).isFalse();

        row.value("minor").set("true");
        assertThat(row.visible("schoolNeeds").get()).isTrue();
    }

    @Test
    void visibilityIsDecidedPerRow() {
        RowViewModel child = form.addRow("companions");
        RowViewModel adult = form.addRow("companions");

        child.value("minor").set("true");

        assertThat(child.visible("schoolNeeds").get()).isTrue();
        assertThat(adult.visible("schoolNeeds").get()).isFalse();
    }

    @Test
    void requiredCellsAreNamedInChineseOnlyOnceTouchedOrOnValidateAll() {
        RowViewModel first = form.addRow("companions");
        RowViewModel second = form.addRow("companions");

        form.touch("companions[0].name");
        assertThat(first.message("name").get()).isEqualTo("此项必填");
        assertThat(first.message("idNumber").get()).as("not left yet").isEmpty();
        assertThat(second.message("name").get()).as("another row").isEmpty();

        form.validateAll();
        assertThat(second.message("idNumber").get()).isEqualTo("此项必填");
        assertThat(second.message("relationship").get()).isEqualTo("此项必填");

        second.value("idNumber").set("420106199003151239");
        assertThat(second.message("idNumber").get()).isEqualTo(RegistrationFixture.BAD_ID_MESSAGE);
        second.value("idNumber").set(IdNumbers.citizen("420106", "20150315", 122));
        second.value("name").set("张小明");
        second.value("relationship").set("30");
        assertThat(second.message("idNumber").get()).isEmpty();
        assertThat(second.message("name").get()).isEmpty();
        assertThat(second.message("relationship").get()).isEmpty();
    }

    @Test
    void whatIsTypedIsWhatTheFormSaves() {
        RowViewModel row = form.addRow("companions");
        row.value("name").set("阿依古丽·买买提");
        row.value("minor").set("true");
        row.value("schoolNeeds").set("primary");

        Map<String, String> saved = form.snapshot().rows("companions").get(0);

        assertThat(saved).containsEntry("name", "阿依古丽·买买提").containsEntry("minor", "true")
                .containsEntry("schoolNeeds", "primary").as("empty cells are not stored").doesNotContainKey("idNumber");
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void anUnknownColumnIsAProgrammingErrorNamedAsSuch() {
        RowViewModel row = form.addRow("companions");

        assertThatThrownBy(() -> row.value("mobile")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no column mobile");
        assertThatThrownBy(() -> row.message("mobile")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> row.visible("mobile")).isInstanceOf(IllegalArgumentException.class);
    }
}
