package org.residencedesk.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A fresh JDBC connection to the station database (the caller closes it). */
@FunctionalInterface
public interface ConnectionSource {
    Connection open() throws SQLException;
}
