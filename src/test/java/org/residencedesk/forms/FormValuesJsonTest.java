package org.residencedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.testsupport.RegistrationFixture;

class FormValuesJsonTest {

    @Test
    void roundTripKeepsFieldsGroupsAndRareCharacters() throws Exception {
        FormValues values = RegistrationFixture.valid().toBuilder()
                .set("name", "𠮷野家").set("emergencyContact", "阿依古丽·买买提").set("street", "")
                .addRow("companions", Map.of("name", "𠮷小明", "idNumber", "34052419800101001X", "minor", "true"))
                .build();

        String json = FormValuesJson.toJson("registration", 1, values);
        FormValuesJson.Draft draft = FormValuesJson.fromJson(json);

        assertThat(draft.formId()).isEqualTo("registration");
        assertThat(draft.formVersion()).isEqualTo(1);
        assertThat(draft.values()).isEqualTo(values);
        assertThat(draft.values().rows("companions").get(0).get("name")).isEqualTo("𠮷小明");
    }

    @Test
    void emptyGroupSurvives() throws Exception {
        FormValues values = FormValues.builder().set("name", "张三").group("companions").build();
        FormValues back = FormValuesJson.fromJson(FormValuesJson.toJson("registration", 1, values)).values();
        assertThat(back.groups()).containsKey("companions");
        assertThat(back.rows("companions")).isEmpty();
    }

    @Test
    void truncatedOrForeignTextIsATypedError() {
        String json = FormValuesJson.toJson("registration", 1, RegistrationFixture.valid());
        assertThatThrownBy(() -> FormValuesJson.fromJson(json.substring(0, json.length() / 2)))
                .isInstanceOf(FormValuesJson.DraftFormatException.class);
        assertThatThrownBy(() -> FormValuesJson.fromJson("[1,2,3]"))
                .isInstanceOf(FormValuesJson.DraftFormatException.class);
        assertThatThrownBy(() -> FormValuesJson.fromJson("{\"formId\":\"r\",\"formVersion\":1,\"fields\":{\"a\":{\"x\":1}}}"))
                .isInstanceOf(FormValuesJson.DraftFormatException.class);
    }

    @Test
    void toStringNeverShowsPersonalData() {
        assertThat(RegistrationFixture.valid().toString()).doesNotContain("张秀英").doesNotContain("11010519491231002X");
    }
}
