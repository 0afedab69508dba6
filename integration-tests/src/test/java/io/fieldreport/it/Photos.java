package io.fieldreport.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Photo files with random bytes: every one different, like real photos. */
final class Photos {

    private Photos() {
    }

    static Path make(Path dir, String name, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), bytes);
    }
}
