package org.hardshipbinder.vault;

import java.io.IOException;
import java.util.List;

/**
 * Receives a case's rows table by table: {@link #table} opens a table (its columns in order), each {@link #row} holds
 * one row's values (null, Long, Double, String or byte[]) in that order. The case export writes into one; the import
 * reads into one.
 */
public interface CaseRowSink {

    void table(String name, List<String> columns) throws IOException;

    void row(Object[] values) throws IOException;
}
