package org.dueregard.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to run dueregard again, as the reader can type it: the launcher script that started us (it says where it is in
 * DUEREGARD_LAUNCHER), else {@code java -jar} and our jar, else plain "dueregard". "Next" steps print this, since
 * the launcher is seldom on the PATH and a new site's folder does not have one.
 */
final class Launcher {

    static final String VARIABLE = "DUEREGARD_LAUNCHER";

    private Launcher() {
    }

    static String command(Map<String, String> environment) {
        String launcher = environment.get(VARIABLE);
        if (launcher != null && !launcher.isBlank()) return quoted(launcher);
        return findJar().map(jar -> "java -jar " + quoted(jar.toString())).orElse("dueregard");
    }

    static String command() {
        return command(System.getenv());
    }

    /** A path that the shell keeps in one piece. */
    static String quoted(String path) {
        return path.matches("[A-Za-z0-9_./:\\\\+-]+") ? path : "\"" + path + "\"";
    }

    private static Optional<Path> findJar() {
        try {
            Path code = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toString().endsWith(".jar") ? Optional.of(code) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
