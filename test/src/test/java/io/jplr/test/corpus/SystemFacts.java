package io.jplr.test.corpus;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.TimeZone;

/** System properties and defaults: user.home, java.io.tmpdir, user.dir relative, time zone, locale, charset. */
public final class SystemFacts {
    public static void main(String[] args) throws Exception {
        System.out.println("user.home " + System.getProperty("user.home") + " is a directory "
                + new File(System.getProperty("user.home")).isDirectory());
        System.out.println("java.io.tmpdir " + System.getProperty("java.io.tmpdir") + " is a directory "
                + Files.isDirectory(Path.of(System.getProperty("java.io.tmpdir"))));
        Path userDir = Path.of(System.getProperty("user.dir"));
        System.out.println("user.dir relative to the cwd '" + Path.of("").toAbsolutePath().relativize(userDir) + "'"
                + " absolute " + userDir.isAbsolute() + " real is cwd "
                + userDir.toRealPath().equals(Path.of(".").toRealPath()));
        System.out.println("user.name " + System.getProperty("user.name"));
        System.out.println("file.separator " + System.getProperty("file.separator") + " path.separator "
                + System.getProperty("path.separator") + " line.separator "
                + System.getProperty("line.separator").replace("\n", "\\n"));
        System.out.println("os.name " + System.getProperty("os.name") + " os.arch " + System.getProperty("os.arch"));
        System.out.println("time zone " + TimeZone.getDefault().getID());
        System.out.println("locale " + Locale.getDefault() + " format locale " + Locale.getDefault(Locale.Category.FORMAT));
        System.out.println("default charset " + Charset.defaultCharset() + " file.encoding "
                + System.getProperty("file.encoding"));
        System.out.println("java.version matches the runtime " + System.getProperty("java.version")
                .startsWith(String.valueOf(Runtime.version().feature())));
        System.out.println("java.class.path ends with test-classes " + System.getProperty("java.class.path")
                .endsWith("test-classes"));
        System.out.println("createTempFile default directory is java.io.tmpdir "
                + tempInTmpdir());
        System.setProperty("corpus.property", "set by the program");
        System.out.println("corpus.property " + System.getProperty("corpus.property") + " cleared "
                + System.clearProperty("corpus.property") + " then " + System.getProperty("corpus.property"));
    }

    private static boolean tempInTmpdir() throws Exception {
        File temp = File.createTempFile("jplr-corpus", ".tmp");
        try {
            return temp.getParentFile().getCanonicalPath().equals(
                    new File(System.getProperty("java.io.tmpdir")).getCanonicalPath());
        } finally {
            temp.delete();
        }
    }
}
