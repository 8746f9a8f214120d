package org.residencedesk.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Set;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitApplication;

/**
 * Writes and reads the whole {@link PermitApplication} as JSON by its fields (ADR 0070), so the domain
 * class needs neither annotations nor a restore method. Records (history entries, prints, handovers ...)
 * go through their canonical constructors; the aggregate through its private constructor named by a
 * mix-in. A renamed domain field breaks the round-trip test, not silently the data.
 */
final class PermitStateJson {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(PermitApplication.class, PermitApplicationMixIn.class)
            .build();

    String write(PermitApplication permit) {
        try {
            return mapper.writeValueAsString(permit);
        } catch (JsonProcessingException e) {
            throw new StorageException("permit state not writable: " + e.getClass().getSimpleName(), e);
        }
    }

    PermitApplication read(String json) {
        try {
            return mapper.readValue(json, PermitApplication.class);
        } catch (JsonProcessingException e) {
            throw new StorageException("permit state not readable: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Names the aggregate's private constructor as the creator; the other fields are set directly. The
     * materials are merged into the aggregate's own EnumSet, so the restored set keeps its type and order.
     */
    abstract static class PermitApplicationMixIn {
        @JsonMerge
        private Set<MaterialKind> presented;

        @JsonCreator
        PermitApplicationMixIn(@JsonProperty("id") String id, @JsonProperty("registrationId") String registrationId,
                               @JsonProperty("circumstances") ApplicantCircumstances circumstances,
                               @JsonProperty("submittedOn") LocalDate submittedOn) {
        }
    }
}
