package org.hardshipbinder.intake;

/** Settings for one import: the size limit and the user password for protected PDFs, if the user gave one. */
public record ImportOptions(long maxBytes, String password) {

    public static final long DEFAULT_MAX_BYTES = 300L * 1024 * 1024;

    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_MAX_BYTES, null);
    }

    public ImportOptions withPassword(String newPassword) {
        return new ImportOptions(maxBytes, newPassword);
    }
}
