package org.residencedesk.domain.audit;

/** Every kind of audited act. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
    STATION_CREATED,
    USER_CREATED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    LOGOUT,
    RECORD_VIEWED,
    RECORD_CREATED,
    RECORD_CHANGED,
    RECORD_CANCELLED,
    DATA_EXPORTED,
    DOCUMENT_PRINTED,
    CARD_FIELD_UNLOCKED,
    /** Synthetic persons generated into the database (demo-data); the detail holds counts and the seed. */
    DATA_GENERATED,
    /** A list of persons was looked up (kind of search and number of rows, never what was typed). */
    RECORD_SEARCHED,
    /** The unkeyed SHA-256 chain of an older database was re-chained with the keyed HMAC (docs/decisions/0138). */
    AUDIT_CHAIN_KEYED,
    /** Someone read the audit log (period, filter and number of rows). */
    AUDIT_LISTED,
    /** An administrator acknowledged the alert of a broken audit chain (the detail names that verdict). */
    AUDIT_BREAK_ACKNOWLEDGED,
    /** An administrator changed a station setting (站点政策, 签发机关); the detail lists each key with old → new. */
    SETTINGS_CHANGED,
    /** A backup of the database was written (by an administrator or the daily job; the detail names it). */
    BACKUP_CREATED,
    /** An administrator changed the daily backup's folder or retention. */
    BACKUP_SETTINGS_CHANGED,
    /** The database was restored from a backup; the detail names the backup and the discarded chain head. */
    DATABASE_RESTORED,
    /** An administrator looked at the list of accounts (the detail holds the number of rows). */
    USERS_LISTED,
    USER_DISABLED,
    USER_ENABLED,
    /** An administrator set a new password (the holder must change it at the next sign-in). */
    USER_PASSWORD_RESET,
    /** The detail holds the roles before and after. */
    USER_ROLES_CHANGED,
    /** The holder replaced their own password. */
    PASSWORD_CHANGED,
    /** The right password was given, but it was set by an administrator and must be changed first. */
    LOGIN_PASSWORD_CHANGE_REQUIRED,
    /** The window locked itself after the idle time, or the operator locked it. */
    SCREEN_LOCKED,
    /** The same operator unlocked the window with their password. */
    SCREEN_UNLOCKED,
    /** An administrator changed the idle time after which the window locks (the detail holds before and after). */
    IDLE_LOCK_CHANGED,
    /** An administrator saved platform.properties on the 平台 settings tab (the detail: address and interval). */
    PLATFORM_SETTINGS_CHANGED,
    /** The platform answered CONFLICT (or a gap it cannot fill): uploading stopped; the detail names the seq. */
    SYNC_ALERT_RAISED,
    /** An administrator or chief cleared the sync alert: uploading resumes. */
    SYNC_ALERT_CLEARED,
    /** The platform stood behind what it had acknowledged: the events above its cursor were queued again. */
    SYNC_EVENTS_RESENT
}
