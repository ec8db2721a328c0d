package io.jplr.test.corpus;

import java.io.File;
import java.io.FileFilter;
import java.io.FilenameFilter;
import java.util.Arrays;

/** java.io.File listing: list, listFiles with both filter kinds, sorted; a file and a missing directory. */
public final class FileListing {
    public static void main(String[] args) throws Exception {
        for (String name : new String[] {"b.txt", "a.txt", "c.log", ".hidden", "sub/inner.txt", "sub/deeper/z.txt"}) {
            File file = new File(name);
            file.getParentFile();
            if (file.getParentFile() != null) {
                file.getParentFile().mkdirs();
            }
            file.createNewFile();
        }
        new File("empty").mkdir();
        System.out.println("list(.) " + sorted(new File(".").list()));
        System.out.println("list(sub) " + sorted(new File("sub").list()));
        System.out.println("list(empty) " + sorted(new File("empty").list()));
        File[] files = new File(".").listFiles();
        Arrays.sort(files);
        for (File file : files) {
            System.out.println("  " + file.getPath() + (file.isDirectory() ? "/" : "") + " parent " + file.getParent());
        }
        FilenameFilter txt = (dir, name) -> name.endsWith(".txt");
        System.out.println("list(txt) " + sorted(new File(".").list(txt)));
        FileFilter directories = File::isDirectory;
        File[] dirs = new File(".").listFiles(directories);
        Arrays.sort(dirs);
        System.out.println("listFiles(directories) " + Arrays.toString(dirs));
        File[] subFiles = new File("sub").listFiles(txt);
        Arrays.sort(subFiles);
        System.out.println("listFiles(sub, txt) " + Arrays.toString(subFiles));
        System.out.println("list on a file " + Arrays.toString(new File("a.txt").list()));
        System.out.println("listFiles on a file " + Arrays.toString(new File("a.txt").listFiles()));
        System.out.println("list on a missing directory " + Arrays.toString(new File("missing").list()));
        System.out.println("list on an empty name " + Arrays.toString(new File("").list()));
        System.out.println("list(sub/) " + sorted(new File("sub/").list()));
        System.out.println("list(sub/../sub) " + sorted(new File("sub/../sub").list()));
    }

    private static String sorted(String[] names) {
        if (names == null) {
            return "null";
        }
        String[] copy = names.clone();
        Arrays.sort(copy);
        return Arrays.toString(copy);
    }
}
