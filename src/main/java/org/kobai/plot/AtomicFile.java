package org.kobai.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a file whole or not at all: into a temporary file beside it, then one atomic move. */
final class AtomicFile {
    /** What fills the temporary file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code out} from {@code content}. If anything fails (or {@code content} throws, say because the
     * learner cancelled) the temporary file is removed and an existing {@code out} is left as it was.
     */
    static void write(Path out, Content content) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("No such folder: " + dir);
        }
        Path tmp = Files.createTempFile(dir, ".kobai-export", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                content.writeTo(os);
            }
            shareLike(out, tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A temporary file is its owner's alone: give it the old file's permissions, or the usual rw-r--r--. */
    private static void shareLike(Path out, Path tmp) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(out) ? Files.getPosixFilePermissions(out)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the new file gets the folder's permissions anyway
        }
    }
}
