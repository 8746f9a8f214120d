package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.testsupport.RegistrationFixture;

class FormViewModelTest {
    private final FormViewModel vm = new FormViewModel(RegistrationFixture.validator(RegistrationFixture.form()));

    @Test
    void messagesAppearOnlyOnceAFieldWasLeftOrOnValidateAll() {
        vm.value("mobile").set("138123456789");
        assertThat(vm.message("mobile").get()).isEmpty();

        vm.touch("mobile");
        assertThat(vm.message("mobile").get()).isEqualTo("手机号码应为以1开头的11位数字");
        assertThat(vm.message("name").get()).isEmpty();

        vm.validateAll();
        assertThat(vm.message("name").get()).isEqualTo("此项必填");

        vm.value("mobile").set("13812345678");
        assertThat(vm.message("mobile").get()).isEmpty();
    }

    @Test
    void conditionsDriveVisibilityAndRequiredness() {
        assertThat(vm.visible("landlordName").get()).isFalse();
        vm.value("residenceType").set("34");
        assertThat(vm.visible("landlordName").get()).isTrue();
        assertThat(vm.required("landlordName").get()).isTrue();
        vm.value("residenceType").set("31");
        assertThat(vm.visible("landlordName").get()).isTrue();
        assertThat(vm.required("landlordName").get()).isFalse();
    }

    @Test
    void snapshotRestoreRoundTripAndDirtyTracking() {
        FormValues values = RegistrationFixture.valid().toBuilder().set("name", "𠮷野家")
                .addRow("companions", java.util.Map.of("name", "阿依古丽·买买提", "idNumber", "34052419800101001X",
                        "relationship", "30", "minor", "true", "schoolNeeds", "primary"))
                .build();
        vm.restore(values);

        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.snapshot()).isEqualTo(values);
        assertThat(vm.rows("companions")).hasSize(1);
        assertThat(vm.rows("companions").get(0).visible("schoolNeeds").get()).isTrue();
        assertThat(vm.validateAll().errors()).isEmpty();

        vm.value("street").set("武珞路");
        assertThat(vm.isDirty()).isTrue();
        vm.value("street").set("珞喻路");
        assertThat(vm.isDirty()).as("typing back the saved value is not a change").isFalse();

        vm.rows("companions").get(0).value("minor").set("false");
        assertThat(vm.rows("companions").get(0).visible("schoolNeeds").get()).isFalse();
        assertThat(vm.isDirty()).isTrue();
        vm.markClean();
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void rowMessagesFollowTheRowAfterAnEarlierRowIsRemoved() {
        RowViewModel first = vm.addRow("companions");
        RowViewModel second = vm.addRow("companions");
        first.value("name").set("张小明");
        second.value("relationship").set("98");
        vm.touch("companions[1].relationship");
        assertThat(second.message("relationship").get()).isEqualTo("代码表中没有此项，请从列表中选择");

        vm.removeRow("companions", first);
        assertThat(vm.rows("companions")).containsExactly(second);
        assertThat(second.message("relationship").get()).isEqualTo("代码表中没有此项，请从列表中选择");
        assertThat(vm.snapshot().rows("companions")).hasSize(1);
    }

    @Test
    void lockedAndSystemFieldsAreSkippedWhenLookingForTheFirstEmptyField() {
        vm.value("documentType").set("id-card");
        vm.value("idNumber").set("11010519491231002X");
        vm.value("name").set("张秀英");
        for (String id : new String[] {"documentType", "idNumber", "name"}) vm.lock(id);
        vm.lock("formerName");

        assertThat(vm.isEditable("name")).isFalse();
        assertThat(vm.isEditable("operator")).isFalse();
        assertThat(vm.firstEmptyEditableField()).contains("sex");

        vm.unlockAll();
        assertThat(vm.firstEmptyEditableField()).contains("formerName");
    }
}
