package org.hardshipbinder.checks.core;

/** A message argument naming a language by its ISO code; shown as the language's name in the reader's language. */
public record LanguageName(String code) {
}
