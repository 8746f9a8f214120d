package org.residencedesk.port;

import org.residencedesk.domain.form.FormValues;

/** Stores form values as JSON (registrations keep their complete form; drafts survive a crash). */
public interface FormCodec {
    String toJson(String formId, int formVersion, FormValues values);

    FormValues fromJson(String json);
}
