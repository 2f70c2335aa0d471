package org.dueregard.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One hostile or broken input, written as a file of its own under {@code src/test/resources/hostile/}: header lines
 * saying what must happen, then the site's files in sections headed {@code -- path --} (as MiniSite reads them).
 *
 * <pre>
 * # A javascript: link in the menu must be refused.
 * exit: 1
 * says: dueregard.yml:6: error: The link 'Home'
 * -- dueregard.yml --
 * ...
 * </pre>
 *
 * Header keys: {@code exit} (the exit code), {@code says} (text the command must print; repeatable),
 * {@code says-not} (text it must not print), {@code args} (extra arguments for {@code dueregard build}),
 * {@code lacks} (text no output file may hold), {@code has-file} / {@code lacks-file} (a path in the output),
 * {@code file-has} ("path: text", text a given output file must hold).
 */
record HostileCase(String name, String description, int exit, List<String> says, List<String> saysNot, List<String> args,
                   List<String> lacks, List<String> hasFile, List<String> lacksFile, List<String> fileHas, String files) {

    static HostileCase read(Path file, String name) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), name);
    }

    /** A case written inline in a Java test: the header lines, then {@code -- path --} sections (may be none). */
    static HostileCase parse(String text, String name) {
        if (!text.contains("\n-- ") && !text.startsWith("-- ")) text = text + "\n-- unused --\n";
        int start = text.startsWith("-- ") ? 0 : text.indexOf("\n-- ");
        if (start < 0) throw new IllegalArgumentException(name + ": no '-- path --' section");
        String header = text.substring(0, start);
        String files = text.substring(start == 0 ? 0 : start + 1);
        StringBuilder description = new StringBuilder();
        OptionalInt exit = OptionalInt.empty();
        List<String> says = new ArrayList<>();
        List<String> saysNot = new ArrayList<>();
        List<String> args = new ArrayList<>();
        List<String> lacks = new ArrayList<>();
        List<String> hasFile = new ArrayList<>();
        List<String> lacksFile = new ArrayList<>();
        List<String> fileHas = new ArrayList<>();
        for (String line : header.split("\n")) {
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                description.append(line.substring(1).strip()).append(' ');
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException(name + ": header line without a key: " + line);
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "exit" -> exit = OptionalInt.of(Integer.parseInt(value));
                case "says" -> says.add(value);
                case "says-not" -> saysNot.add(value);
                case "args" -> args.addAll(List.of(value.split(" +")));
                case "lacks" -> lacks.add(value);
                case "has-file" -> hasFile.add(value);
                case "lacks-file" -> lacksFile.add(value);
                case "file-has" -> fileHas.add(value);
                default -> throw new IllegalArgumentException(name + ": unknown header key '" + key + "'");
            }
        }
        if (exit.isEmpty()) throw new IllegalArgumentException(name + ": say which exit code is expected (exit: 0 or exit: 1)");
        if (description.length() == 0) throw new IllegalArgumentException(name + ": start with a '# what this case is' line");
        return new HostileCase(name, description.toString().strip(), exit.getAsInt(), says, saysNot, args, lacks, hasFile, lacksFile,
                fileHas, files);
    }
}
