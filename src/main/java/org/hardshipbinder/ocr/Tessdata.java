package org.hardshipbinder.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The app's own trained-data folder (beside the vault). It is filled from the trained data shipped in the jar
 * (English, Spanish, orientation), then from the user's extra folder and the system's Tesseract folder, so one
 * Tesseract data path sees every installed language.
 */
public final class Tessdata {

    static final List<String> BUNDLED = List.of("eng", "spa", "osd");
    static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"),
            Path.of("/usr/local/share/tessdata"), Path.of("/opt/homebrew/share/tessdata"));

    private final Path folder;
    private final Set<String> languages;

    private Tessdata(Path folder, Set<String> languages) {
        this.folder = folder;
        this.languages = languages;
    }

    /** Prepares {@code folder}; {@code userFolder} may be null. Bundled files are copied only when missing. */
    public static Tessdata prepare(Path folder, Path userFolder) throws IOException {
        Files.createDirectories(folder);
        for (String name : BUNDLED) {
            Path target = folder.resolve(name + ".traineddata");
            if (!Files.isRegularFile(target)) {
                copyBundled(name, target);
            }
        }
        List<Path> extra = new ArrayList<>();
        if (userFolder != null) {
            extra.add(userFolder);
        }
        extra.addAll(SYSTEM_FOLDERS);
        for (Path source : extra) {
            addMissingFrom(source, folder);
        }
        return new Tessdata(folder, installed(folder));
    }

    private static void copyBundled(String name, Path target) throws IOException {
        try (InputStream in = Tessdata.class.getResourceAsStream("/tessdata/" + name + ".traineddata")) {
            if (in == null) {
                throw new IOException("the app's trained data for " + name + " is missing from its package");
            }
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Links (or, where links are not allowed, copies) languages the app folder does not have yet. */
    private static void addMissingFrom(Path source, Path folder) throws IOException {
        if (!Files.isDirectory(source)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(source, "*.traineddata")) {
            for (Path file : files) {
                Path target = folder.resolve(file.getFileName());
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    Files.createSymbolicLink(target, file.toAbsolutePath());
                } catch (IOException | UnsupportedOperationException noLinks) {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Set<String> installed(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.traineddata")) {
            for (Path file : files) {
                if (Files.isReadable(file)) {
                    String name = file.getFileName().toString();
                    names.add(name.substring(0, name.length() - ".traineddata".length()));
                }
            }
        }
        return names;
    }

    public Path folder() {
        return folder;
    }

    public Set<String> languages() {
        return languages;
    }

    public boolean has(String tesseractModel) {
        return languages.contains(tesseractModel);
    }
}
