package org.residencedesk.port.demodata;

import java.util.Map;

/**
 * The Chinese word lists synthetic people are made of (names, streets, workplaces), as a plain tree:
 * maps, lists, strings and numbers. Text is data, not code; the adapter reads it from the packaged file.
 */
public interface DemoWordSource {
    /** @throws IllegalStateException the packaged word lists are missing or unreadable */
    Map<String, Object> wordLists();
}
