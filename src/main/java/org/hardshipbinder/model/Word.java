package org.hardshipbinder.model;

/**
 * One recognized word and its box. x, y, width and height are fractions (0..1) of the page as shown upright
 * (after the page's rotation is applied), origin top-left, so the viewer and the binder can place it at any scale.
 * Confidence is 0..100.
 */
public record Word(String text, double x, double y, double width, double height, double confidence) {
}
