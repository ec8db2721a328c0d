package io.jplr.test.corpus;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** ZipOutputStream to a file, ZipInputStream over it, ZipFile on it, gzip; not a zip, missing, duplicate. */
public final class ZipArchives {
    private static final long TIME = 1_500_000_000_000L;

    public static void main(String[] args) throws Exception {
        byte[] stored = "stored bytes, not compressed\n".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream("archive.zip"))) {
            zip.setComment("a corpus archive");
            ZipEntry text = new ZipEntry("a.txt");
            text.setTime(TIME);
            zip.putNextEntry(text);
            zip.write("hello zip, hello zip, hello zip\n".repeat(20).getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            ZipEntry dir = new ZipEntry("dir/");
            dir.setTime(TIME);
            zip.putNextEntry(dir);
            zip.closeEntry();
            ZipEntry raw = new ZipEntry("dir/b.bin");
            raw.setTime(TIME);
            raw.setMethod(ZipEntry.STORED);
            raw.setSize(stored.length);
            CRC32 crc = new CRC32();
            crc.update(stored);
            raw.setCrc(crc.getValue());
            zip.putNextEntry(raw);
            zip.write(stored);
            zip.closeEntry();
            ZipEntry again = new ZipEntry("a.txt");
            again.setTime(TIME);
            try {
                zip.putNextEntry(again);
            } catch (Exception e) {
                System.out.println("duplicate: " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        System.out.println("archive size " + Files.size(Path.of("archive.zip")));
        try (ZipInputStream in = new ZipInputStream(new FileInputStream("archive.zip"))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                System.out.println("stream entry " + entry.getName() + " dir=" + entry.isDirectory() + " method="
                        + entry.getMethod() + " bytes=" + content.length + " time=" + entry.getTime());
            }
        }
        try (ZipFile zip = new ZipFile("archive.zip")) {
            System.out.println("zipfile name " + zip.getName() + " size " + zip.size() + " comment " + zip.getComment());
            for (ZipEntry entry : Collections.list(zip.entries())) {
                System.out.println("zipfile entry " + entry.getName() + " size=" + entry.getSize() + " compressed="
                        + entry.getCompressedSize() + " crc=" + Long.toHexString(entry.getCrc()));
            }
            ZipEntry b = zip.getEntry("dir/b.bin");
            System.out.println("dir/b.bin: " + new String(zip.getInputStream(b).readAllBytes(), StandardCharsets.US_ASCII)
                    .trim());
            System.out.println("missing entry " + zip.getEntry("missing"));
        }
        try (GZIPOutputStream gzip = new GZIPOutputStream(new FileOutputStream("data.gz"))) {
            gzip.write("gzipped ".repeat(100).getBytes(StandardCharsets.US_ASCII));
        }
        try (GZIPInputStream gunzip = new GZIPInputStream(new FileInputStream("data.gz"))) {
            System.out.println("gunzipped " + gunzip.readAllBytes().length + " from " + Files.size(Path.of("data.gz")));
        }
        Files.writeString(Path.of("not-a-zip.txt"), "plain text, no central directory");
        show("ZipFile on a text file", () -> new ZipFile("not-a-zip.txt"));
        show("ZipFile on a missing file", () -> new ZipFile("missing.zip"));
        show("ZipFile on an empty file", () -> {
            Files.write(Path.of("empty.zip"), new byte[0]);
            return new ZipFile("empty.zip");
        });
        show("GZIPInputStream on a text file", () -> new GZIPInputStream(new FileInputStream("not-a-zip.txt")));
        show("ZipInputStream on a text file", () -> {
            try (ZipInputStream in = new ZipInputStream(new FileInputStream("not-a-zip.txt"))) {
                return in.getNextEntry();
            }
        });
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            if (result instanceof AutoCloseable) {
                ((AutoCloseable) result).close();
                result = "opened";
            }
            System.out.println(label + ": " + result);
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
