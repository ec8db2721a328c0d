package io.jplr.test.corpus;

import java.io.File;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/** java.io.File queries: exists, kinds, hidden, length, lastModified, access, names; a missing file. */
public final class FileMetadata {
    public static void main(String[] args) throws Exception {
        try (FileOutputStream out = new FileOutputStream("file.txt")) {
            out.write("eleven byte".getBytes(StandardCharsets.US_ASCII));
        }
        try (FileOutputStream out = new FileOutputStream(".hidden")) {
            out.write('h');
        }
        new File("dir").mkdir();
        new File("script.sh").createNewFile();
        new File("script.sh").setExecutable(true);
        for (String name : new String[] {"file.txt", ".hidden", "dir", "script.sh", "missing", ""}) {
            File file = new File(name);
            String line = "'" + name + "' exists=" + file.exists() + " isFile=" + file.isFile() + " isDirectory="
                    + file.isDirectory() + " isHidden=" + file.isHidden() + " canRead=" + file.canRead()
                    + " canWrite=" + file.canWrite() + " canExecute=" + file.canExecute();
            if (!file.isDirectory()) {
                line += " length=" + file.length();
            }
            System.out.println(line);
        }
        File file = new File("file.txt");
        System.out.println("setLastModified " + file.setLastModified(1_000_000_000_123L));
        System.out.println("lastModified " + file.lastModified());
        System.out.println("dir setLastModified " + new File("dir").setLastModified(1_234_567_890_000L)
                + " lastModified " + new File("dir").lastModified());
        System.out.println("missing setLastModified " + new File("missing").setLastModified(5000L)
                + " lastModified " + new File("missing").lastModified());
        try {
            file.setLastModified(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        File nested = new File("dir/sub/x.txt");
        System.out.println("name " + nested.getName() + " parent " + nested.getParent() + " path " + nested.getPath()
                + " absolute " + nested.isAbsolute() + " parent exists " + nested.getParentFile().exists());
        System.out.println("dir/../file.txt isFile " + new File("dir/../file.txt").isFile());
        System.out.println("file.txt/child exists " + new File("file.txt/child").exists());
        System.out.println("compare " + Integer.signum(new File("a").compareTo(new File("b"))) + " equals "
                + new File("x/y").equals(new File("x", "y")));
    }
}
