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
    SYNC_EVENTS_RESENT,
    /** After a drained sync run, the newest signed audit checkpoint was queued for the platform (AUDIT_CHECKPOINT). */
    AUDIT_CHECKPOINT_QUEUED,
    /** 核验: a permit or a 居住证明 checked for another department (政务共享查询), with the answer given. */
    RECORD_VERIFIED,
    /** Rows of a collection file were put into the collection queue (the detail: kind, file name, counts). */
    COLLECTION_IMPORTED,
    /** One row was collected by hand into the collection queue. */
    COLLECTION_ADDED,
    /** A collected row was confirmed and became a record (the detail: how the identity was checked). */
    COLLECTION_CONFIRMED,
    /** A collected row was discarded with a reason. */
    COLLECTION_DISCARDED,
    /** Someone looked at a report (the detail names which: {@code daily 2024-05-01}, {@code period 2024-05-01..2024-05-31}). */
    REPORT_VIEWED,
    /** A report was written to a file (the detail names the report and the format, never the path's contents). */
    REPORT_EXPORTED,
    /** The platform pushed a newer code table or division table (MASTER_DATA_UPDATED); the detail holds version and rows. */
    MASTER_DATA_UPDATED,
    /** An inbox message could not be applied (malformed, unknown type, a table that does not validate): skipped. */
    INBOX_MESSAGE_REFUSED,
    /** Someone asked the platform for a person's records at other stations (省级查询); the target is the ID number. */
    PROVINCE_LOOKUP,
    /** The program upgraded the database at start, after its automatic backup (the detail: versions, backup name). */
    SCHEMA_UPGRADED
}
