package org.hardshipbinder.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Loads, without initialising them, the classes the window is made of — ours and JavaFX's, found in the jar (or
 * class folder) the app runs from — so that a class-data-sharing training run without a display still archives
 * them. Initialising would start native code; loading only parses them, which is what the archive keeps.
 */
final class WindowClasses {

    /** Packages (as paths) whose classes the window loads at start or soon after. */
    private static final List<String> PACKAGES = List.of("org/hardshipbinder/", "javafx/", "com/sun/javafx/",
            "com/sun/prism/", "com/sun/glass/ui/", "com/sun/scenario/", "com/sun/marlin/", "org/controlsfx/",
            "impl/org/controlsfx/");
    /** Other systems' windowing and rendering back ends: never used on this one. */
    private static final List<String> OTHER_SYSTEMS = List.of("/win/", "/mac/", "/ios/", "/android/", "/d3d/",
            "/monocle/");

    private WindowClasses() {
    }

    /** Loads the window's classes from where {@code anchor} was loaded; returns how many loaded. */
    static int load(Class<?> anchor) throws IOException {
        Path source;
        try {
            source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
            return 0;
        }
        List<String> names = Files.isDirectory(source) ? namesInFolder(source) : namesInJar(source);
        ClassLoader loader = anchor.getClassLoader();
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError optionalDependencyMissing) {
                // a class that needs a library this app does not ship: nothing to archive
            }
        }
        return loaded;
    }

    private static List<String> namesInJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).filter(WindowClasses::isWindowClass)
                    .map(WindowClasses::className).toList();
        }
    }

    private static List<String> namesInFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(WindowClasses::isWindowClass).map(WindowClasses::className).toList();
        }
    }

    static boolean isWindowClass(String entry) {
        return entry.endsWith(".class") && !entry.endsWith("module-info.class")
                && PACKAGES.stream().anyMatch(entry::startsWith)
                && OTHER_SYSTEMS.stream().noneMatch(entry::contains);
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }
}
