package io.jplr.test.corpus;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

/** java.io.File permissions: setReadOnly, setWritable, setReadable, setExecutable (owner and all); missing. */
public final class FilePermissionChanges {
    public static void main(String[] args) throws Exception {
        File file = new File("p.txt");
        file.createNewFile();
        print("created", file);
        System.out.println("setReadOnly " + file.setReadOnly());
        print("read-only", file);
        System.out.println("setWritable(true) " + file.setWritable(true));
        print("writable by owner", file);
        System.out.println("setWritable(true, false) " + file.setWritable(true, false));
        print("writable by all", file);
        System.out.println("setExecutable(true) " + file.setExecutable(true));
        print("executable by owner", file);
        System.out.println("setExecutable(true, false) " + file.setExecutable(true, false));
        print("executable by all", file);
        System.out.println("setReadable(false) " + file.setReadable(false));
        print("not readable by owner", file);
        System.out.println("setReadable(false, false) " + file.setReadable(false, false));
        print("not readable at all", file);
        System.out.println("setReadable(true, true) " + file.setReadable(true, true));
        System.out.println("setExecutable(false, false) " + file.setExecutable(false, false));
        System.out.println("setWritable(false, false) " + file.setWritable(false, false));
        print("final", file);
        File dir = new File("d");
        dir.mkdir();
        System.out.println("dir setReadOnly " + dir.setReadOnly());
        print("read-only dir", dir);
        System.out.println("dir setWritable " + dir.setWritable(true));
        System.out.println("dir setExecutable(false) " + dir.setExecutable(false));
        print("dir not searchable", dir);
        System.out.println("dir setExecutable(true) " + dir.setExecutable(true));
        print("dir", dir);
        File missing = new File("missing");
        System.out.println("missing: setReadOnly " + missing.setReadOnly() + " setWritable " + missing.setWritable(true)
                + " setExecutable " + missing.setExecutable(true) + " setReadable " + missing.setReadable(true));
    }

    private static void print(String label, File file) throws Exception {
        System.out.println("  " + label + ": " + PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath()))
                + " canRead=" + file.canRead() + " canWrite=" + file.canWrite() + " canExecute=" + file.canExecute());
    }
}
