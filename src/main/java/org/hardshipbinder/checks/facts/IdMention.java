package org.hardshipbinder.checks.facts;

import org.hardshipbinder.model.FactKind;

/**
 * An A-number (nine digits, zero-padded) or a USCIS receipt number (three letters and ten digits) in a text, with
 * the form it was written next to ("I-130") when there is one.
 */
public record IdMention(FactKind kind, String value, int start, int end, String form) {
}
