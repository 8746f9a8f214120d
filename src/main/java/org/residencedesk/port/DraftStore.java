package org.residencedesk.port;

import java.util.Optional;

/**
 * Crash-safe drafts of forms being typed: a power cut loses at most the last few seconds of typing.
 * Drafts hold personal data, so they live in the data folder beside the database and are removed as
 * soon as the form is saved or discarded.
 */
public interface DraftStore {
    void save(String key, String content);

    Optional<String> load(String key);

    void discard(String key);
}
