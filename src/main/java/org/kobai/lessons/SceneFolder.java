package org.kobai.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A teacher's class as a folder of scene files, played in the order of their names: "2 tangent.kobai"
 * before "10 descent.kobai", as a person reads the numbers, whatever the case of the letters.
 */
public final class SceneFolder {
    private SceneFolder() {}

    /** The scene files in {@code folder}, in order; not its subfolders. */
    public static List<Path> scenesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SceneFile.EXTENSION))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(SceneFolder::baseName, SceneFolder::compareNames))
                    .toList();
        }
    }

    /** The file's name without ".kobai": "Appendix" comes before "Appendix 2". */
    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SceneFile.EXTENSION.length());
    }

    /** Names compared run by run: digits as numbers, the rest without regard to case (then exactly, to break ties). */
    static int compareNames(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i), cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i), ej = digitsEnd(b, j);
                String na = stripZeros(a.substring(i, ei)), nb = stripZeros(b.substring(j, ej));
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
