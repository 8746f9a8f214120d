package org.residencedesk.forms;

import org.residencedesk.domain.form.FormValues;
import org.residencedesk.port.FormCodec;

/** {@link FormCodec} on the draft JSON format, so stored forms and crash drafts read the same way. */
public final class JsonFormCodec implements FormCodec {
    @Override
    public String toJson(String formId, int formVersion, FormValues values) {
        return FormValuesJson.toJson(formId, formVersion, values);
    }

    @Override
    public FormValues fromJson(String json) {
        try {
            return FormValuesJson.fromJson(json).values();
        } catch (FormValuesJson.DraftFormatException e) {
            throw new IllegalStateException("stored form values are unreadable", e);
        }
    }
}
