package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a connection inside {@link Vault#read} or {@link Vault#write}. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
}
