package org.residencedesk.service.register;

/**
 * One line of a picker's suggestion list: the key, and what the list shows — no ID number and no phone, so
 * suggestions are not audited per keystroke (ADR 0213).
 *
 * @param key  house code or credit code
 * @param name landlord or employer name
 */
public record RegisterSuggestion(String key, String name, String addressText) {
}
