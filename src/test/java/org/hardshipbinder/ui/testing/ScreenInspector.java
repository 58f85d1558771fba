package org.hardshipbinder.ui.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * What a user would object to in what is on screen: text cut short with an ellipsis, and words of the program
 * instead of the user's (finding and type codes, record dumps, bundle keys, command lines).
 */
public final class ScreenInspector {

    /** A finding code (TRANSLATION_MISSING) or a status constant (OCR_DONE). */
    private static final Pattern UPPER_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
    /** A type, factor or circumstance code (physician_letter, family_ties). */
    private static final Pattern LOWER_CODE = Pattern.compile("\\b[a-z]+(_[a-z0-9]+)+\\b");
    /** A record printed as it is (Document[id=14, …]). */
    private static final Pattern RECORD = Pattern.compile("\\b[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*=");
    /** A command line: an option (--translation-of) or a program start. */
    private static final Pattern COMMAND = Pattern.compile("(^|\\s)--[a-z]|\\bjava -jar\\b|\\bhardship-binder\\s+[a-z]");
    /** A bundle key shown because its text is missing. */
    private static final Pattern KEY = Pattern.compile("\\b(ui|desktop|checks|binder|factor|evidenceType|circumstance|role|kind|ocr|search)\\.[a-z][A-Za-z]*(\\.[A-Za-z_]+)*\\b");

    private ScreenInspector() {
    }

    /** Labeled nodes whose text shows cut short, as "where: full text → shown text". */
    public static List<String> truncated(Parent root, String where) {
        Set<String> problems = new LinkedHashSet<>();
        for (Node node : visible(root)) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                String shown = displayed(labeled);
                String ellipsis = labeled.getEllipsisString();
                if (shown != null && !shown.equals(labeled.getText()) && !ellipsis.isEmpty() && shown.contains(ellipsis)) {
                    problems.add(where + ": \"" + labeled.getText() + "\" shows as \"" + shown + "\" ("
                            + labeled.getClass().getSimpleName() + idOf(labeled) + ")");
                }
            }
        }
        return new ArrayList<>(problems);
    }

    /** Texts on screen that contain a code, a record, a bundle key or a command line. */
    public static List<String> internalWords(Parent root, String where) {
        Set<String> problems = new LinkedHashSet<>();
        for (Node node : visible(root)) {
            for (String text : texts(node)) {
                String problem = problem(text);
                if (problem != null) {
                    problems.add(where + ": " + problem + " in \"" + text + "\" (" + node.getClass().getSimpleName() + idOf(node) + ")");
                }
            }
        }
        return new ArrayList<>(problems);
    }

    /** Controls a screen reader could not name: buttons that show only a symbol, images without a description. */
    public static List<String> unnamed(Parent root, String where) {
        Set<String> problems = new LinkedHashSet<>();
        for (Node node : visible(root)) {
            if (node instanceof javafx.scene.control.ButtonBase button && !hasLetters(button.getText())
                    && blank(button.getAccessibleText())) {
                problems.add(where + ": a button showing \"" + button.getText() + "\" has no accessible name" + idOf(button));
            }
            if (node instanceof javafx.scene.image.ImageView image && image.getImage() != null && !described(image)) {
                problems.add(where + ": an image has no accessible name" + idOf(image));
            }
        }
        return new ArrayList<>(problems);
    }

    private static boolean hasLetters(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean described(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!blank(n.getAccessibleText())) {
                return true;
            }
        }
        return false;
    }

    public static String problem(String text) {
        for (Pattern p : List.of(UPPER_CODE, LOWER_CODE, RECORD, COMMAND, KEY)) {
            var m = p.matcher(text);
            if (m.find()) {
                return "\"" + m.group().strip() + "\"";
            }
        }
        return null;
    }

    /**
     * What the user reads: labels, buttons, cells, prompts, tooltips and accessible names; not the page text of a
     * document (that is the family's own paper) nor what the user typed.
     */
    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled) {
            add(texts, labeled.getText());
            Tooltip tip = labeled.getTooltip();
            if (tip != null) {
                add(texts, tip.getText());
            }
        } else if (node instanceof Text text && !(text.getParent() instanceof Labeled) && !insideTextInput(text)) {
            add(texts, text.getText());
        }
        if (node instanceof TextInputControl input && !(input instanceof TextArea)) {
            add(texts, input.getPromptText());
        }
        add(texts, node.getAccessibleText());
        return texts;
    }

    private static boolean insideTextInput(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }

    /** The text the skin draws for a labeled control, after any cutting. */
    private static String displayed(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    /** Every node shown: visible up to the root and with some size. */
    public static List<Node> visible(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        var bounds = node.getLayoutBounds();
        if (bounds.getWidth() > 0 && bounds.getHeight() > 0 && onScreen(node)) {
            out.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** Inside the window and not scrolled out of a clipped area (a cell of a virtual flow kept for reuse is not). */
    private static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        var inScene = node.localToScene(node.getLayoutBounds());
        return inScene.getMaxX() > 0 && inScene.getMaxY() > 0 && inScene.getMinX() < node.getScene().getWidth()
                && inScene.getMinY() < node.getScene().getHeight();
    }

    private static String idOf(Node node) {
        return node.getId() == null ? "" : " #" + node.getId();
    }
}
