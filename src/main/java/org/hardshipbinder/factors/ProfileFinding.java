package org.hardshipbinder.factors;

import java.util.List;
import org.hardshipbinder.model.UserMessage;

/**
 * Something about a case's people worth telling the user: a waiver without a valid qualifying relative, a relative
 * marked qr who does not count, someone who could count. {@code parts} are sentences the edge joins with "; ".
 */
public record ProfileFinding(Severity severity, String code, Long personId, List<UserMessage> parts) {

    public enum Severity { ERROR, WARNING, INFO }

    public static final String NO_QUALIFYING_RELATIVE = "NO_QUALIFYING_RELATIVE";
    public static final String QR_NOT_QUALIFYING = "QR_NOT_QUALIFYING";
    public static final String QR_CANDIDATE = "QR_CANDIDATE";
    public static final String QR_NOT_USED = "QR_NOT_USED";
    public static final String NO_SPONSOR = "NO_SPONSOR";

    public ProfileFinding {
        parts = List.copyOf(parts);
    }
}
