package org.hardshipbinder.vault;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Word;

/**
 * Word boxes as a JSON array of {@code {"text","x","y","width","height","confidence"}} objects, read and written with
 * Jackson's streaming parser: a binder reads the words of every scanned page (hundreds per page), and going through
 * data binding (reflection on the record's constructor per word) made that a sixth of the binder's build time.
 */
final class WordsJson {

    /** Holder: Jackson is loaded when word boxes are first read or written, not by every command that opens the vault. */
    private static final class Factory {
        static final JsonFactory JSON = new JsonFactory();
    }

    private WordsJson() {
    }

    static String write(List<Word> words) {
        StringWriter out = new StringWriter(words.size() * 96);
        try (JsonGenerator g = Factory.JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Word w : words) {
                g.writeStartObject();
                g.writeStringField("text", w.text());
                g.writeNumberField("x", w.x());
                g.writeNumberField("y", w.y());
                g.writeNumberField("width", w.width());
                g.writeNumberField("height", w.height());
                g.writeNumberField("confidence", w.confidence());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads what {@link #write} wrote; unknown fields are skipped, missing numbers read as 0. */
    static List<Word> read(String json) {
        try (JsonParser p = Factory.JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            List<Word> words = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.START_OBJECT);
                words.add(word(p));
            }
            return words;
        } catch (IOException e) {
            throw new IllegalStateException("unreadable word boxes", e);
        }
    }

    private static Word word(JsonParser p) throws IOException {
        String text = "";
        double x = 0;
        double y = 0;
        double width = 0;
        double height = 0;
        double confidence = 0;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "text" -> text = p.getValueAsString("");
                case "x" -> x = p.getValueAsDouble();
                case "y" -> y = p.getValueAsDouble();
                case "width" -> width = p.getValueAsDouble();
                case "height" -> height = p.getValueAsDouble();
                case "confidence" -> confidence = p.getValueAsDouble();
                default -> {
                    if (value.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        return new Word(text, x, y, width, height, confidence);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
