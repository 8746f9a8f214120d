package org.residencedesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for personal data in the raw bytes of every file under a folder, the way someone with the disk would:
 * each text as UTF-8, as Java's modified UTF-8 (what Derby writes for character columns), and as UTF-16 in
 * both byte orders.
 */
public final class PlaintextScan {
    private PlaintextScan() {
    }

    /** "file: text (encoding)" for every occurrence found; empty when none of the texts is anywhere. */
    public static List<String> findings(Path root, List<String> texts) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (String text : texts) {
                    for (Encoded e : encodings(text)) {
                        if (indexOf(content, e.bytes) >= 0) {
                            found.add(root.relativize(file) + ": " + text + " (" + e.name + ")");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private record Encoded(String name, byte[] bytes) {
    }

    static List<Encoded> encodings(String text) {
        return List.of(new Encoded("UTF-8", text.getBytes(StandardCharsets.UTF_8)),
                new Encoded("modified UTF-8", modifiedUtf8(text)),
                new Encoded("UTF-16BE", text.getBytes(StandardCharsets.UTF_16BE)),
                new Encoded("UTF-16LE", text.getBytes(StandardCharsets.UTF_16LE)));
    }

    static byte[] modifiedUtf8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.writeUTF(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] withLength = out.toByteArray();
        return Arrays.copyOfRange(withLength, 2, withLength.length);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
