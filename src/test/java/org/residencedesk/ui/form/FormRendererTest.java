package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.testsupport.InMemoryMasterData;
import org.residencedesk.testsupport.RegistrationFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FormRendererTest {
    private FormViewModel vm;
    private FormRenderer renderer;

    @Start
    void start(Stage stage) {
        vm = new FormViewModel(RegistrationFixture.validator(RegistrationFixture.form()));
        renderer = new FormRenderer(vm, new InMemoryMasterData());
        stage.setScene(new Scene(renderer.render(), 1000, 800));
        stage.show();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#field-" + id).queryAs(TextField.class);
    }

    private void typeInto(FxRobot robot, String id, String text) {
        robot.interact(() -> field(robot, id).requestFocus());
        robot.write(text);
    }

    @Test
    void typesChineseNamesIncludingRareCharactersAndTheMiddleDot(FxRobot robot) {
        typeInto(robot, "name", "𠮷野家");
        typeInto(robot, "emergencyContact", "阿依古丽·买买提");
        robot.type(KeyCode.ENTER);

        assertThat(vm.value("name").get()).isEqualTo("𠮷野家");
        assertThat(vm.value("emergencyContact").get()).isEqualTo("阿依古丽·买买提");
        assertThat(vm.message("name").get()).isEmpty();
        assertThat(vm.message("emergencyContact").get()).isEmpty();
    }

    @Test
    void aBadMobileShowsItsChineseMessageBesideTheField(FxRobot robot) {
        typeInto(robot, "mobile", "138123456789");
        robot.type(KeyCode.ENTER);

        Label message = robot.lookup("#msg-mobile").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("手机号码应为以1开头的11位数字");
        assertThat(message.isVisible()).isTrue();
        assertThat(field(robot, "residenceDivision").isFocused())
                .as("Enter skips the optional phones and contacts to the next field that needs input").isTrue();

        robot.interact(() -> field(robot, "mobile").requestFocus());
        robot.interact(() -> field(robot, "mobile").selectAll());
        robot.write("13812345678");
        robot.type(KeyCode.ENTER);
        assertThat(message.getText()).isEmpty();
    }

    @Test
    void codeFieldAcceptsPinyinInitialsAndEnterTakesTheTopSuggestion(FxRobot robot) {
        typeInto(robot, "education", "dxbk");
        robot.type(KeyCode.ENTER);

        assertThat(vm.value("education").get()).isEqualTo("21");
        assertThat(field(robot, "education").getText()).isEqualTo("21 大学本科毕业");
        assertThat(field(robot, "maritalStatus").isFocused()).isTrue();

        robot.write("已婚");
        robot.type(KeyCode.ENTER);
        assertThat(vm.value("maritalStatus").get()).isEqualTo("20");

        typeInto(robot, "residenceDivision", "hhsq");
        robot.type(KeyCode.ENTER);
        assertThat(vm.value("residenceDivision").get()).isEqualTo("420111002003");
        assertThat(vm.message("residenceDivision").get()).isEmpty();
    }

    @Test
    void unknownCodeTextStaysAndIsReported(FxRobot robot) {
        typeInto(robot, "sex", "xyz");
        robot.type(KeyCode.ENTER);
        assertThat(vm.value("sex").get()).isEqualTo("xyz");
        assertThat(robot.lookup("#msg-sex").queryAs(Label.class).getText()).isEqualTo("代码表中没有此项，请从列表中选择");
    }

    @Test
    void compactDatesAreNormalisedWhenLeavingTheField(FxRobot robot) {
        typeInto(robot, "birthDate", "19491231");
        robot.type(KeyCode.ENTER);
        assertThat(vm.value("birthDate").get()).isEqualTo("1949-12-31");
        assertThat(field(robot, "birthDate").getText()).isEqualTo("1949-12-31");
        assertThat(field(robot, "hukouDivision").isFocused()).isTrue();
    }

    @Test
    void conditionalFieldsAppearAndRepeatingGroupRowsAreAdded(FxRobot robot) {
        assertThat(field(robot, "landlordName").isVisible()).isFalse();
        typeInto(robot, "residenceType", "34");
        robot.type(KeyCode.ENTER);
        assertThat(field(robot, "landlordName").isVisible()).isTrue();
        assertThat(field(robot, "landlordName").isFocused())
                .as("Enter goes straight to the newly shown, now required landlord field (house code is optional)")
                .isTrue();

        robot.interact(() -> robot.lookup("#add-companions").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.rows("companions")).hasSize(1);
        TextField rowName = (TextField) renderer.control("companions[0].name").orElseThrow();
        assertThat(rowName.isFocused()).isTrue();
        robot.write("𠮷小明");
        robot.type(KeyCode.ENTER);
        assertThat(vm.rows("companions").get(0).value("name").get()).isEqualTo("𠮷小明");
    }

    @Test
    void snapshotRestoreRoundTripThroughTheScreen(FxRobot robot) throws Exception {
        FormValues values = RegistrationFixture.valid().toBuilder().set("name", "阿依古丽·买买提")
                .addRow("companions", Map.of("name", "𠮷小明", "idNumber", "34052419800101001X",
                        "relationship", "20", "minor", "true", "schoolNeeds", "primary"))
                .build();
        robot.interact(() -> vm.restore(values));

        assertThat(field(robot, "name").getText()).isEqualTo("阿依古丽·买买提");
        assertThat(field(robot, "education").getText()).isEqualTo("21 大学本科毕业");
        assertThat(robot.lookup("#field-privacyConsent").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(((TextField) renderer.control("companions[0].name").orElseThrow()).getText()).isEqualTo("𠮷小明");

        typeInto(robot, "street", "武珞路");
        robot.type(KeyCode.ENTER);
        assertThat(vm.isDirty()).isTrue();
        FormValues edited = WaitForAsyncUtils.asyncFx(() -> vm.snapshot()).get(5, TimeUnit.SECONDS);
        assertThat(edited.get("street")).as("focusing selects the old text, typing replaces it").isEqualTo("武珞路");
        assertThat(edited).isEqualTo(values.toBuilder().set("street", "武珞路").build());

        robot.interact(() -> vm.restore(values));
        assertThat(field(robot, "street").getText()).isEqualTo("珞喻路");
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void afterACardSwipeFocusGoesToTheFirstFieldThatNeedsInput(FxRobot robot) {
        robot.interact(() -> {
            vm.value("documentType").set("id-card");
            vm.value("idNumber").set("11010519491231002X");
            vm.value("name").set("张秀英");
            vm.lock("idNumber");
            vm.lock("name");
            vm.lock("documentType");
            renderer.focusFirstEmptyEditable();
        });
        assertThat(field(robot, "sex").isFocused()).as("optional 曾用名 is skipped; 性别 is required").isTrue();
        assertThat(field(robot, "name").isEditable()).isFalse();
        robot.write("2").type(KeyCode.ENTER);
        assertThat(vm.value("name").get()).isEqualTo("张秀英");
        assertThat(vm.value("sex").get()).isEqualTo("2");
    }
}
