package org.hardshipbinder.model;

import java.time.Instant;

/** One change recorded in the vault's audit log. */
public record AuditEntry(long id, Instant at, String action, String entity, Long entityId, String detail) {
}
