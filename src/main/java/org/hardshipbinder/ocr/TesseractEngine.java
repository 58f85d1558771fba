package org.hardshipbinder.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI1;
import org.hardshipbinder.model.Word;

/**
 * Tesseract through Tess4J's raw C API: each model is initialised once per worker and reused for every page (the
 * high-level Tess4J class reloads the model and converts the image on every call, which costs a third of the time).
 */
public final class TesseractEngine implements OcrEngine {

    private static final int OEM_LSTM_ONLY = 1;
    /** The orientation model only exists for the legacy engine. */
    private static final int OEM_LEGACY_ONLY = 0;
    /** Orientation needs far fewer pixels than reading: a half-size copy is as reliable and four times cheaper. */
    private static final double ORIENTATION_SCALE = 0.5;
    /** Only images at least this long are halved: a small (or enlarged small) picture needs all its pixels. */
    private static final int SHRINK_FROM_PX = 3000;
    /** Below this OSD confidence the detector is unsure: a wrong turn is worse than none. */
    private static final float MIN_ORIENTATION_CONFIDENCE = 1.5f;

    private final String datapath;
    private final String version;
    private final Map<String, TessBaseAPI> handles = new HashMap<>();

    public TesseractEngine(Tessdata tessdata, String version) {
        this.datapath = tessdata.folder().toString();
        this.version = version;
    }

    @Override
    public String name() {
        return "tesseract " + version;
    }

    @Override
    public Recognition recognize(BufferedImage image, int dpi, String model) {
        TessBaseAPI api = handle(model, ITessAPI.TessPageSegMode.PSM_AUTO);
        setImage(api, image, dpi);
        try {
            if (TessAPI1.TessBaseAPIRecognize(api, null) != 0) {
                throw new OcrFailure("tesseract could not recognize the page");
            }
            String text = utf8(TessAPI1.TessBaseAPIGetUTF8Text(api));
            List<Word> words = words(api, image.getWidth(), image.getHeight());
            double mean = words.stream().mapToDouble(Word::confidence).average().orElse(0);
            return new Recognition(text == null ? "" : text.strip(), mean, words);
        } finally {
            TessAPI1.TessBaseAPIClear(api);
        }
    }

    @Override
    public OptionalInt uprightRotation(BufferedImage image, int dpi) {
        TessBaseAPI api = handle("osd", ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
        boolean shrink = dpi >= 200 && Math.max(image.getWidth(), image.getHeight()) >= SHRINK_FROM_PX;
        setImage(api, shrink ? GrayImages.scale(image, ORIENTATION_SCALE) : image,
                shrink ? (int) (dpi * ORIENTATION_SCALE) : dpi);
        try {
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            int ok = TessAPI1.TessBaseAPIDetectOrientationScript(api, degrees, confidence, new PointerByReference(),
                    scriptConfidence);
            if (ok == 0 || confidence.get(0) < MIN_ORIENTATION_CONFIDENCE) {
                return OptionalInt.empty();
            }
            // Tesseract reports how far the image is turned clockwise; undoing it is the opposite turn.
            return OptionalInt.of((360 - degrees.get(0)) % 360);
        } finally {
            TessAPI1.TessBaseAPIClear(api);
        }
    }

    @Override
    public java.util.Optional<ScriptGuess> script(BufferedImage image, int dpi) {
        // Unlike orientation, the script needs the letters' shapes: a half-size copy names Cyrillic "Latin".
        TessBaseAPI api = handle("osd", ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
        setImage(api, image, dpi);
        try {
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            PointerByReference name = new PointerByReference();
            int ok = TessAPI1.TessBaseAPIDetectOrientationScript(api, degrees, confidence, name, scriptConfidence);
            if (ok == 0 || name.getValue() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new ScriptGuess(name.getValue().getString(0, StandardCharsets.UTF_8.name()),
                    scriptConfidence.get(0)));
        } finally {
            TessAPI1.TessBaseAPIClear(api);
        }
    }

    private TessBaseAPI handle(String model, int pageSegMode) {
        TessBaseAPI api = handles.get(model);
        if (api == null) {
            api = TessAPI1.TessBaseAPICreate();
            int oem = "osd".equals(model) ? OEM_LEGACY_ONLY : OEM_LSTM_ONLY;
            if (TessAPI1.TessBaseAPIInit2(api, datapath, model, oem) != 0) {
                TessAPI1.TessBaseAPIDelete(api);
                throw new OcrFailure("tesseract could not load the trained data '" + model + "'");
            }
            TessAPI1.TessBaseAPISetPageSegMode(api, pageSegMode);
            // Tesseract's diagnostics ("Too few characters", resolution guesses) would land on the user's terminal.
            TessAPI1.TessBaseAPISetVariable(api, "debug_file", com.sun.jna.Platform.isWindows() ? "NUL" : "/dev/null");
            if (oem == OEM_LEGACY_ONLY) {
                // Orientation detection forgets the source resolution and warns on stderr; tell it once for good.
                TessAPI1.TessBaseAPISetVariable(api, "user_defined_dpi", "150");
            }
            handles.put(model, api);
        }
        return api;
    }

    private static void setImage(TessBaseAPI api, BufferedImage image, int dpi) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("the engine reads grayscale images only");
        }
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        TessAPI1.TessBaseAPISetImage(api, buffer, image.getWidth(), image.getHeight(), 1, image.getWidth());
        TessAPI1.TessBaseAPISetSourceResolution(api, dpi);
    }

    private static List<Word> words(TessBaseAPI api, int width, int height) {
        List<Word> words = new ArrayList<>();
        ITessAPI.TessResultIterator it = TessAPI1.TessBaseAPIGetIterator(api);
        if (it == null) {
            return words;
        }
        try {
            int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
            ITessAPI.TessPageIterator page = TessAPI1.TessResultIteratorGetPageIterator(it);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                String text = utf8(TessAPI1.TessResultIteratorGetUTF8Text(it, level));
                if (text == null || text.isBlank()) {
                    continue;
                }
                float confidence = TessAPI1.TessResultIteratorConfidence(it, level);
                TessAPI1.TessPageIteratorBoundingBox(page, level, left, top, right, bottom);
                words.add(new Word(text, (double) left.get(0) / width, (double) top.get(0) / height,
                        (double) (right.get(0) - left.get(0)) / width, (double) (bottom.get(0) - top.get(0)) / height,
                        Math.max(0, Math.min(100, confidence))));
            } while (TessAPI1.TessResultIteratorNext(it, level) == ITessAPI.TRUE);
        } finally {
            TessAPI1.TessResultIteratorDelete(it);
        }
        return words;
    }

    private static String utf8(Pointer pointer) {
        if (pointer == null) {
            return null;
        }
        try {
            return pointer.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            TessAPI1.TessDeleteText(pointer);
        }
    }

    @Override
    public void close() {
        for (TessBaseAPI api : handles.values()) {
            TessAPI1.TessBaseAPIEnd(api);
            TessAPI1.TessBaseAPIDelete(api);
        }
        handles.clear();
    }
}
