package samples.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * File I/O probe: in a fresh temp directory, writes files through buffered streams (8 KiB writes), reads
 * them back (8 KiB reads), lists and deletes them; prints sizes and a CRC of what was read. Small: 16 files
 * of 256 KiB; large: 64 files of 1 MiB.
 */
public final class FilesSample implements Sample {

    @Override
    public String name() {
        return "files";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "writes, reads back, lists and deletes files in a temp directory (file I/O probe)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws IOException {
        int files = size == Size.SMALL ? 16 : 64;
        int length = size == Size.SMALL ? 256 << 10 : 1 << 20;
        Path directory = Files.createTempDirectory("jplr-files-sample");
        byte[] block = new byte[8192];
        CRC32 crc = new CRC32();
        long total = 0;
        try {
            for (int f = 0; f < files; f++) {
                try (OutputStream file = new BufferedOutputStream(
                        Files.newOutputStream(directory.resolve("part-" + f + ".bin")), block.length)) {
                    for (int written = 0; written < length; written += block.length) {
                        for (int i = 0; i < block.length; i++) {
                            block[i] = (byte) (f * 31 + written / block.length + i);
                        }
                        file.write(block);
                    }
                }
            }
            try (var entries = Files.list(directory)) {
                out.println("files: " + entries.count());
            }
            for (int f = 0; f < files; f++) {
                Path path = directory.resolve("part-" + f + ".bin");
                try (InputStream file = new BufferedInputStream(Files.newInputStream(path), block.length)) {
                    int n;
                    while ((n = file.read(block)) > 0) {
                        crc.update(block, 0, n);
                        total += n;
                    }
                }
                Files.delete(path);
            }
        } finally {
            Files.deleteIfExists(directory);
        }
        out.println("bytes read: " + total);
        out.printf("crc32: %08x%n", crc.getValue());
    }
}
